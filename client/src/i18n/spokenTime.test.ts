import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from './index';
import { clockOffset } from '../features/workshop/useServerClock';
import { spokenCountdown, spokenTimeLeft } from './spokenTime';

describe('spoken time', () => {
  afterEach(async () => {
    await setLanguage('nl');
  });

  it('takes the middle of the round trip', () => {
    expect(clockOffset(10_100, 1_000, 1_200)).toBe(9_000);
    expect(clockOffset(1_000, 1_000, 1_000)).toBe(0);
  });

  it('speaks Dutch to the second on the console', () => {
    expect(spokenCountdown(65_000)).toBe('1 minuut en 5 seconden');
    expect(spokenCountdown(120_000)).toBe('2 minuten');
    expect(spokenCountdown(1_000)).toBe('1 seconde');
  });

  it('speaks in minutes on the beamer and the phone', () => {
    expect(spokenTimeLeft(250_000)).toBe('Nog 5 minuten');
    expect(spokenTimeLeft(40_000)).toBe('Nog minder dan een minuut');
    expect(spokenTimeLeft(120_000, true)).toBe('Timer gepauzeerd, nog 2 minuten');
    expect(spokenTimeLeft(0)).toBe('De tijd is om');
  });

  it('speaks the workshop\'s language', async () => {
    await setLanguage('en');
    expect(spokenTimeLeft(250_000)).toBe('5 minutes left');
    expect(spokenTimeLeft(120_000, true)).toBe('Timer paused, 2 minutes left');
    expect(spokenCountdown(65_000)).toBe('1 minute and 5 seconds');
  });
});
