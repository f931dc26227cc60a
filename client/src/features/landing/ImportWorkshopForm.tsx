import type { CreateWorkshopResponse } from '@visiebord/shared/api';
import { useId, useState, type ChangeEvent } from 'react';
import { ApiError, requestJson } from '../../lib/api';
import { saveWorkshop } from '../../lib/savedWorkshops';
import { CreatedLinks } from './CreatedLinks';

/** The server takes files up to 20 MB; say so before uploading something bigger. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Continue a workshop from its JSON export — next year, on another server, or from the copy
 * kept before deletion. The result is a new workshop with new links.
 */
export function ImportWorkshopForm() {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateWorkshopResponse | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || busy) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError('Dit bestand is groter dan 20 MB; dat is geen Visiebord-export.');
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setError('Dit bestand is geen Visiebord-export (geen geldige JSON). Kies het .json-bestand uit het exportmenu.');
      return;
    }
    setBusy(true);
    try {
      const answer = await requestJson<CreateWorkshopResponse>('/api/workshops/import', { method: 'POST', body });
      saveWorkshop(answer.id, { facilitatorKey: answer.facilitatorKey, beamerKey: answer.beamerKey, joinCode: answer.joinCode, beamerUrl: answer.urls.beamer });
      setCreated(answer);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Het bestand kon niet worden ingelezen.');
    } finally {
      setBusy(false);
    }
  }

  if (created) return <CreatedLinks created={created} />;

  return (
    // The real file input stays in the tab order (visually hidden); its label is the visible button.
    <section className="card landing-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Workshop voortzetten</h2>
      <p className="hint">Heb je een export (.json) van een eerdere studiedag? Lees hem in: je krijgt een nieuwe workshop met alle notities, groepen en de visie.</p>
      <input
        id={`${id}-file`}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={choose}
        disabled={busy}
        data-testid="import-file-input"
      />
      <label htmlFor={`${id}-file`} className="button secondary file-button">
        {busy ? 'Bezig met inlezen…' : 'Exportbestand kiezen'}
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
