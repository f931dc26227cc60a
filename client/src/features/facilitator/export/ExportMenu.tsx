import { useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { downloadExport, EXPORT_FORMATS, type ExportFormat } from './exportFile';

/** The day's result as a file: Word for the team, Markdown, CSV for a spreadsheet, JSON for another tool. */
export function ExportMenu({ workshopId, facilitatorKey, title }: { workshopId: string; facilitatorKey: string; title: string }) {
  const t = useT('console');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setMessage(null);
    try {
      const name = await downloadExport(workshopId, facilitatorKey, format, title);
      setMessage({ text: t('export.downloaded', { name }), error: false });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : t('export.failed'), error: true });
    } finally {
      setBusy(null);
    }
  };
  return (
    <details
      ref={detailsRef}
      className="export-menu"
      data-testid="export-menu"
      onKeyDown={(e) => {
        // Escape closes the menu and returns to its button, like any menu.
        if (e.key !== 'Escape' || !detailsRef.current?.open) return;
        detailsRef.current.open = false;
        detailsRef.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="button">{t('export.menu')}</summary>
      <div className="export-panel">
        <p className="hint">{t('export.hint')}</p>
        <ul>
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <button type="button" className="button secondary small" disabled={busy !== null} onClick={() => run(format)} data-testid={`export-${format}`}>
                {busy === format ? t('export.busy') : t(`export.${format}`)}
              </button>
            </li>
          ))}
        </ul>
        <p className={message?.error ? 'error-text' : 'hint'} role={message?.error ? 'alert' : 'status'} data-testid="export-message">
          {message?.text ?? ''}
        </p>
      </div>
    </details>
  );
}
