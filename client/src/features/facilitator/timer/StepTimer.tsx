import type { Timer, TimerAction } from '@visiebord/shared/doc';
import { DEFAULT_TIMER_MINUTES, formatCountdown, remainingMs } from '@visiebord/shared/rules';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { spokenCountdown } from '../../../i18n/spokenTime';
import { ApiError, postTimer } from '../../../lib/api';
import { useNow, useServerClock } from '../../workshop/useServerClock';

/**
 * The current step's timer: start (the step's suggested minutes), pause, +1 minuut, stop. The
 * buttons ask the server; what shows is the document's timer on the server's clock, so the
 * console, the beamer and every phone count down together.
 */
export function StepTimer({ workshopId, facilitatorKey, stepId, minutes, timer }: { workshopId: string; facilitatorKey: string; stepId: string; minutes: number | undefined; timer: Timer | null }) {
  const t = useT('console');
  const common = useT('common');
  const { offset, learn } = useServerClock(workshopId, facilitatorKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const own = timer && timer.stepId === stepId ? timer : null;
  const now = useNow(own?.running ?? false) + offset;
  const left = own ? remainingMs(own, now) : (minutes ?? DEFAULT_TIMER_MINUTES) * 60_000;
  const expired = own !== null && left === 0;

  const send = async (action: TimerAction['action']) => {
    setBusy(true);
    setError(null);
    const sentAt = Date.now();
    try {
      const answer = await postTimer(workshopId, facilitatorKey, action);
      learn(answer.serverNow, sentAt);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('timer.failed'));
    } finally {
      setBusy(false);
    }
  };

  const state = !own ? 'idle' : expired ? 'expired' : own.running ? 'running' : 'paused';
  return (
    <section className={`step-timer ${state}`} aria-labelledby="step-timer-title" data-testid="timer" data-state={state}>
      <h3 id="step-timer-title" className="panel-title">
        {t('timer.title')}
      </h3>
      <p className="timer-clock" role="timer" aria-label={common('time.left', { time: spokenCountdown(left) })} data-testid="timer-remaining">
        {formatCountdown(left)}
      </p>
      <p className="timer-state" aria-live="polite">
        {t(`timer.${state}`)}
      </p>
      <div className="timer-buttons">
        {own?.running && !expired ? (
          <button type="button" className="button small" disabled={busy} onClick={() => send('pause')} data-testid="timer-pause">
            {t('timer.pause')}
          </button>
        ) : (
          <button type="button" className="button small" disabled={busy} onClick={() => send('start')} data-testid="timer-start">
            {own && !expired ? t('timer.resume') : minutes ? t('timer.startWithMinutes', { minutes }) : t('timer.start')}
          </button>
        )}
        <button type="button" className="button secondary small" disabled={busy} onClick={() => send('addMinute')} data-testid="timer-add-minute">
          {t('timer.addMinute')}
        </button>
        <button type="button" className="button secondary small" disabled={busy || !own} onClick={() => send('clear')} data-testid="timer-stop">
          {t('timer.stop')}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
