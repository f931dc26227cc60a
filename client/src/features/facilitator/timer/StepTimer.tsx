import type { Timer, TimerAction } from '@visiebord/shared/doc';
import { DEFAULT_TIMER_MINUTES, formatCountdown, remainingMs } from '@visiebord/shared/rules';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { spokenCountdown } from '../../../i18n/spokenTime';
import { postTimer } from '../../../lib/api';
import { useNow, useServerClock } from '../../workshop/useServerClock';

/**
 * The current step's timer: start (the step's suggested minutes), pause, +1 minuut, stop. The
 * buttons ask the server; what shows is the document's timer on the server's clock, so the
 * console, the beamer and every phone count down together.
 */
export function StepTimer({ workshopId, facilitatorKey, stepId, minutes, timer }: { workshopId: string; facilitatorKey: string; stepId: string; minutes: number | undefined; timer: Timer | null }) {
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
      setError(e instanceof ApiError ? e.message : 'De timer kon niet worden aangepast. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  };

  const state = !own ? 'idle' : expired ? 'expired' : own.running ? 'running' : 'paused';
  const stateText = { idle: 'Niet gestart', running: 'Loopt', paused: 'Gepauzeerd', expired: 'Tijd is om — het canvas is dicht voor nieuwe notities' }[state];
  return (
    <section className={`step-timer ${state}`} aria-labelledby="step-timer-title" data-testid="timer" data-state={state}>
      <h3 id="step-timer-title" className="panel-title">
        Timer
      </h3>
      <p className="timer-clock" role="timer" aria-label={`Nog ${spokenCountdown(left)}`} data-testid="timer-remaining">
        {formatCountdown(left)}
      </p>
      <p className="timer-state" aria-live="polite">
        {stateText}
      </p>
      <div className="timer-buttons">
        {own?.running && !expired ? (
          <button type="button" className="button small" disabled={busy} onClick={() => send('pause')} data-testid="timer-pause">
            Pauze
          </button>
        ) : (
          <button type="button" className="button small" disabled={busy} onClick={() => send('start')} data-testid="timer-start">
            {own && !expired ? 'Verder' : `Start${minutes ? ` (${minutes} min)` : ''}`}
          </button>
        )}
        <button type="button" className="button secondary small" disabled={busy} onClick={() => send('addMinute')} data-testid="timer-add-minute">
          +1 minuut
        </button>
        <button type="button" className="button secondary small" disabled={busy || !own} onClick={() => send('clear')} data-testid="timer-stop">
          Stop
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
