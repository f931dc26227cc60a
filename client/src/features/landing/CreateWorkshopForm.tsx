import { TITLE_MAX_LENGTH } from '@visiebord/shared/api';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { ApiError, createWorkshop, listScripts } from '../../lib/api';
import { CreatedLinks } from './CreatedLinks';
import { ScriptChoice, type Scripts } from './ScriptChoice';
import { useWorkshopCreation } from './useWorkshopCreation';

/** The facilitator: pick a script, optionally a title, and get the three links. */
export function CreateWorkshopForm() {
  const t = useT('landing');
  const id = useId();
  const [scripts, setScripts] = useState<Scripts>({ list: [], loading: true, failed: false, serverMessage: null });
  const [scriptId, setScriptId] = useState('');
  const [title, setTitle] = useState('');
  const { busy, error, created, create } = useWorkshopCreation(t('create.failed'));

  useEffect(() => {
    let cancelled = false;
    listScripts().then(
      (list) => {
        if (cancelled) return;
        setScripts({ list, loading: false, failed: false, serverMessage: null });
        setScriptId((current) => current || list[0]?.id || '');
      },
      (e: unknown) => {
        if (!cancelled) setScripts({ list: [], loading: false, failed: true, serverMessage: e instanceof ApiError ? e.message : null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !scriptId) return;
    void create(() => createWorkshop({ script: scriptId, title: title.trim() || undefined }));
  }

  if (created) return <CreatedLinks created={created} />;

  const chosen = scripts.list.find((s) => s.id === scriptId);
  return (
    <form className="card landing-card" onSubmit={submit}>
      <h2>{t('create.title')}</h2>
      <p className="hint">{t('create.hint')}</p>
      <ScriptChoice id={`${id}-script`} scripts={scripts} scriptId={scriptId} onChange={setScriptId} />
      <label htmlFor={`${id}-title`}>{t('create.titleLabel')}</label>
      <input
        id={`${id}-title`}
        data-testid="create-title-input"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={TITLE_MAX_LENGTH}
        placeholder={chosen?.title ?? t('create.titlePlaceholder')}
      />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" data-testid="create-submit" disabled={busy || !scriptId}>
        {busy ? t('create.busy') : t('create.submit')}
      </button>
    </form>
  );
}
