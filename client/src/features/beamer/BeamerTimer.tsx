import type { Timer } from '@visiebord/shared/doc';
import { spokenTimeLeft } from '../../i18n/spokenTime';
import { timerDisplay } from './logic/timerDisplay';
import { useNow } from '../workshop/useServerClock';
import { useT } from '../../i18n/useT';

/**
 * The step's countdown on the server's clock, large. At zero it turns to "Tijd is om" in a warm
 * colour: clear from the back of the hall, but no alarm (people finish their sentence).
 */
export function BeamerTimer({ timer, stepId, offset }: { timer: Timer | null; stepId: string | undefined; offset: number }) {
  const ticking = timer !== null && timer.stepId === stepId && timer.running;
  const now = useNow(ticking) + offset;
  const display = timerDisplay(timer, stepId, now);
  const t = useT('beamer');
  if (!display) return null;
  return (
    <div className={`beamer-timer ${display.state}`} data-testid="beamer-timer" data-state={display.state}>
      {display.state === 'done' ? (
        <span className="beamer-timer-done">{t('timer.done')}</span>
      ) : (
        <>
          <span className="beamer-timer-clock" aria-hidden="true">
            {display.text}
          </span>
          {display.state === 'paused' && <span className="beamer-timer-paused">{t('timer.paused')}</span>}
        </>
      )}
      {/* The digits change every second; a screen reader hears the minutes only. */}
      <span className="visually-hidden" role="timer" aria-live="polite">
        {spokenTimeLeft(display.seconds * 1000, display.state === 'paused')}
      </span>
    </div>
  );
}
