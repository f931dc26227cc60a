// Crowd sorts as pairwise evidence. Two notes one phone put on the same pile are probably on one
// theme; two it kept apart probably are not. A single phone errs (about one note in five lands on
// the wrong pile), so evidence is counted, shrunk towards "no idea" when thin, and added to the
// text similarity rather than replacing it. Average linkage then carries it on transitively:
// a and b together, b and c together makes a and c close without anyone seeing them side by side.
import type { SimilarityMatrix } from './similarity.ts';
import type { Sort } from './types.ts';

/** How far one unanimous pair can move the similarity (text similarities live around 0–0.6). */
export const CROWD_WEIGHT = 0.8;
/** Pseudo-observations of "no idea": one sort saying together counts for 1 / (1 + PRIOR). */
export const CROWD_PRIOR = 0.5;

export type CrowdEvidence = { together: Float32Array; apart: Float32Array };

/** Counts, per pair of notes, how often sorts put them together and apart. Unknown ids are ignored. */
export function countSortEvidence(sorts: readonly Sort[], indexOf: ReadonlyMap<string, number>, n: number): CrowdEvidence {
  const together = new Float32Array(n * n);
  const apart = new Float32Array(n * n);
  for (const sort of sorts) {
    const pileOf = new Map<number, number>();
    sort.forEach((pile, p) => {
      for (const id of pile) {
        const index = indexOf.get(id);
        // A note on two piles of one sort is a broken sort for that note: keep its first pile.
        if (index !== undefined && !pileOf.has(index)) pileOf.set(index, p);
      }
    });
    const seen = [...pileOf.entries()];
    for (let a = 0; a < seen.length; a++) {
      for (let b = a + 1; b < seen.length; b++) {
        const [i, pi] = seen[a] ?? [0, 0];
        const [j, pj] = seen[b] ?? [0, 0];
        const target = pi === pj ? together : apart;
        target[i * n + j] = (target[i * n + j] ?? 0) + 1;
        target[j * n + i] = (target[j * n + i] ?? 0) + 1;
      }
    }
  }
  return { together, apart };
}

/** Text similarity plus crowd evidence, as a new matrix. */
export function withCrowdEvidence(matrix: SimilarityMatrix, evidence: CrowdEvidence): SimilarityMatrix {
  const values = Float32Array.from(matrix.values);
  for (let k = 0; k < values.length; k++) {
    const t = evidence.together[k] ?? 0;
    const a = evidence.apart[k] ?? 0;
    if (t + a === 0) continue;
    values[k] = (values[k] ?? 0) + (CROWD_WEIGHT * (t - a)) / (t + a + CROWD_PRIOR);
  }
  for (let i = 0; i < matrix.size; i++) values[i * matrix.size + i] = 1;
  return { size: matrix.size, values };
}
