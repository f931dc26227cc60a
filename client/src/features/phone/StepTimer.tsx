import { useStore } from 'zustand';
import type { PhoneStore } from '../../state/phoneStore';
import { formatCountdown } from '@visiebord/shared/rules';
import { spokenTimeLeft } from '../../i18n/spokenTime';
import { useRemainingMs } from './usePhoneStep';
import { useT } from '../../i18n/useT';

/** The time left, small at the top while a timer runs; screen readers hear it once a minute. */
export function StepTimer({ store }: { store: PhoneStore }) {
  const remaining = useRemainingMs(store);
  const running = useStore(store, (s) => s.step?.timer?.running ?? false);
  const t = useT('phone');
  if (remaining === null) return null;
  const up = remaining === 0;
  return (
    <div className={`phone-timer${up ? ' up' : ''}`} data-testid="phone-timer" data-remaining={Math.ceil(remaining / 1000)}>
      <span aria-hidden="true">{up ? t('timer.up') : t(running ? 'timer.left' : 'timer.leftPaused', { time: formatCountdown(remaining) })}</span>
      <span className="visually-hidden" aria-live="polite">
        {spokenTimeLeft(remaining, !running)}
      </span>
    </div>
  );
}

/** Said where the answers would be: nothing can be sent now, and why. */
export function TimeUpNotice() {
  const t = useT('phone');
  return (
    <p className="closed-note time-up" data-testid="time-up" role="status">
      <strong>{t('timeUp.title')}</strong> {t('timeUp.text')}
    </p>
  );
}
