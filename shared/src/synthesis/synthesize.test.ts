import { describe, expect, it } from 'vitest';
import { GOLD, NOTES, PROMPT } from './fixture.test-data.ts';
import { adjustedRandIndex, labelsOf } from './metrics.ts';
import { seededRandom } from './random.ts';
import { synthesize } from './synthesize.ts';

const ari = (clusters: readonly { noteIds: readonly string[] }[]): number =>
  adjustedRandIndex(new Map(Object.entries(GOLD)), labelsOf(clusters.map((c) => [...c.noteIds])));

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

describe('synthesize', () => {
  const result = synthesize({ prompt: PROMPT, notes: NOTES });

  it('puts every note in exactly one cluster', () => {
    const all = result.clusters.flatMap((c) => c.noteIds).sort();
    expect(all).toEqual(NOTES.map((n) => n.id).sort());
  });

  it('finds the themes from text alone, synonyms and abbreviations included', () => {
    expect(ari(result.clusters)).toBeGreaterThan(0.6);
    const clusterOf = (id: string) => result.clusters.find((c) => c.noteIds.includes(id));
    expect(clusterOf('c3')).toBe(clusterOf('c1')); // maatje/buddy ~ mentor
    expect(clusterOf('c4')).toBe(clusterOf('c1')); // wpb ~ mentor
    expect(clusterOf('t3')).toBe(clusterOf('t1')); // facilitering ~ uren
    expect(clusterOf('x1')?.noteIds).toEqual(['x1']); // an outlier stays alone
  });

  it('labels clusters in readable Dutch and picks representatives from the cluster', () => {
    for (const cluster of result.clusters) {
      expect(cluster.label.length).toBeGreaterThan(0);
      expect(cluster.label.length).toBeLessThanOrEqual(60);
      expect(cluster.representativeIds.length).toBeGreaterThan(0);
      for (const id of cluster.representativeIds) expect(cluster.noteIds).toContain(id);
    }
    const veilig = result.clusters.find((c) => c.noteIds.includes('v1'));
    expect(veilig?.label.toLowerCase()).toMatch(/veilig|vertrouwen|waardering/);
    expect(new Set(result.clusters.map((c) => c.label.toLowerCase())).size).toBe(result.clusters.length);
  });

  it('drafts a statement whose sentences trace back to the notes behind them', () => {
    expect(result.statement.sentences.length).toBeGreaterThan(1);
    expect(result.statement.text).toBe(result.statement.sentences.map((s) => s.text).join(' '));
    const ids = new Set(NOTES.map((n) => n.id));
    for (const sentence of result.statement.sentences) {
      expect(sentence.noteIds.length).toBeGreaterThan(0);
      for (const id of sentence.noteIds) expect(ids.has(id)).toBe(true);
      // A cluster the sentence names has all its notes behind that sentence.
      for (const cluster of result.clusters) {
        if (sentence.text.toLowerCase().includes(cluster.label.toLowerCase())) expect(sentence.noteIds).toEqual(expect.arrayContaining(cluster.noteIds));
      }
    }
    const named = result.clusters.filter((c) => result.statement.text.toLowerCase().includes(c.label.toLowerCase()));
    expect(named.length).toBeGreaterThan(1);
  });

  it('is deterministic and independent of the order of the notes', () => {
    const again = synthesize({ prompt: PROMPT, notes: NOTES });
    expect(again).toEqual(result);
    for (const seed of [1, 2, 3]) expect(synthesize({ prompt: PROMPT, notes: shuffled(NOTES, seed) })).toEqual(result);
  });

  it('handles empty and single-note input', () => {
    expect(synthesize({ prompt: PROMPT, notes: [] }).clusters).toEqual([]);
    const one = synthesize({ prompt: PROMPT, notes: [{ id: 'a', text: 'tijd' }] });
    expect(one.clusters.map((c) => c.noteIds)).toEqual([['a']]);
  });
});

describe('incremental mode', () => {
  // The facilitator made two groups, one of them against the text (vertrouwen with the mentors).
  const groups = { c1: 'g-coach', c2: 'g-coach', v2: 'g-coach', t1: 'g-tijd', t2: 'g-tijd' };
  const result = synthesize({ prompt: PROMPT, notes: NOTES, groups });
  const clusterOf = (id: string) => result.clusters.find((c) => c.noteIds.includes(id));

  it("never undoes the facilitator's groups", () => {
    expect(clusterOf('c1')?.id).toBe('g-coach');
    expect(clusterOf('v2')?.id).toBe('g-coach');
    expect(clusterOf('t1')?.id).toBe('g-tijd');
    expect(clusterOf('t2')?.id).toBe('g-tijd');
    expect(clusterOf('c1')).not.toBe(clusterOf('t1'));
  });

  it('says who shaped each cluster', () => {
    expect(clusterOf('c1')?.origin).toBe('facilitator');
    expect(clusterOf('x1')?.origin).toBe('engine');
  });

  it('suggests new notes to the group they fit', () => {
    expect(clusterOf('t3')?.id).toBe('g-tijd');
    expect(clusterOf('c4')?.id).toBe('g-coach');
    expect(clusterOf('x1')?.noteIds).toEqual(['x1']);
  });
});

describe('crowd sorts', () => {
  // Text alone cannot know that this room sees "parkeerplaats" as part of the veilige-school theme;
  // several phones say so, one disagrees.
  const sorts = [
    [['x1', 'v1', 'v2'], ['t1']],
    [['x1', 'v3'], ['c1', 'c2']],
    [['v2', 'x1'], ['t4']],
    [['x1'], ['v1']],
  ];
  it('moves notes to where the room put them, noisy sorts included', () => {
    const without = synthesize({ prompt: PROMPT, notes: NOTES });
    const withSorts = synthesize({ prompt: PROMPT, notes: NOTES, sorts });
    const clusterOf = (r: typeof without, id: string) => r.clusters.find((c) => c.noteIds.includes(id));
    expect(clusterOf(without, 'x1')).not.toBe(clusterOf(without, 'v1'));
    expect(clusterOf(withSorts, 'x1')).toBe(clusterOf(withSorts, 'v1'));
    expect(clusterOf(withSorts, 'x1')?.origin).toBe('room');
  });
  it('splits what the room keeps apart and text would join', () => {
    const apart = [[['t1'], ['t2']], [['t1'], ['t2']], [['t2'], ['t1']]];
    const r = synthesize({ prompt: PROMPT, notes: NOTES, sorts: apart });
    const clusterOf = (id: string) => r.clusters.find((c) => c.noteIds.includes(id));
    expect(clusterOf('t1')).not.toBe(clusterOf('t2'));
  });
  it('ignores unknown ids in sorts', () => {
    expect(() => synthesize({ prompt: PROMPT, notes: NOTES, sorts: [[['nope', 't1'], ['zz']]] })).not.toThrow();
  });
});
