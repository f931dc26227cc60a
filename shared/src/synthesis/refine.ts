// Average linkage decides each merge once and never looks back, so a note that joined early can
// end up in a cluster it fits less well than another. A few rounds of "move each note to the
// cluster it is most similar to on average" repair that — the same polish k-means gives.
// Notes in the facilitator's groups never move, and a group never receives a note it rejects.
import type { SimilarityMatrix } from './similarity.ts';

const ROUNDS = 5;

/** Returns a refined copy of `clusterOf`; `locked[i]` marks notes that must stay where they are. */
export function refineAssignments(matrix: SimilarityMatrix, clusterOf: Int32Array, threshold: number, locked?: readonly boolean[]): Int32Array {
  const n = matrix.size;
  // Cluster ids made dense (0..k-1, in order of first note) so sums fit in one typed array.
  const dense = new Map<number, number>();
  const result = Int32Array.from(clusterOf, (c) => {
    if (!dense.has(c)) dense.set(c, dense.size);
    return dense.get(c) ?? 0;
  });
  const k = dense.size;
  const sizes = new Int32Array(k);
  for (const c of result) sizes[c] = (sizes[c] ?? 0) + 1;
  const sums = new Float64Array(k);
  for (let round = 0; round < ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      if (locked?.[i]) continue;
      const current = result[i] ?? 0;
      const own = (sizes[current] ?? 0) - 1;
      // Only notes that fit their cluster poorly (or stand alone) look elsewhere: a conservative
      // polish that repairs misfits without reshuffling clusters the linkage built well.
      sums.fill(0);
      const row = i * n;
      for (let j = 0; j < n; j++) if (j !== i) sums[result[j] ?? 0] = (sums[result[j] ?? 0] ?? 0) + (matrix.values[row + j] ?? 0);
      const currentMean = own > 0 ? (sums[current] ?? 0) / own : -Infinity;
      if (currentMean >= threshold) continue;
      let best = current;
      let bestMean = Math.max(currentMean, threshold);
      // Lowest cluster index wins ties, so the outcome is the same every run.
      for (let c = 0; c < k; c++) {
        if (c === current || (sizes[c] ?? 0) === 0) continue;
        const mean = (sums[c] ?? 0) / (sizes[c] ?? 1);
        if (mean > bestMean + 1e-6) [best, bestMean] = [c, mean];
      }
      if (best !== current) {
        sizes[current] = own;
        sizes[best] = (sizes[best] ?? 0) + 1;
        result[i] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
  return result;
}
