import { describe, expect, it } from 'vitest';
import { clockOffset } from '../../workshop/useServerClock';
import { spokenCountdown } from './clock';

describe('clock', () => {
  it('takes the middle of the round trip', () => {
    expect(clockOffset(10_100, 1_000, 1_200)).toBe(9_000);
    expect(clockOffset(1_000, 1_000, 1_000)).toBe(0);
  });

  it('speaks Dutch', () => {
    expect(spokenCountdown(65_000)).toBe('1 minuut en 5 seconden');
    expect(spokenCountdown(120_000)).toBe('2 minuten');
    expect(spokenCountdown(1_000)).toBe('1 seconde');
  });
});
