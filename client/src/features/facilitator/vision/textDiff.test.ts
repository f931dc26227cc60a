import { describe, expect, it } from 'vitest';
import { applyChange, diffText, rebaseChange, transformIndex } from './textDiff';

describe('diffText', () => {
  it('finds one typed letter, one deletion and one replacement', () => {
    expect(diffText('Samen opleiden', 'Samen opleiden!')).toEqual({ index: 14, remove: 0, insert: '!' });
    expect(diffText('Samen opleiden', 'Samen leiden')).toEqual({ index: 6, remove: 2, insert: '' });
    expect(diffText('Wij leren samen', 'Wij werken samen')).toEqual({ index: 4, remove: 3, insert: 'werk' });
    expect(diffText('gelijk', 'gelijk')).toBeNull();
  });

  it('is minimal when a letter repeats', () => {
    expect(diffText('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
  });

  it('turns every text into every other', () => {
    const texts = ['', 'a', 'ab', 'ba', 'abc', 'Wij 👩‍🏫 leren', 'Wij 👨‍🏫 leren', 'xyz', '😀', '😃'];
    for (const a of texts) for (const b of texts) {
      const change = diffText(a, b);
      expect(change ? applyChange(a, change) : a).toBe(b);
    }
  });

  it('never cuts an emoji in half', () => {
    const change = diffText('😀', '😃');
    expect(change).toEqual({ index: 0, remove: 2, insert: '😃' });
  });
});

describe('transformIndex', () => {
  const insert = { index: 4, remove: 0, insert: 'XY' };
  it('keeps a caret before the change and shifts one after it', () => {
    expect(transformIndex(2, insert)).toBe(2);
    expect(transformIndex(6, insert)).toBe(8);
  });
  it('keeps the caret put while someone else types at the same spot', () => {
    expect(transformIndex(4, insert)).toBe(4);
    expect(transformIndex(4, insert, true)).toBe(6);
  });
  it('moves a caret inside removed text to the end of the replacement', () => {
    expect(transformIndex(5, { index: 3, remove: 4, insert: 'z' })).toBe(4);
    expect(transformIndex(9, { index: 3, remove: 4, insert: 'z' })).toBe(6);
  });
});

describe('rebaseChange', () => {
  it('applies a local change after a remote one elsewhere, keeping both', () => {
    const base = 'Wij leren samen.';
    const remote = diffText(base, 'Zo: Wij leren samen.')!;
    const local = diffText(base, 'Wij leren samen, elke dag.')!;
    const merged = applyChange(applyChange(base, remote), rebaseChange(local, remote));
    expect(merged).toBe('Zo: Wij leren samen, elke dag.');
  });
});
