// The notes that say best what a cluster is about: those most like the rest of their cluster.
import { similarityAt, type SimilarityMatrix } from './similarity.ts';

/** Member indices ordered most typical first (highest mean similarity to the others; ties by position). */
export function rankByTypicality(members: readonly number[], matrix: SimilarityMatrix): number[] {
  const score = new Map<number, number>();
  for (const i of members) {
    let sum = 0;
    for (const j of members) if (j !== i) sum += similarityAt(matrix, i, j);
    score.set(i, members.length > 1 ? sum / (members.length - 1) : 0);
  }
  return [...members].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || a - b);
}
