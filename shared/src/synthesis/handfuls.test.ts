import { describe, expect, it } from 'vitest';
import { NOTES, PROMPT } from './fixture.test-data.ts';
import { pickSortHandfuls } from './handfuls.ts';

describe('pickSortHandfuls', () => {
  const input = { prompt: PROMPT, notes: NOTES };

  it('gives each phone a handful of distinct notes of the asked size', () => {
    const handfuls = pickSortHandfuls(input, { phones: 10, size: 5, seed: 3 });
    expect(handfuls).toHaveLength(10);
    for (const handful of handfuls) {
      expect(handful).toHaveLength(5);
      expect(new Set(handful).size).toBe(5);
      for (const id of handful) expect(NOTES.map((n) => n.id)).toContain(id);
    }
  });

  it('shows every note several times, evenly', () => {
    const handfuls = pickSortHandfuls(input, { phones: 12, size: 4, seed: 1 });
    const seen = new Map<string, number>();
    for (const id of handfuls.flat()) seen.set(id, (seen.get(id) ?? 0) + 1);
    // 48 slots over 12 notes: four each, give or take one.
    for (const note of NOTES) {
      expect(seen.get(note.id) ?? 0).toBeGreaterThanOrEqual(3);
      expect(seen.get(note.id) ?? 0).toBeLessThanOrEqual(5);
    }
  });

  it('spreads the comparisons: a second round of handfuls meets pairs the first did not', () => {
    const handfuls = pickSortHandfuls(input, { phones: 6, size: 4, seed: 1 });
    const pairs = new Map<string, number>();
    for (const handful of handfuls) for (const a of handful) for (const b of handful) if (a < b) pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? 0) + 1);
    // 6 handfuls of 4 hold 36 pairs of the 66 there are; hardly any of them twice.
    expect([...pairs.values()].reduce((sum, count) => sum + count, 0)).toBe(36);
    expect(pairs.size).toBeGreaterThanOrEqual(32);
    const seen = new Map<string, number>();
    for (const id of handfuls.flat()) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen.values()].every((count) => count === 2)).toBe(true);
  });

  it('is deterministic for a seed and independent of note order', () => {
    const a = pickSortHandfuls(input, { phones: 6, size: 5, seed: 9 });
    expect(pickSortHandfuls({ prompt: PROMPT, notes: [...NOTES].reverse() }, { phones: 6, size: 5, seed: 9 })).toEqual(a);
    expect(pickSortHandfuls(input, { phones: 6, size: 5, seed: 10 })).not.toEqual(a);
  });

  it('puts close rivals together so a sort decides something', () => {
    // The first handful starts from one note and adds its nearest neighbours: at least two of one theme.
    const [first] = pickSortHandfuls(input, { phones: 1, size: 6, seed: 1 });
    const themes = (first ?? []).map((id) => id[0]);
    const counts = new Map<string | undefined, number>();
    for (const t of themes) counts.set(t, (counts.get(t) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(2);
  });

  it('copes with fewer notes than a handful', () => {
    expect(pickSortHandfuls({ prompt: PROMPT, notes: NOTES.slice(0, 3) }, { phones: 2, size: 8 })).toEqual([
      expect.arrayContaining(['t1', 't2', 't3']),
      expect.arrayContaining(['t1', 't2', 't3']),
    ]);
    expect(pickSortHandfuls({ prompt: PROMPT, notes: [] }, { phones: 2 })).toEqual([]);
  });
});
