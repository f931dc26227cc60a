import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorText } from './errors';
import { setLanguage } from './index';
import './sources/common';

describe('server refusals', () => {
  afterEach(async () => {
    await setLanguage('nl');
  });

  it('shows the server\'s Dutch on a Dutch workshop, and translates by code on an English one', async () => {
    const refusal = { code: 'time_up', message: 'De tijd voor deze vraag is om. Kijk op het scherm voorin de zaal.' };
    expect(apiErrorText(refusal)).toBe(refusal.message);
    await setLanguage('en');
    expect(apiErrorText(refusal)).toBe('The time for this question is up. Look at the screen at the front of the room.');
    expect(apiErrorText({ code: 'http_404', message: 'Dat lukte niet (fout 404).' })).toBe('That did not work (error 404).');
    expect(apiErrorText({ code: 'http_502', message: 'Er ging iets mis op de server.' })).toBe('Something went wrong on the server. It will be tried again shortly.');
    // A code this client does not know yet: the server's own words rather than a bare key.
    expect(apiErrorText({ code: 'brand_new', message: 'Iets nieuws.' })).toBe('Iets nieuws.');
  });
});
