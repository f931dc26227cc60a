import { describe, expect, it } from 'vitest';
import { clockOffset } from '../features/workshop/useServerClock';
import { spokenTimeLeft } from './spokenTime';

describe('spoken time', () => {
  it('takes the middle of the round trip', () => {
    expect(clockOffset(10_100, 1_000, 1_200)).toBe(9_000);
    expect(clockOffset(1_000, 1_000, 1_000)).toBe(0);
  });

  it('speaks in minutes on the beamer and the phone', () => {
    expect(spokenTimeLeft(250_000)).toBe('Nog 5 minuten');
    expect(spokenTimeLeft(40_000)).toBe('Nog minder dan een minuut');
    expect(spokenTimeLeft(120_000, true)).toBe('Timer gepauzeerd, nog 2 minuten');
    expect(spokenTimeLeft(0)).toBe('De tijd is om');
  });
});
