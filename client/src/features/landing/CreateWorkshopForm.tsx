import type { CreateWorkshopResponse, ScriptSummary } from '@visiebord/shared/api';
import { TITLE_MAX_LENGTH } from '@visiebord/shared/api';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, createWorkshop, listScripts } from '../../lib/api';
import { saveWorkshop } from '../../lib/savedWorkshops';
import { CreatedLinks } from './CreatedLinks';

type Scripts = { list: ScriptSummary[]; error: string | null; loading: boolean };

/** The facilitator: pick a script, optionally a title, and get the three links. */
export function CreateWorkshopForm() {
  const id = useId();
  const [scripts, setScripts] = useState<Scripts>({ list: [], error: null, loading: true });
  const [scriptId, setScriptId] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateWorkshopResponse | null>(null);

  useEffect(() => {
    let cancelled = false;
    listScripts().then(
      (list) => {
        if (cancelled) return;
        setScripts({ list, error: null, loading: false });
        setScriptId((current) => current || list[0]?.id || '');
      },
      (e: unknown) => {
        if (!cancelled) setScripts({ list: [], error: e instanceof ApiError ? e.message : 'De scripts konden niet worden geladen.', loading: false });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !scriptId) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await createWorkshop({ script: scriptId, title: title.trim() || undefined });
      saveWorkshop(answer.id, {
        facilitatorKey: answer.facilitatorKey,
        beamerKey: answer.beamerKey,
        joinCode: answer.joinCode,
        beamerUrl: answer.urls.beamer,
      });
      setCreated(answer);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'De workshop kon niet worden aangemaakt.');
    } finally {
      setBusy(false);
    }
  }

  if (created) return <CreatedLinks created={created} />;

  const chosen = scripts.list.find((s) => s.id === scriptId);
  return (
    <form className="card landing-card" onSubmit={submit}>
      <h2>Workshop starten</h2>
      <p className="hint">Voor de begeleider: kies een draaiboek. Je krijgt een link voor jezelf, voor de beamer en voor de deelnemers.</p>
      <label htmlFor={`${id}-script`}>Draaiboek</label>
      <select
        id={`${id}-script`}
        data-testid="create-script-select"
        value={scriptId}
        onChange={(e) => setScriptId(e.target.value)}
        disabled={scripts.loading || scripts.list.length === 0}
      >
        {scripts.loading && <option value="">Laden…</option>}
        {scripts.list.map((script) => (
          <option key={script.id} value={script.id}>
            {script.title}
          </option>
        ))}
      </select>
      {chosen && (
        <p className="hint script-summary">
          {chosen.steps} stappen{chosen.minutes ? ` · ongeveer ${chosen.minutes} minuten` : ''}
          {chosen.description ? ` — ${chosen.description}` : ''}
        </p>
      )}
      {scripts.error && (
        <p className="error-text" role="alert">
          {scripts.error}
        </p>
      )}
      <label htmlFor={`${id}-title`}>Titel (mag leeg)</label>
      <input
        id={`${id}-title`}
        data-testid="create-title-input"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={TITLE_MAX_LENGTH}
        placeholder={chosen?.title ?? 'bijv. Studiedag SO&P'}
      />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" data-testid="create-submit" disabled={busy || !scriptId}>
        {busy ? 'Bezig…' : 'Workshop aanmaken'}
      </button>
    </form>
  );
}
