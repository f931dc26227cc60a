import { describe, expect, it } from 'vitest';
import { isExpired, nextTimer, remainingMs } from './timer.ts';

describe('step timer', () => {
  it('starts with the default time and counts down on the given clock', () => {
    const timer = nextTimer(null, 's1', { action: 'start' }, 1_000, 300)!;
    expect(timer).toEqual({ stepId: 's1', running: true, endsAt: 301_000, remainingMs: 300_000 });
    expect(remainingMs(timer, 101_000)).toBe(200_000);
    expect(isExpired(timer, 301_000)).toBe(true);
  });

  it('pauses with what was left, and resumes from there', () => {
    const running = nextTimer(null, 's1', { action: 'start', seconds: 60 }, 0, 300);
    const paused = nextTimer(running, 's1', { action: 'pause' }, 20_000, 300)!;
    expect(paused).toMatchObject({ running: false, remainingMs: 40_000 });
    expect(remainingMs(paused, 999_999)).toBe(40_000);
    expect(nextTimer(paused, 's1', { action: 'start' }, 50_000, 300)).toMatchObject({ running: true, endsAt: 90_000 });
  });

  it('adds a minute, also to a timer that ran out, which reopens it', () => {
    const running = nextTimer(null, 's1', { action: 'start', seconds: 10 }, 0, 300);
    expect(isExpired(running, 20_000)).toBe(true);
    const more = nextTimer(running, 's1', { action: 'addMinute' }, 20_000, 300)!;
    expect(more).toMatchObject({ running: true, endsAt: 80_000 });
    expect(isExpired(more, 20_000)).toBe(false);
  });

  it('belongs to one step: a timer of another step does not carry over', () => {
    const other = nextTimer(null, 's1', { action: 'start', seconds: 10 }, 0, 300);
    expect(nextTimer(other, 's2', { action: 'start' }, 5_000, 120)).toMatchObject({ stepId: 's2', remainingMs: 120_000 });
    expect(nextTimer(other, 's2', { action: 'pause' }, 5_000, 120)).toBeNull();
    expect(nextTimer(other, 's1', { action: 'clear' }, 5_000, 120)).toBeNull();
  });
});
