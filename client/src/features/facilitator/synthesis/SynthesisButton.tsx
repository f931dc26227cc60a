import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ApiError, postSynthesis } from '../../../lib/api';

/**
 * "Maak een voorstel": the engine groups the notes and drafts the vision. The groups arrive on the
 * board as suggestions (dashed, "voorstel"); nothing the facilitator grouped or wrote is undone.
 */
export function SynthesisButton({ workshopId, facilitatorKey, canvasIds }: { workshopId: string; facilitatorKey: string; canvasIds: readonly string[] }) {
  const t = useT('console');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const answer = await postSynthesis(workshopId, facilitatorKey, canvasIds);
      const groups = answer.canvases.reduce((sum, c) => sum + c.clusters.length, 0);
      setMessage({ text: t('synthesis.ready', { count: groups }), error: false });
    } catch (e) {
      setMessage({ text: e instanceof ApiError ? e.message : t('synthesis.failed'), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="synthesis-run">
      <button type="button" className="button" onClick={run} disabled={busy} aria-busy={busy} data-testid="synthesis-run">
        {busy ? t('synthesis.running') : t('synthesis.run')}
      </button>
      <p className={message?.error ? 'error-text' : 'hint'} role={message?.error ? 'alert' : 'status'} data-testid="synthesis-message">
        {message?.text ?? (busy ? t('synthesis.grouping') : '')}
      </p>
    </div>
  );
}
