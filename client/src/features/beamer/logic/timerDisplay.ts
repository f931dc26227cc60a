import type { Timer } from '@visiebord/shared/doc';
import { formatCountdown, remainingMs } from '@visiebord/shared/rules';

/** What the beamer's clock shows: the time left, or that the time is up. */
export type TimerDisplay = {
  /** "4:05" (or "1:01:05" past an hour). */
  text: string;
  state: 'running' | 'paused' | 'done';
  /** Whole seconds left, rounded up: a clock that says 00:00 has ended. */
  seconds: number;
};

/** The clock for the current step, or null when the step has no timer. `now` is on the server's clock. */
export function timerDisplay(timer: Timer | null, stepId: string | undefined, now: number): TimerDisplay | null {
  if (!timer || timer.stepId !== stepId) return null;
  const left = remainingMs(timer, now);
  const seconds = Math.ceil(left / 1000);
  const state = seconds <= 0 ? 'done' : timer.running ? 'running' : 'paused';
  return { text: formatCountdown(left), state, seconds: Math.max(0, seconds) };
}
