import { countdownParts, minutesLeft } from '@visiebord/shared/rules';
import { t } from './index';
import './sources/common';

/**
 * Time left as a screen reader says it on the beamer and the phone: once a minute rather than
 * every second. "De tijd is om", "Nog minder dan een minuut", "Nog 3 minuten", and when paused
 * "Timer gepauzeerd, nog 3 minuten" (in the workshop's language).
 */
export function spokenTimeLeft(ms: number, paused = false): string {
  const left = minutesLeft(ms);
  if (left.kind === 'up') return t('common', 'time.up');
  const time = left.kind === 'underMinute' ? t('common', 'time.underMinute') : t('common', 'time.minutes', { count: left.minutes });
  return t('common', paused ? 'time.leftPaused' : 'time.left', { time });
}

/** The console's precise form, e.g. "4 minuten en 5 seconden". */
export function spokenCountdown(ms: number): string {
  const { minutes, seconds } = countdownParts(ms);
  const m = t('common', 'time.minutes', { count: minutes });
  const s = t('common', 'time.seconds', { count: seconds });
  if (minutes === 0) return s;
  return seconds === 0 ? m : t('common', 'time.minutesAndSeconds', { minutes: m, seconds: s });
}
