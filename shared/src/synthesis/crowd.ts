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

export type CrowdEvidence = {
  /** Per note pair (n × n, row-major): how many sorts put the two on one pile. */
  together: Float32Array;
  /** How many sorts kept the two on different piles. */
  apart: Float32Array;
  /**
   * The "together"s again, each worth 1/√(m − 1) for a pile of m notes. One note put on the wrong
   * pile of m makes m − 1 false pairs in one go: the pairs of a pile are not independent votes, and
   * this counting keeps one misplaced note from gluing two themes (whether it is used is learnt).
   */
  togetherDamped: Float32Array;
};

/** Counts, per pair of notes, how often sorts put them together and apart. Unknown ids are ignored. */
export function countSortEvidence(sorts: readonly Sort[], indexOf: ReadonlyMap<string, number>, n: number): CrowdEvidence {
  const together = new Float32Array(n * n);
  const apart = new Float32Array(n * n);
  const togetherDamped = new Float32Array(n * n);
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
    const pileSize = new Map<number, number>();
    for (const [, p] of seen) pileSize.set(p, (pileSize.get(p) ?? 0) + 1);
    for (let a = 0; a < seen.length; a++) {
      for (let b = a + 1; b < seen.length; b++) {
        const [i, pi] = seen[a] ?? [0, 0];
        const [j, pj] = seen[b] ?? [0, 0];
        const target = pi === pj ? together : apart;
        target[i * n + j] = (target[i * n + j] ?? 0) + 1;
        target[j * n + i] = (target[j * n + i] ?? 0) + 1;
        if (pi === pj) {
          const damped = 1 / Math.sqrt((pileSize.get(pi) ?? 2) - 1);
          togetherDamped[i * n + j] = (togetherDamped[i * n + j] ?? 0) + damped;
          togetherDamped[j * n + i] = (togetherDamped[j * n + i] ?? 0) + damped;
        }
      }
    }
  }
  return { together, apart, togetherDamped };
}

export type CrowdWeighting = {
  weight: number;
  prior: number;
  /** Weight of second-hand evidence: two notes the room put with the same third notes. */
  transitive: number;
};

export const CROWD_TRANSITIVE = 0.3;

/**
 * Text similarity plus crowd evidence, as a new matrix. Direct evidence counts for the pair the
 * phones saw; transitive evidence (cosine of the two notes' evidence rows, the note itself included)
 * reaches the many pairs no phone saw side by side.
 */
export function withCrowdEvidence(
  matrix: SimilarityMatrix,
  evidence: CrowdEvidence,
  { weight, prior, transitive }: CrowdWeighting = { weight: CROWD_WEIGHT, prior: CROWD_PRIOR, transitive: CROWD_TRANSITIVE },
): SimilarityMatrix {
  const n = matrix.size;
  const values = Float32Array.from(matrix.values);
  // Sparse evidence rows: e(i,j) in (-1, 1), shrunk towards 0 when thin; e(i,i) = 1.
  const rows: { j: number; e: number }[][] = Array.from({ length: n }, (_, i) => [{ j: i, e: 1 }]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const t = evidence.together[i * n + j] ?? 0;
      const a = evidence.apart[i * n + j] ?? 0;
      if (t + a === 0) continue;
      const e = (t - a) / (t + a + prior);
      rows[i]?.push({ j, e });
      values[i * n + j] = (values[i * n + j] ?? 0) + weight * e;
    }
  }
  if (transitive > 0) {
    const norms = rows.map((row) => Math.sqrt(row.reduce((sum, { e }) => sum + e * e, 0)) || 1);
    // One row of dot products at a time (float32, summed over k ascending as ever), and only the
    // notes a row reaches: no n × n scratch matrix to allocate and walk.
    const dots = new Float32Array(n);
    const reached = new Uint8Array(n);
    const cells: number[] = [];
    const addThrough = (i: number, k: number, eki: number): void => {
      // i and every later j both judged against k add e(k,i)·e(k,j).
      for (const { j, e: ekj } of rows[k] ?? []) {
        if (j <= i) continue;
        if (!reached[j]) {
          reached[j] = 1;
          cells.push(j);
        }
        dots[j] = (dots[j] as number) + eki * ekj;
      }
    };
    for (let i = 0; i < n; i++) {
      const row = rows[i] ?? [];
      // The row holds i itself first, then the notes judged against i in ascending order.
      for (let x = 1; x < row.length && (row[x]?.j ?? n) < i; x++) addThrough(i, row[x]?.j ?? 0, row[x]?.e ?? 0);
      addThrough(i, i, 1);
      for (let x = 1; x < row.length; x++) if ((row[x]?.j ?? 0) > i) addThrough(i, row[x]?.j ?? 0, row[x]?.e ?? 0);
      for (const j of cells) {
        const dot = dots[j] as number;
        dots[j] = 0;
        reached[j] = 0;
        if (dot === 0) continue;
        const cosine = dot / ((norms[i] ?? 1) * (norms[j] ?? 1));
        values[i * n + j] = (values[i * n + j] ?? 0) + transitive * cosine;
        values[j * n + i] = (values[j * n + i] ?? 0) + transitive * cosine;
      }
      cells.length = 0;
    }
  }
  for (let i = 0; i < n; i++) values[i * n + i] = 1;
  return { size: n, values };
}
