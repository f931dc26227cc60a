import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, labelsOf, movesSaved, movesToReach, vMeasure } from './metrics.ts';

const truth = labelsOf([['a', 'b', 'c'], ['d', 'e'], ['f']]);

describe('clustering metrics', () => {
  it('scores identical clusterings 1 whatever the cluster names', () => {
    const same = labelsOf([['f'], ['e', 'd'], ['c', 'a', 'b']]);
    expect(adjustedRandIndex(truth, same)).toBeCloseTo(1);
    expect(vMeasure(truth, same)).toBeCloseTo(1);
    expect(movesSaved(truth, same)).toBeCloseTo(1);
  });
  it('gives the known ARI for a textbook example', () => {
    // sklearn: adjusted_rand_score([0,0,1,1], [0,0,1,2]) = 0.5714…
    expect(adjustedRandIndex(labelsOf([['1', '2'], ['3', '4']]), labelsOf([['1', '2'], ['3'], ['4']]))).toBeCloseTo(0.5714, 3);
    // sklearn: v_measure_score([0,0,1,1], [0,0,1,2]) = 0.8
    expect(vMeasure(labelsOf([['1', '2'], ['3', '4']]), labelsOf([['1', '2'], ['3'], ['4']]))).toBeCloseTo(0.8, 3);
  });
  it('scores all singletons 0 ARI and 0 moves saved', () => {
    const singletons = labelsOf(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id]));
    expect(adjustedRandIndex(truth, singletons)).toBeCloseTo(0);
    expect(movesSaved(truth, singletons)).toBe(0);
  });
  it('counts drag moves with the best one-to-one matching', () => {
    // One note (c) in the wrong cluster: one move.
    expect(movesToReach(truth, labelsOf([['a', 'b'], ['c', 'd', 'e'], ['f']]))).toBe(1);
    // Everything in one cluster: keep the biggest theme, move the other three notes.
    expect(movesToReach(truth, labelsOf([['a', 'b', 'c', 'd', 'e', 'f']]))).toBe(3);
    expect(movesSaved(truth, labelsOf([['a', 'b', 'c', 'd', 'e', 'f']]))).toBeCloseTo(0);
  });
});
