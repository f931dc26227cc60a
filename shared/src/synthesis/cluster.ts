// From a similarity matrix to clusters, respecting the facilitator's groups: each group enters
// as one pre-merged item that may absorb new notes but never meets another group.
import { averageLinkage, cutTree, FORBIDDEN } from './linkage.ts';
import type { SimilarityMatrix } from './similarity.ts';

/** Average-linkage similarity above which notes are put together. Found on the language, see bench. */
export const MERGE_THRESHOLD = 0.18;

export type ClusterOptions = {
  threshold?: number;
  /** Per note, the facilitator's group id or undefined for a free note. */
  fixedGroupOf?: readonly (string | undefined)[];
};

/** Cluster index per note (indices are arbitrary but deterministic). */
export function clusterMatrix(matrix: SimilarityMatrix, options: ClusterOptions = {}): Int32Array {
  const n = matrix.size;
  const threshold = options.threshold ?? MERGE_THRESHOLD;
  // Items: one per facilitator group (in group-id order), then one per free note.
  const groupIds = [...new Set((options.fixedGroupOf ?? []).filter((g): g is string => g !== undefined))].sort();
  const groupIndex = new Map(groupIds.map((g, i) => [g, i]));
  const itemOf = new Int32Array(n);
  const members: number[][] = groupIds.map(() => []);
  for (let i = 0; i < n; i++) {
    const group = options.fixedGroupOf?.[i];
    const gi = group === undefined ? undefined : groupIndex.get(group);
    if (gi !== undefined) {
      itemOf[i] = gi;
      members[gi]?.push(i);
    } else {
      itemOf[i] = members.length;
      members.push([i]);
    }
  }
  const m = members.length;
  // Without groups every item is one note and the note matrix is the item matrix.
  const items = groupIds.length === 0 ? Float32Array.from(matrix.values) : new Float32Array(m * m);
  for (let a = 0; groupIds.length > 0 && a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      let value: number;
      if (a < groupIds.length && b < groupIds.length) value = FORBIDDEN;
      else {
        let sum = 0;
        const left = members[a] ?? [];
        const right = members[b] ?? [];
        for (const i of left) for (const j of right) sum += matrix.values[i * n + j] ?? 0;
        value = sum / (left.length * right.length || 1);
      }
      items[a * m + b] = value;
      items[b * m + a] = value;
    }
  }
  const merges = averageLinkage(
    items,
    m,
    members.map((list) => list.length),
  );
  const itemCluster = cutTree(merges, m, threshold);
  return Int32Array.from({ length: n }, (_, i) => itemCluster[itemOf[i] ?? 0] ?? 0);
}
