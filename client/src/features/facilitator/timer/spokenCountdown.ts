import { countdownParts } from '@visiebord/shared/rules';
import type { T } from '../../../i18n/useT';

/**
 * The time left as the console's screen reader says it, to the second (the beamer and the phones
 * say whole minutes): "4 minuten en 5 seconden", "1 seconde". `t` is the console namespace's.
 */
export function spokenCountdown(t: T, ms: number): string {
  const { minutes, seconds } = countdownParts(ms);
  if (minutes === 0) return t('timer.seconds', { count: seconds });
  if (seconds === 0) return t('timer.minutes', { count: minutes });
  return t('timer.minutesAndSeconds', { minutes: t('timer.minutes', { count: minutes }), seconds: t('timer.seconds', { count: seconds }) });
}
