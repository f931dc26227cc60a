import { describe, expect, it } from 'vitest';
import { countdownParts, DEFAULT_TIMER_MINUTES, formatCountdown, minutesLeft, remainingMs, timerSecondsOf } from './timer.ts';

describe('countdown', () => {
  it('rounds up, so 0:00 only shows when the time is up', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(245_001)).toBe('4:06');
    expect(formatCountdown(400)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });

  it('shows hours past the hour', () => {
    expect(formatCountdown(59 * 60_000)).toBe('59:00');
    expect(formatCountdown(3_600_000 + 61_000)).toBe('1:01:01');
  });

  it('splits into minutes and seconds, rounded up to the second', () => {
    expect(countdownParts(65_000)).toEqual({ minutes: 1, seconds: 5 });
    expect(countdownParts(64_001)).toEqual({ minutes: 1, seconds: 5 });
    expect(countdownParts(-1)).toEqual({ minutes: 0, seconds: 0 });
  });

  it('says the minutes left once a minute', () => {
    expect(minutesLeft(0)).toEqual({ kind: 'up' });
    expect(minutesLeft(40_000)).toEqual({ kind: 'underMinute' });
    expect(minutesLeft(60_000)).toEqual({ kind: 'underMinute' });
    expect(minutesLeft(150_000)).toEqual({ kind: 'minutes', minutes: 3 });
  });
});

describe('timer', () => {
  it('counts from endsAt while running and keeps what was left while paused', () => {
    expect(remainingMs({ running: true, endsAt: 100_000, remainingMs: 0 }, 40_000)).toBe(60_000);
    expect(remainingMs({ running: true, endsAt: 100_000, remainingMs: 0 }, 200_000)).toBe(0);
    expect(remainingMs({ running: false, endsAt: 0, remainingMs: 61_000 }, 999)).toBe(61_000);
  });

  it('gives a step without minutes the default', () => {
    expect(DEFAULT_TIMER_MINUTES).toBe(5);
    expect(timerSecondsOf({})).toBe(300);
    expect(timerSecondsOf({ minutes: 12 })).toBe(720);
  });
});
