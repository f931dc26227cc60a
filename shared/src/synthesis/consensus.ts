// When the room has sorted, the room decides. Each note pair gets a net vote: sorts that put the
// two together minus sorts that kept them apart; a pair no phone compared gets only the text's
// lean. Clusters grow by average linkage on those votes, averaged over all note pairs, so a and b
// together plus b and c together carries a to c. Merging stops where the average net vote turns
// negative: the number of themes comes from the evidence, not from a k. Facilitator groups enter
// pre-merged and never meet each other.
import type { CrowdEvidence } from './crowd.ts';
import type { SimilarityMatrix } from './similarity.ts';

/** Net share of "together" above which two groups merge (0: a simple majority of the sorts). */
export const CONSENSUS_CUT = 0;
/** How many votes a pair nobody compared gets per unit of text similarity above the threshold. */
export const TEXT_LEAN = 1;

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

  // Per note pair one net vote: sorts together minus sorts apart where some phone compared them,
  // else the text's lean (its similarity above or below the threshold), weighed lightly. Summed
  // per pair of items and averaged over all their note pairs, as plain vote counting does, so a
  // pair nobody compared counts as "no idea" rather than vanishing from the average.
  const net = new Float64Array(m * m);
  const size = new Float64Array(m);
  for (let i = 0; i < n; i++) size[itemOf[i] ?? 0] = (size[itemOf[i] ?? 0] ?? 0) + 1;
  for (let i = 0; i < n; i++) {
    const a = itemOf[i] ?? 0;
    for (let j = 0; j < n; j++) {
      const b = itemOf[j] ?? 0;
      if (a === b) continue;
      const t = evidence.together[i * n + j] ?? 0;
      const x = evidence.apart[i * n + j] ?? 0;
      const vote = t + x > 0 ? t - x : TEXT_LEAN * ((text.values[i * n + j] ?? 0) - options.threshold);
      net[a * m + b] = (net[a * m + b] ?? 0) + vote;
    }
  }

  const isGroup = (a: number): boolean => a < groupIds.length;
  const priority = (a: number, b: number): number => {
    if (isGroup(a) && isGroup(b)) return -Infinity;
    const mean = (net[a * m + b] ?? 0) / ((size[a] ?? 1) * (size[b] ?? 1));
    return mean > cut ? mean : -Infinity;
  };

  const active = new Uint8Array(m).fill(1);
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  // Each item remembers its best partner, so a merge rescans only the rows it touched rather than
  // all pairs: 1,000 sorted notes stay well under a second on an old laptop.
  const partner = new Int32Array(m).fill(-1);
  const partnerScore = new Float64Array(m).fill(-Infinity);
  const rescan = (a: number): void => {
    partner[a] = -1;
    partnerScore[a] = -Infinity;
    // Lowest index wins ties, and indices follow note ids: the outcome never depends on input order.
    for (let b = 0; b < m; b++) {
      if (b === a || !active[b]) continue;
      const p = priority(a, b);
      if (p > (partnerScore[a] ?? -Infinity)) [partner[a], partnerScore[a]] = [b, p];
    }
  };
  for (let a = 0; a < m; a++) rescan(a);
  for (;;) {
    let first = -1;
    for (let a = 0; a < m; a++) if (active[a] && (partnerScore[a] ?? -Infinity) > (first < 0 ? -Infinity : (partnerScore[first] ?? -Infinity))) first = a;
    if (first < 0) break;
    const other = partner[first] ?? -1;
    const keep = Math.min(first, other);
    const drop = Math.max(first, other);
    for (let k = 0; k < m; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      const sum = (net[keep * m + k] ?? 0) + (net[drop * m + k] ?? 0);
      net[keep * m + k] = sum;
      net[k * m + keep] = sum;
    }
    size[keep] = (size[keep] ?? 0) + (size[drop] ?? 0);
    active[drop] = 0;
    parent[drop] = keep;
    // A group absorbs free notes and stays a group, so it still never meets another group.
    rescan(keep);
    for (let k = 0; k < m; k++) {
      if (!active[k] || k === keep) continue;
      if (partner[k] === keep || partner[k] === drop) rescan(k);
      else {
        const p = priority(k, keep);
        if (p > (partnerScore[k] ?? -Infinity) || (p === partnerScore[k] && keep < (partner[k] ?? m))) [partner[k], partnerScore[k]] = [keep, p];
      }
    }
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
