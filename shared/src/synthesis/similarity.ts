// All pairwise cosine similarities at once through an inverted index: a note only meets the notes
// it shares a feature with, which keeps 1,000 notes well inside the time budget.
import type { SparseVector } from './vectors.ts';

/** Dense symmetric similarity matrix (row-major, n × n), diagonal 1. */
export type SimilarityMatrix = { size: number; values: Float32Array };

export const similarityAt = (matrix: SimilarityMatrix, i: number, j: number): number => matrix.values[i * matrix.size + j] ?? 0;

export function cosineMatrix(vectors: readonly SparseVector[]): SimilarityMatrix {
  const n = vectors.length;
  const values = new Float32Array(n * n);
  // Postings as flat parallel arrays: notes and weights per feature, notes ascending.
  const postingNotes = new Map<number, number[]>();
  const postingWeights = new Map<number, number[]>();
  vectors.forEach((vector, note) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k] ?? 0;
      const notes = postingNotes.get(id);
      if (notes) {
        notes.push(note);
        postingWeights.get(id)?.push(vector.weights[k] ?? 0);
      } else {
        postingNotes.set(id, [note]);
        postingWeights.set(id, [vector.weights[k] ?? 0]);
      }
    }
  });
  for (const [id, notes] of postingNotes) {
    const weights = postingWeights.get(id) ?? [];
    for (let a = 0; a < notes.length; a++) {
      const row = (notes[a] ?? 0) * n;
      const wa = weights[a] ?? 0;
      for (let b = a + 1; b < notes.length; b++) {
        const cell = row + (notes[b] ?? 0);
        values[cell] = (values[cell] ?? 0) + wa * (weights[b] ?? 0);
      }
    }
  }
  // Mirrored in square tiles: copying a row into a column one cell at a time misses the cache at
  // every step on a 1,000-note matrix.
  const TILE = 32;
  for (let i0 = 0; i0 < n; i0 += TILE) {
    for (let j0 = i0; j0 < n; j0 += TILE) {
      for (let i = i0; i < Math.min(i0 + TILE, n); i++) {
        for (let j = Math.max(j0, i + 1); j < Math.min(j0 + TILE, n); j++) values[j * n + i] = values[i * n + j] as number;
      }
    }
  }
  for (let i = 0; i < n; i++) values[i * n + i] = 1;
  return { size: n, values };
}
