// All pairwise cosine similarities at once through an inverted index: a note only meets the notes
// it shares a feature with, which keeps 1,000 notes well inside the time budget.
import type { SparseVector } from './vectors.ts';

/** Dense symmetric similarity matrix (row-major, n × n), diagonal 1. */
export type SimilarityMatrix = { size: number; values: Float32Array };

export const similarityAt = (matrix: SimilarityMatrix, i: number, j: number): number => matrix.values[i * matrix.size + j] ?? 0;

export function cosineMatrix(vectors: readonly SparseVector[]): SimilarityMatrix {
  const n = vectors.length;
  const values = new Float32Array(n * n);
  const postings = new Map<number, { note: number; weight: number }[]>();
  vectors.forEach((vector, note) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k] ?? 0;
      const weight = vector.weights[k] ?? 0;
      const list = postings.get(id);
      if (list) list.push({ note, weight });
      else postings.set(id, [{ note, weight }]);
    }
  });
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const first = list[a];
      if (!first) continue;
      const row = first.note * n;
      for (let b = a + 1; b < list.length; b++) {
        const second = list[b];
        if (!second) continue;
        values[row + second.note] = (values[row + second.note] ?? 0) + first.weight * second.weight;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) values[j * n + i] = values[i * n + j] ?? 0;
  }
  return { size: n, values };
}
