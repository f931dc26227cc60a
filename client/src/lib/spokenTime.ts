import { minutesLeft } from '@visiebord/shared/rules';

/**
 * Time left as a screen reader says it on the beamer and the phone: once a minute rather than
 * every second. "De tijd is om", "Nog minder dan een minuut", "Nog 3 minuten", and when paused
 * "Timer gepauzeerd, nog 3 minuten".
 */
export function spokenTimeLeft(ms: number, paused = false): string {
  const left = minutesLeft(ms);
  if (left.kind === 'up') return 'De tijd is om';
  const text = left.kind === 'underMinute' ? 'minder dan een minuut' : `${left.minutes} minuten`;
  return paused ? `Timer gepauzeerd, nog ${text}` : `Nog ${text}`;
}
