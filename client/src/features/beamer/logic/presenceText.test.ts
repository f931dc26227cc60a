import { describe, expect, it } from 'vitest';
import { presenceText } from './presenceText';

describe('presenceText', () => {
  const presence = { joined: 60, online: 52, answered: 38, stepId: 'poll' };

  it('says how many answered out of the phones that joined', () => {
    expect(presenceText(presence, 'poll', true)).toBe('38 van 60 hebben geantwoord');
    expect(presenceText({ ...presence, answered: 1, joined: 1 }, 'poll', true)).toBe('1 van 1 heeft geantwoord');
    // Never "5 van 3", whatever the counts say.
    expect(presenceText({ ...presence, answered: 5, joined: 3 }, 'poll', true)).toBe('5 van 5 hebben geantwoord');
  });

  it('counts phones on steps without answers, or while the count is for another step', () => {
    expect(presenceText(presence, 'poll', false)).toBe('52 telefoons verbonden');
    expect(presenceText(presence, 'next', true)).toBe('52 telefoons verbonden');
    expect(presenceText({ ...presence, online: 1 }, 'x', false)).toBe('1 telefoon verbonden');
    expect(presenceText(null, 'poll', true)).toBeNull();
  });
});
