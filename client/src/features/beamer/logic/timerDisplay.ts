import { remainingMs, type Timer } from '@visiebord/shared/doc';

/** What the beamer's clock shows: the time left, or that the time is up. */
export type TimerDisplay = {
  /** "mm:ss" (or "h:mm:ss" past an hour). */
  text: string;
  state: 'running' | 'paused' | 'done';
  /** Whole seconds left, rounded up: a clock that says 00:00 has ended. */
  seconds: number;
};

/**
 * Formats milliseconds as a countdown clock. Rounds up, so the clock reads 00:01 until the last
 * moment and never shows 00:00 while time is still left.
 * @example formatClock(65_000) // "01:05"
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** The clock for the current step, or null when the step has no timer. `now` is on the server's clock. */
export function timerDisplay(timer: Timer | null, stepId: string | undefined, now: number): TimerDisplay | null {
  if (!timer || timer.stepId !== stepId) return null;
  const left = remainingMs(timer, now);
  const seconds = Math.ceil(left / 1000);
  const state = seconds <= 0 ? 'done' : timer.running ? 'running' : 'paused';
  return { text: formatClock(left), state, seconds: Math.max(0, seconds) };
}

/** How the clock is read aloud by a screen reader: once a minute is enough, not every second. */
export function spokenTimer(display: TimerDisplay): string {
  if (display.state === 'done') return 'Tijd is om';
  const minutes = Math.ceil(display.seconds / 60);
  const left = minutes <= 1 ? 'minder dan een minuut' : `nog ${minutes} minuten`;
  return display.state === 'paused' ? `Timer gepauzeerd, ${left}` : left.charAt(0).toUpperCase() + left.slice(1);
}
