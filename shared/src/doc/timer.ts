import { remainingMs } from '../rules/timer.ts';
import { asBoolean, asNumber, asString } from './values.ts';

/**
 * A step's countdown. The server stamps the times (one clock for the whole room); readers derive
 * what is left from `endsAt` while running, or from `remainingMs` while paused.
 */
export type Timer = { stepId: string; running: boolean; endsAt: number; remainingMs: number };

export function readTimer(value: unknown): Timer | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const stepId = asString(v.stepId);
  if (!stepId) return null;
  return { stepId, running: asBoolean(v.running), endsAt: asNumber(v.endsAt), remainingMs: Math.max(0, asNumber(v.remainingMs)) };
}

export { remainingMs };

/** A timer that ran out closes its step's canvases for new notes, until the facilitator adds time. */
export const isExpired = (timer: Timer | null, now: number): boolean => timer !== null && remainingMs(timer, now) === 0;

export type TimerAction = { action: 'start'; seconds?: number } | { action: 'pause' } | { action: 'addMinute' } | { action: 'clear' };

/** The timer after an action; pure, so the server and tests agree on what a button does. */
export function nextTimer(current: Timer | null, stepId: string, action: TimerAction, now: number, defaultSeconds: number): Timer | null {
  const same = current && current.stepId === stepId ? current : null;
  const left = same ? remainingMs(same, now) : defaultSeconds * 1000;
  switch (action.action) {
    case 'start': {
      const ms = action.seconds !== undefined ? action.seconds * 1000 : left > 0 ? left : defaultSeconds * 1000;
      return { stepId, running: true, endsAt: now + ms, remainingMs: ms };
    }
    case 'pause':
      return same ? { stepId, running: false, endsAt: now + left, remainingMs: left } : null;
    case 'addMinute': {
      const ms = (same ? left : 0) + 60_000;
      const running = same?.running ?? false;
      return { stepId, running, endsAt: now + ms, remainingMs: ms };
    }
    case 'clear':
      return null;
  }
}
