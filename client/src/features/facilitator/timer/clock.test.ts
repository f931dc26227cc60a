import { describe, expect, it } from 'vitest';
import { clockOffset } from '../../workshop/useServerClock';
import { formatCountdown, spokenCountdown } from './clock';

describe('clock', () => {
  it('takes the middle of the round trip', () => {
    expect(clockOffset(10_100, 1_000, 1_200)).toBe(9_000);
    expect(clockOffset(1_000, 1_000, 1_000)).toBe(0);
  });

  it('counts down in minutes and seconds, rounding up', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(245_001)).toBe('4:06');
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(formatCountdown(61 * 60_000)).toBe('61:00');
  });

  it('speaks Dutch', () => {
    expect(spokenCountdown(65_000)).toBe('1 minuut en 5 seconden');
    expect(spokenCountdown(120_000)).toBe('2 minuten');
    expect(spokenCountdown(1_000)).toBe('1 seconde');
  });
});
