import { useState } from 'react';
import { ApiError, postIntent } from '../../lib/api';
import type { PhoneSession } from './phoneSession';
import { apiErrorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';

/**
 * Right after joining, above the step: which role do you have? Optional and anonymous; one tap,
 * or skip. It never hides the question, so a phone that joins late misses nothing. The answer
 * only counts in results by role when at least five colleagues share it.
 */
export function RoleChoice({ session, onDone }: { session: PhoneSession; onDone: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useT('phone');

  async function choose(roleId: string) {
    if (busy) return;
    setBusy(roleId);
    setError(null);
    try {
      await postIntent(session.workshopId, session.participantToken, { id: crypto.randomUUID(), type: 'profile.role', role: roleId });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? apiErrorText(e) : t('role.failed'));
      setBusy(null);
    }
  }

  return (
      <section className="phone-panel role-choice" aria-labelledby="role-title" data-testid="role-choice">
        <h2 id="role-title">{t('role.title')}</h2>
        <p className="step-body">{t('role.why')}</p>
        <ul className="role-options">
          {(session.roles ?? []).map((role) => (
            <li key={role.id}>
              <button type="button" className="button secondary role-option" data-testid="role-option" data-role={role.id} disabled={busy !== null} onClick={() => choose(role.id)}>
                {busy === role.id ? t('wait') : role.label}
              </button>
            </li>
          ))}
        </ul>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="role-skip" data-testid="role-skip" disabled={busy !== null} onClick={onDone}>
          {t('role.skip')}
        </button>
        <p className="hint">{t('role.privacy')}</p>
      </section>
  );
}
