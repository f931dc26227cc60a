import '../../../i18n/sources/console';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../../i18n';
import { spokenCountdown } from './spokenCountdown';

const consoleT = (key: string, values?: Record<string, unknown>) => t('console', key, values);

describe('spokenCountdown', () => {
  afterEach(() => setLanguage('nl'));

  it('speaks Dutch to the second, singular and plural by the library', () => {
    expect(spokenCountdown(consoleT, 65_000)).toBe('1 minuut en 5 seconden');
    expect(spokenCountdown(consoleT, 121_000)).toBe('2 minuten en 1 seconde');
    expect(spokenCountdown(consoleT, 120_000)).toBe('2 minuten');
    expect(spokenCountdown(consoleT, 1_000)).toBe('1 seconde');
    expect(spokenCountdown(consoleT, 0)).toBe('0 seconden');
  });

  it('speaks English when the workshop is in English', async () => {
    await setLanguage('en');
    expect(spokenCountdown(consoleT, 65_000)).toBe('1 minute and 5 seconds');
    expect(spokenCountdown(consoleT, 60_000)).toBe('1 minute');
    expect(spokenCountdown(consoleT, 2_000)).toBe('2 seconds');
  });
});
