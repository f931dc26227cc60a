import { describe, expect, it } from 'vitest';
import { formatCountdown } from './countdown';

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
});
