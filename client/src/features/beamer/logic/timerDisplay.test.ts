import { describe, expect, it } from 'vitest';
import { timerDisplay } from './timerDisplay';

describe('timerDisplay', () => {
  const running = { stepId: 's', running: true, endsAt: 100_000, remainingMs: 60_000 };

  it('counts down on the given clock while running', () => {
    expect(timerDisplay(running, 's', 40_000)).toEqual({ text: '1:00', state: 'running', seconds: 60 });
    expect(timerDisplay(running, 's', 99_500)).toMatchObject({ text: '0:01', state: 'running' });
  });

  it('is done at zero, paused when paused, and absent for another step', () => {
    expect(timerDisplay(running, 's', 100_000)).toMatchObject({ text: '0:00', state: 'done', seconds: 0 });
    expect(timerDisplay({ ...running, running: false, remainingMs: 30_000 }, 's', 999_999)).toMatchObject({ text: '0:30', state: 'paused' });
    expect(timerDisplay(running, 'other', 0)).toBeNull();
    expect(timerDisplay(null, 's', 0)).toBeNull();
  });
});
