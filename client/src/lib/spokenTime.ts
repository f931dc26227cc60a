import { countdownParts, minutesLeft } from '@visiebord/shared/rules';

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

/** The console's precise form, e.g. "4 minuten en 5 seconden". */
export function spokenCountdown(ms: number): string {
  const { minutes, seconds } = countdownParts(ms);
  const m = minutes === 1 ? '1 minuut' : `${minutes} minuten`;
  const s = seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  if (minutes === 0) return s;
  return seconds === 0 ? m : `${m} en ${s}`;
}
