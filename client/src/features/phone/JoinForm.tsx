import { NAME_MAX_LENGTH } from '@visiebord/shared/rules';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, joinWorkshop } from '../../lib/api';
import { joinedStep, type StepMessage } from '../../state/phoneStore';
import { sessionExtras, type PhoneSession } from './phoneSession';
import { apiErrorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';

/** The first screen on a phone: a name (or none) and one big button. */
export function JoinForm({
  code,
  notice,
  onJoined,
}: {
  code: string;
  notice: string | null;
  onJoined: (session: PhoneSession, firstStep: StepMessage | null) => void;
}) {
  const nameId = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT('phone');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const trimmed = name.trim();
      const answer = await joinWorkshop({ code, name: trimmed || undefined });
      const { workshopId, participantId, participantToken } = answer;
      onJoined(
        { workshopId, participantId, participantToken, title: answer.title ?? '', name: answer.name ?? trimmed, ...sessionExtras(answer) },
        joinedStep(answer),
      );
    } catch (e) {
      setError(e instanceof ApiError ? apiErrorText(e) : t('join.failed'));
      setBusy(false);
    }
  }

  return (
    <main className="phone">
      <form className="phone-panel join-form" onSubmit={submit}>
        <p className="join-code-label">
          {t('join.code')} <strong className="join-code-value">{code}</strong>
        </p>
        <h1>{t('join.title')}</h1>
        {notice && (
          <p className="error-text" role="alert">
            {notice}
          </p>
        )}
        <label htmlFor={nameId}>{t('name.label')}</label>
        <input
          id={nameId}
          data-testid="name-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={NAME_MAX_LENGTH}
          autoComplete="given-name"
          placeholder={t('anonymous')}
          aria-describedby={`${nameId}-hint`}
        />
        <p id={`${nameId}-hint`} className="hint">
          {t('join.nameHint')}
        </p>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button big" data-testid="join-submit" disabled={busy}>
          {busy ? t('wait') : t('join.submit')}
        </button>
      </form>
    </main>
  );
}
