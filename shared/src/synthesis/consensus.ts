// When the room has sorted, the room decides. Clusters grow by the room's own votes: two groups
// merge when, over all pairs of their notes some phone saw side by side, more sorts put them
// together than apart. That cut needs no number of themes: it is where the room's majority
// turns. Only where no phone ever compared two groups does the text speak, at its own threshold.
// Facilitator groups enter pre-merged and never meet each other.
import type { CrowdEvidence } from './crowd.ts';
import type { SimilarityMatrix } from './similarity.ts';

/** Net share of "together" above which two groups merge (0: a simple majority of the sorts). */
export const CONSENSUS_CUT = 0;
/** Pseudo-votes of "no idea", so one lone sort weighs less than ten that agree. */
const CONSENSUS_PRIOR = 0.5;
/** Any merge the room voted for ranks above any merge the text suggests. */
const ROOM_FIRST = 2;

export type ConsensusOptions = {
  /** Text similarity at which notes the room never compared are put together. */
  threshold: number;
  cut?: number;
  /** Per note, the facilitator's group id or undefined for a free note. */
  fixedGroupOf?: readonly (string | undefined)[];
};

/** Cluster index per note, from the room's sorts first and the text where the room was silent. */
export function crowdConsensus(text: SimilarityMatrix, evidence: CrowdEvidence, options: ConsensusOptions): Int32Array {
  const n = text.size;
  const cut = options.cut ?? CONSENSUS_CUT;
  // Items: one per facilitator group (in id order), then one per free note.
  const groupIds = [...new Set((options.fixedGroupOf ?? []).filter((g): g is string => g !== undefined))].sort();
  const groupIndex = new Map(groupIds.map((g, i) => [g, i]));
  const itemOf = Int32Array.from({ length: n }, (_, i) => {
    const group = options.fixedGroupOf?.[i];
    return group === undefined ? -1 : (groupIndex.get(group) ?? -1);
  });
  let next = groupIds.length;
  for (let i = 0; i < n; i++) if (itemOf[i] === -1) itemOf[i] = next++;
  const m = next;

  // Sums over note pairs between items: votes together, votes apart, text similarity.
  const together = new Float64Array(m * m);
  const apart = new Float64Array(m * m);
  const similar = new Float64Array(m * m);
  const size = new Float64Array(m);
  for (let i = 0; i < n; i++) size[itemOf[i] ?? 0] = (size[itemOf[i] ?? 0] ?? 0) + 1;
  for (let i = 0; i < n; i++) {
    const a = itemOf[i] ?? 0;
    for (let j = 0; j < n; j++) {
      const b = itemOf[j] ?? 0;
      if (a === b) continue;
      together[a * m + b] = (together[a * m + b] ?? 0) + (evidence.together[i * n + j] ?? 0);
      apart[a * m + b] = (apart[a * m + b] ?? 0) + (evidence.apart[i * n + j] ?? 0);
      similar[a * m + b] = (similar[a * m + b] ?? 0) + (text.values[i * n + j] ?? 0);
    }
  }

  const isGroup = (a: number): boolean => a < groupIds.length;
  const priority = (a: number, b: number): number => {
    if (isGroup(a) && isGroup(b)) return -Infinity;
    const t = together[a * m + b] ?? 0;
    const x = apart[a * m + b] ?? 0;
    if (t + x > 0) {
      const net = (t - x) / (t + x + CONSENSUS_PRIOR);
      return net > cut ? ROOM_FIRST + net : -Infinity;
    }
    const mean = (similar[a * m + b] ?? 0) / ((size[a] ?? 1) * (size[b] ?? 1));
    return mean >= options.threshold ? mean : -Infinity;
  };

  const active = new Uint8Array(m).fill(1);
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  for (;;) {
    let best = -Infinity;
    let keep = -1;
    let drop = -1;
    // Lowest indices win ties, and indices follow note ids: the outcome never depends on input order.
    for (let a = 0; a < m; a++) {
      if (!active[a]) continue;
      for (let b = a + 1; b < m; b++) {
        if (!active[b]) continue;
        const p = priority(a, b);
        if (p > best) [best, keep, drop] = [p, a, b];
      }
    }
    if (keep < 0) break;
    for (let k = 0; k < m; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      for (const table of [together, apart, similar]) {
        const sum = (table[keep * m + k] ?? 0) + (table[drop * m + k] ?? 0);
        table[keep * m + k] = sum;
        table[k * m + keep] = sum;
      }
    }
    size[keep] = (size[keep] ?? 0) + (size[drop] ?? 0);
    active[drop] = 0;
    parent[drop] = keep;
    // A group absorbs free notes and stays a group, so it still never meets another group.
  }
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  return Int32Array.from({ length: n }, (_, i) => root(itemOf[i] ?? 0));
}

/** Which notes at least one sort has seen: the crowd has spoken about them. */
export function sortedNotes(evidence: CrowdEvidence, n: number): boolean[] {
  return Array.from({ length: n }, (_, i) => {
    for (let j = 0; j < n; j++) if ((evidence.together[i * n + j] ?? 0) + (evidence.apart[i * n + j] ?? 0) > 0) return true;
    return false;
  });
}
