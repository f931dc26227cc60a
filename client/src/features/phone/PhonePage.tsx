import { isWellFormedJoinCode, normalizeJoinCode } from '@visiebord/shared/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import '../../i18n/sources/phone';
import { useT, useWorkshopLanguage } from '../../i18n/useT';
import { browserLanguage, t as translate } from '../../i18n';
import { apiErrorText } from '../../i18n/errors';
import { joinWorkshop, type ApiError } from '../../lib/api';
import { navigate } from '../../router';
import { joinedStep, type StepMessage } from '../../state/phoneStore';
import { JoinForm } from './JoinForm';
import { PhoneWorkshop } from './PhoneWorkshop';
import { forgetSession, loadSession, saveSession, sessionExtras, type PhoneSession } from './phoneSession';
import './phone.css';

// A token the server refuses twice within this time is not fixed by joining again automatically.
const REJOIN_COOLDOWN_MS = 30_000;

/** `/j/<CODE>`: join once (name optional), then follow the workshop as the same participant after every reload. */
export default function PhonePage({ rawCode }: { rawCode: string }) {
  const code = normalizeJoinCode(rawCode);
  const [session, setSession] = useState<PhoneSession | null>(() => loadSession(code));
  const [notice, setNotice] = useState<string | null>(null);
  // What the last join said of the current step: shown at once, while the live socket connects.
  const [firstStep, setFirstStep] = useState<StepMessage | null>(null);
  const lastRejoin = useRef(0);
  // Before joining, the workshop's language is unknown: the join form follows the browser's.
  const speaking = useWorkshopLanguage(session ? (session.language ?? 'nl') : browserLanguage());
  const t = useT('phone');

  // Show the canonical code in the address bar (people type it in lower case, with spaces).
  useEffect(() => {
    if (rawCode !== code && isWellFormedJoinCode(code)) navigate(`/j/${code}`, { replace: true });
  }, [rawCode, code]);

  const joined = useCallback(
    (next: PhoneSession, step: StepMessage | null) => {
      saveSession(code, next);
      setNotice(null);
      setFirstStep(step);
      setSession(next);
    },
    [code],
  );

  // The server no longer knows this phone's token: join again under the same name, once.
  const rejoin = useCallback(() => {
    const previous = loadSession(code);
    const now = Date.now();
    const giveUp = (message: string) => {
      forgetSession(code);
      setSession(null);
      setNotice(message);
    };
    if (!previous || now - lastRejoin.current < REJOIN_COOLDOWN_MS) {
      giveUp(translate('phone', 'join.signedOut'));
      return;
    }
    lastRejoin.current = now;
    joinWorkshop({ code, name: previous.name || undefined }).then(
      ({ workshopId, participantId, participantToken, ...answer }) =>
        joined(
          { workshopId, participantId, participantToken, title: answer.title ?? previous.title, name: answer.name ?? previous.name, ...sessionExtras(answer) },
          joinedStep(answer),
        ),
      (error: ApiError) => giveUp(apiErrorText(error)),
    );
  }, [code, joined]);

  // An English workshop waits for its text (one small file) rather than show Dutch first; a Dutch
  // one never waits, its text came with the page.
  if (!speaking) return <main className="phone" aria-busy="true" />;
  if (!isWellFormedJoinCode(code)) {
    return (
      <main className="phone">
        <div className="phone-panel">
          <h1>{t('badCode.title')}</h1>
          <p>
            {t('badCode.text')} <a href="/">{t('badCode.again')}</a>.
          </p>
        </div>
      </main>
    );
  }
  if (!session) return <JoinForm code={code} notice={notice} onJoined={joined} />;
  return <PhoneWorkshop key={session.participantToken} code={code} session={session} firstStep={firstStep} onUnauthorized={rejoin} />;
}
