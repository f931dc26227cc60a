import type { ScriptSummary } from '@visiebord/shared/api';
import { useT } from '../../i18n/useT';

/** `failed` with the server's message, if it gave one (the fallback is said in the page's language). */
export type Scripts = { list: ScriptSummary[]; loading: boolean; failed: boolean; serverMessage: string | null };

/** The script picker: the server's scripts, the chosen one's length and description, or why there are none. */
export function ScriptChoice({ id, scripts, scriptId, onChange }: { id: string; scripts: Scripts; scriptId: string; onChange: (scriptId: string) => void }) {
  const t = useT('landing');
  const chosen = scripts.list.find((s) => s.id === scriptId);
  return (
    <>
      <label htmlFor={id}>{t('create.script')}</label>
      <select
        id={id}
        data-testid="create-script-select"
        value={scriptId}
        onChange={(e) => onChange(e.target.value)}
        disabled={scripts.loading || scripts.list.length === 0}
      >
        {scripts.loading && <option value="">{t('create.loading')}</option>}
        {scripts.list.map((script) => (
          <option key={script.id} value={script.id}>
            {script.title}
          </option>
        ))}
      </select>
      {chosen && (
        <p className="hint script-summary">
          {t('create.steps', { count: chosen.steps })}
          {chosen.minutes ? ` · ${t('create.minutes', { count: chosen.minutes })}` : ''}
          {chosen.description ? ` — ${chosen.description}` : ''}
        </p>
      )}
      {scripts.failed && (
        <p className="error-text" role="alert">
          {scripts.serverMessage ?? t('create.scriptsFailed')}
        </p>
      )}
    </>
  );
}
