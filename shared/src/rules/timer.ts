/** A step without its own `minutes` in the script gets this much time when the timer starts. */
export const DEFAULT_TIMER_MINUTES = 5;

/** The seconds a step's timer starts with. */
export const timerSecondsOf = (step: { minutes?: number | undefined }): number => (step.minutes ?? DEFAULT_TIMER_MINUTES) * 60;

/** A timer as the document and the phone's projection hold it. */
export type CountdownState = { running: boolean; endsAt: number; remainingMs: number };

/** Milliseconds left on the server's clock `now`: from `endsAt` while running, else what was left at the pause. */
export function remainingMs(timer: CountdownState, now: number): number {
  return timer.running ? Math.max(0, timer.endsAt - now) : Math.max(0, timer.remainingMs);
}

/**
 * A step's countdown as the console, the beamer and the phones all show it: "4:05", or
 * "1:01:05" past an hour. Rounded up, so "0:00" only shows when the time is really up.
 * @example formatCountdown(245_000) // "4:05"
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whole minutes and seconds left, rounded up to the second: what a spoken countdown says. */
export function countdownParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/**
 * What a screen reader announces, once a minute rather than every second: the time is up, less
 * than a minute is left, or the whole minutes left (rounded up).
 */
export function minutesLeft(ms: number): { kind: 'up' } | { kind: 'underMinute' } | { kind: 'minutes'; minutes: number } {
  if (ms <= 0) return { kind: 'up' };
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? { kind: 'underMinute' } : { kind: 'minutes', minutes };
}
