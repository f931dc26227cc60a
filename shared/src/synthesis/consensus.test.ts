import { describe, expect, it } from 'vitest';
import { comparisonsPerPair, crowdConsensus, TEXT_CAP } from './consensus.ts';
import { seededRandom } from './random.ts';
import { countSortEvidence } from './crowd.ts';
import type { SimilarityMatrix } from './similarity.ts';

const ids = ['a', 'b', 'c', 'd', 'e'];
const indexOf = new Map(ids.map((id, i) => [id, i]));
/** Text that says a~b strongly and nothing else, except d~e. */
function text(): SimilarityMatrix {
  const n = ids.length;
  const values = new Float32Array(n * n);
  for (let i = 0; i < n; i++) values[i * n + i] = 1;
  const set = (i: number, j: number, v: number) => ((values[i * n + j] = v), (values[j * n + i] = v));
  set(0, 1, 0.9);
  set(3, 4, 0.5);
  return { size: n, values };
}
const together = (clusterOf: Int32Array, x: string, y: string) => clusterOf[indexOf.get(x) ?? 0] === clusterOf[indexOf.get(y) ?? 0];

describe('crowdConsensus', () => {
  it('follows the majority of the sorts over the text, and the text only where no sort compared', () => {
    const sorts = [
      [['a', 'c'], ['b']],
      [['a', 'c'], ['b']],
      [['a', 'b', 'c']],
    ];
    const clusterOf = crowdConsensus(text(), countSortEvidence(sorts, indexOf, ids.length), { threshold: 0.3, togetherWeight: 1, textLean: 1, cut: 0 });
    expect(together(clusterOf, 'a', 'c')).toBe(true); // three sorts said so, no text needed
    expect(together(clusterOf, 'a', 'b')).toBe(false); // two of three sorts kept them apart, whatever the text says
    expect(together(clusterOf, 'd', 'e')).toBe(true); // no sort saw them: the text decides
  });

  it('lets the text tip a pair the room split evenly', () => {
    // One sort put a and b together, one kept them apart; the text says a~b strongly.
    const sorts = [[['a', 'b']], [['a'], ['b']]];
    const clusterOf = crowdConsensus(text(), countSortEvidence(sorts, indexOf, ids.length), { threshold: 0.3, togetherWeight: 1 });
    expect(together(clusterOf, 'a', 'b')).toBe(true);
    const noLean = crowdConsensus(text(), countSortEvidence(sorts, indexOf, ids.length), { threshold: 0.3, togetherWeight: 1, textLean: 0, cut: 0 });
    expect(together(noLean, 'a', 'b')).toBe(false);
  });

  it('keeps apart a pair one phone kept apart, however alike the two read; the text decides only where no phone spoke', () => {
    // a and b read the same (similarity 1, far above the threshold), and the text leans hard.
    const twins = text();
    twins.values[0 * 5 + 1] = 1;
    twins.values[1 * 5 + 0] = 1;
    const sorts = [[['a'], ['b']]];
    const clusterOf = crowdConsensus(twins, countSortEvidence(sorts, indexOf, ids.length), { threshold: 0.3, textLean: 8, cut: 0 });
    expect(together(clusterOf, 'a', 'b')).toBe(false);
    // d and e no phone saw: their text (0.5, above the threshold) puts them together.
    expect(together(clusterOf, 'd', 'e')).toBe(true);
  });

  it('lets a note no phone sorted follow its text, and nothing else', () => {
    // a, b, c sorted onto one pile twice; d and e never sorted. e reads like a, b and c; d like nothing.
    const n = ids.length;
    const values = new Float32Array(n * n);
    for (let i = 0; i < n; i++) values[i * n + i] = 1;
    for (const i of [0, 1, 2]) {
      values[i * n + 4] = 0.6;
      values[4 * n + i] = 0.6;
    }
    const sorts = [[['a', 'b', 'c']], [['a', 'b', 'c']]];
    const clusterOf = crowdConsensus({ size: n, values }, countSortEvidence(sorts, indexOf, n), { threshold: 0.3, textLean: 2, cut: 0 });
    expect(together(clusterOf, 'a', 'e')).toBe(true);
    expect(together(clusterOf, 'c', 'e')).toBe(true);
    expect(together(clusterOf, 'a', 'd')).toBe(false);
  });

  it('counts the pairs of a big pile as fewer votes, so one phone that put a note on it does not outvote two that kept it off', () => {
    // One phone put e on the pile of a–d; two phones kept e apart from a–d, which they put together.
    const sorts = [[['a', 'b', 'c', 'd', 'e']], [['e'], ['a', 'b', 'c', 'd']], [['e'], ['a', 'b', 'c', 'd']]];
    const evidence = countSortEvidence(sorts, indexOf, ids.length);
    // A pile of five: each of its pairs is worth 1/√4; a pile of four, 1/√3.
    expect(evidence.together[4 * 5 + 0]).toBe(1);
    expect(evidence.togetherDamped[4 * 5 + 0]).toBeCloseTo(0.5, 6);
    expect(evidence.togetherDamped[0 * 5 + 1]).toBeCloseTo(0.5 + 2 / Math.sqrt(3), 6);
    const neutral = { threshold: 0, textLean: 0, cut: 0, togetherWeight: 3 };
    const counted = crowdConsensus(text(), evidence, { ...neutral, dampPiles: false });
    expect(together(counted, 'a', 'e')).toBe(true); // 3 · 1 − 2 per pair
    const damped = crowdConsensus(text(), evidence, { ...neutral, dampPiles: true });
    expect(together(damped, 'a', 'e')).toBe(false); // 3 · ½ − 2 per pair
    expect(together(damped, 'a', 'd')).toBe(true);
  });

  it('never joins two of the facilitator groups, however the room voted', () => {
    const sorts = [[['a', 'c']], [['a', 'c']]];
    const clusterOf = crowdConsensus(text(), countSortEvidence(sorts, indexOf, ids.length), { threshold: 0.3, fixedGroupOf: ['g1', undefined, 'g2', undefined, undefined] });
    expect(together(clusterOf, 'a', 'c')).toBe(false);
  });

  it('carries votes transitively: a~b and b~c join a and c that no phone saw side by side', () => {
    const sorts = [[['a', 'b']], [['a', 'b']], [['b', 'c']], [['b', 'c']]];
    // The text leans against every pair here (all below the threshold), at one vote per unit.
    const clusterOf = crowdConsensus(text(), countSortEvidence(sorts, indexOf, ids.length), { threshold: 0.95, textLean: 1 });
    expect(together(clusterOf, 'a', 'c')).toBe(true);
  });

  it('stops merging where the score between groups turns negative, with no number of themes given', () => {
    // a,b together and c,d together, twice each; one sort keeps b and c apart: two clusters, not one.
    const sorts = [[['a', 'b']], [['a', 'b']], [['c', 'd']], [['c', 'd']], [['b'], ['c']]];
    const clusterOf = crowdConsensus(text(), countSortEvidence(sorts, indexOf, ids.length), { threshold: 0.95, textLean: 1 });
    expect(together(clusterOf, 'a', 'b')).toBe(true);
    expect(together(clusterOf, 'c', 'd')).toBe(true);
    expect(together(clusterOf, 'b', 'c')).toBe(false);
  });

  it('counts a sort that put a pair together for more than one that kept it apart', () => {
    // c and d: one sort together, two apart; the text is neutral about them (similarity at the threshold).
    const sorts = [[['c', 'd']], [['c'], ['d']], [['c'], ['d']]];
    const neutral = { threshold: 0, textLean: 0, cut: 0 };
    const evidence = countSortEvidence(sorts, indexOf, ids.length);
    expect(together(crowdConsensus(text(), evidence, { ...neutral, togetherWeight: 1 }), 'c', 'd')).toBe(false);
    expect(together(crowdConsensus(text(), evidence, { ...neutral, togetherWeight: 3 }), 'c', 'd')).toBe(true);
  });

  it('leaves no free note where another cluster, or standing alone, scores higher for it', () => {
    // A noisy room of 12 notes in three themes: every note ends where the sum of its scores is best.
    const n = 12;
    const noteIds = Array.from({ length: n }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const index = new Map(noteIds.map((id, i) => [id, i]));
    const random = seededRandom(6);
    const sorts = Array.from({ length: 14 }, () => {
      const handful = noteIds.filter(() => random() < 0.5);
      const piles = new Map<number, string[]>();
      for (const id of handful) {
        const theme = random() < 0.75 ? (index.get(id) ?? 0) % 3 : Math.floor(random() * 3);
        piles.set(theme, [...(piles.get(theme) ?? []), id]);
      }
      return [...piles.values()];
    });
    const values = new Float32Array(n * n).map(() => random() * 0.4);
    const matrix = { size: n, values };
    const evidence = countSortEvidence(sorts, index, n);
    const options = { threshold: 0.2, togetherWeight: 2, textLean: 3, cut: -0.3, dampPiles: true };
    const clusterOf = crowdConsensus(matrix, evidence, options);
    const prior = 0.3 * comparisonsPerPair(evidence, n);
    const textTerm = (i: number, j: number) => Math.max(-TEXT_CAP, Math.min(TEXT_CAP, 3 * ((values[i * n + j] ?? 0) - 0.2)));
    const score = (i: number, j: number) => 2 * (evidence.togetherDamped[i * n + j] ?? 0) - (evidence.apart[i * n + j] ?? 0) + textTerm(i, j) + prior;
    for (let i = 0; i < n; i++) {
      const sums = new Map<number, number>();
      for (let j = 0; j < n; j++) if (j !== i) sums.set(clusterOf[j] ?? 0, (sums.get(clusterOf[j] ?? 0) ?? 0) + score(i, j));
      const own = sums.get(clusterOf[i] ?? 0) ?? 0;
      expect(own).toBeGreaterThanOrEqual(-1e-6);
      for (const sum of sums.values()) expect(sum).toBeLessThanOrEqual(own + 1e-6);
    }
    expect(new Set(clusterOf).size).toBeGreaterThan(1);
  });
});
