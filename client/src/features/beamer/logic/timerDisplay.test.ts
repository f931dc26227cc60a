import { describe, expect, it } from 'vitest';
import { formatClock, spokenTimer, timerDisplay } from './timerDisplay';

describe('formatClock', () => {
  it('shows minutes and seconds, rounded up', () => {
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(64_001)).toBe('01:05');
    expect(formatClock(400)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5_000)).toBe('00:00');
  });

  it('adds hours past an hour', () => {
    expect(formatClock(3_600_000 + 61_000)).toBe('1:01:01');
  });
});

describe('timerDisplay', () => {
  const running = { stepId: 's', running: true, endsAt: 100_000, remainingMs: 60_000 };

  it('counts down on the given clock while running', () => {
    expect(timerDisplay(running, 's', 40_000)).toEqual({ text: '01:00', state: 'running', seconds: 60 });
    expect(timerDisplay(running, 's', 99_500)).toMatchObject({ text: '00:01', state: 'running' });
  });

  it('is done at zero, paused when paused, and absent for another step', () => {
    expect(timerDisplay(running, 's', 100_000)).toMatchObject({ text: '00:00', state: 'done', seconds: 0 });
    expect(timerDisplay({ ...running, running: false, remainingMs: 30_000 }, 's', 999_999)).toMatchObject({ text: '00:30', state: 'paused' });
    expect(timerDisplay(running, 'other', 0)).toBeNull();
    expect(timerDisplay(null, 's', 0)).toBeNull();
  });

  it('speaks in minutes', () => {
    expect(spokenTimer({ text: '04:10', state: 'running', seconds: 250 })).toBe('Nog 5 minuten');
    expect(spokenTimer({ text: '00:40', state: 'running', seconds: 40 })).toBe('Minder dan een minuut');
    expect(spokenTimer({ text: '02:00', state: 'paused', seconds: 120 })).toBe('Timer gepauzeerd, nog 2 minuten');
    expect(spokenTimer({ text: '00:00', state: 'done', seconds: 0 })).toBe('Tijd is om');
  });
});
