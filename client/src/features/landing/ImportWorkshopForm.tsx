import type { CreateWorkshopResponse } from '@visiebord/shared/api';
import { useId, type ChangeEvent } from 'react';
import { useT } from '../../i18n/useT';
import { requestJson } from '../../lib/api';
import { CreatedLinks } from './CreatedLinks';
import { useWorkshopCreation } from './useWorkshopCreation';

/** The server takes files up to 20 MB; say so before uploading something bigger. */
const MAX_MEGABYTES = 20;
const MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

/**
 * Continue a workshop from its JSON export — next year, on another server, or from the copy
 * kept before deletion. The result is a new workshop with new links.
 */
export function ImportWorkshopForm() {
  const t = useT('landing');
  const id = useId();
  const { busy, error, setError, created, create } = useWorkshopCreation(t('import.failed'));

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || busy) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(t('import.tooBig', { megabytes: MAX_MEGABYTES }));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setError(t('import.notJson'));
      return;
    }
    await create(() => requestJson<CreateWorkshopResponse>('/api/workshops/import', { method: 'POST', body }));
  }

  if (created) return <CreatedLinks created={created} />;

  return (
    // The real file input stays in the tab order (visually hidden); its label is the visible button.
    <section className="card landing-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <p className="hint">{t('import.hint')}</p>
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
        {busy ? t('import.busy') : t('import.choose')}
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
