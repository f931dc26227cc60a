// Average-linkage agglomerative clustering with the nearest-neighbour-chain algorithm: O(n²) time
// on a dense matrix, and — because average linkage is reducible — the same tree as the textbook
// "merge the closest pair" loop. Ties go to the lower index, and indices follow note ids, so the
// tree never depends on the order notes arrived in.

export type Merge = { left: number; right: number; similarity: number };

/** Pairs that may never end up together (two of the facilitator's groups) carry this similarity. */
export const FORBIDDEN = -1e9;

/**
 * Builds the full merge tree. `similarity` is an n × n row-major matrix and is overwritten;
 * `sizes` gives each item's weight (a pre-made group counts as its number of notes).
 */
export function averageLinkage(similarity: Float32Array | Float64Array, n: number, sizes?: readonly number[]): Merge[] {
  const size = Float64Array.from({ length: n }, (_, i) => sizes?.[i] ?? 1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  const at = (i: number, j: number): number => similarity[i * n + j] ?? FORBIDDEN;

  while (remaining > 1) {
    if (chain.length === 0) {
      const first = active.indexOf(1);
      chain.push(first);
    }
    const a = chain[chain.length - 1] ?? 0;
    const previous = chain.length >= 2 ? (chain[chain.length - 2] ?? -1) : -1;
    let best = previous;
    let bestSimilarity = previous >= 0 ? at(a, previous) : -Infinity;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a) continue;
      const s = at(a, k);
      if (s > bestSimilarity) {
        best = k;
        bestSimilarity = s;
      }
    }
    if (best !== previous || previous < 0) {
      chain.push(best);
      continue;
    }
    chain.pop();
    chain.pop();
    const [keep, drop] = a < best ? [a, best] : [best, a];
    const total = (size[keep] ?? 1) + (size[drop] ?? 1);
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      const merged = ((size[keep] ?? 1) * at(keep, k) + (size[drop] ?? 1) * at(drop, k)) / total;
      // Once a pair is forbidden, everything merged with it stays forbidden.
      const value = at(keep, k) <= FORBIDDEN / 2 || at(drop, k) <= FORBIDDEN / 2 ? FORBIDDEN : merged;
      similarity[keep * n + k] = value;
      similarity[k * n + keep] = value;
    }
    size[keep] = total;
    active[drop] = 0;
    merges.push({ left: keep, right: drop, similarity: bestSimilarity });
    remaining--;
  }
  return merges;
}

/** Cuts the tree: items joined by merges at or above `threshold` form one cluster. Returns a cluster index per item. */
export function cutTree(merges: readonly Merge[], n: number, threshold: number): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const merge of merges) {
    if (merge.similarity >= threshold) parent[find(merge.right)] = find(merge.left);
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}
