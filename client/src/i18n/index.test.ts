import { afterEach, describe, expect, it } from 'vitest';
import { addSource, currentLanguage, i18n, setLanguage, t } from './index';

describe('messages', () => {
  afterEach(async () => {
    await setLanguage('nl');
  });

  it('uses the library for plurals and values', async () => {
    i18n.addResourceBundle('nl', 'common', { dots_one: '{{count}} stip', dots_other: '{{count}} stippen', hello: 'Hoi {{name}}' }, true, true);
    i18n.addResourceBundle('en', 'common', { dots_one: '{{count}} dot', dots_other: '{{count}} dots', hello: 'Hi {{name}}' }, true, true);
    expect(t('common', 'dots', { count: 1 })).toBe('1 stip');
    expect(t('common', 'dots', { count: 3 })).toBe('3 stippen');
    expect(t('common', 'hello', { name: '<Anna & Bram>' })).toBe('Hoi <Anna & Bram>');
    await setLanguage('en');
    expect(currentLanguage()).toBe('en');
    expect(t('common', 'dots', { count: 0 })).toBe('0 dots');
    expect(t('common', 'dots', { count: 1 })).toBe('1 dot');
  });

  it('falls back to Dutch for a key English lacks', async () => {
    addSource('landing', { onlyDutch: 'Alleen Nederlands' });
    await setLanguage('en');
    expect(t('landing', 'onlyDutch')).toBe('Alleen Nederlands');
  });
});
