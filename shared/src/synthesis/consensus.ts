// When the room has sorted, the room decides. Each note pair gets a score: the sorts that put the
// two together, each worth more than one that kept them apart (a phone that errs splits a theme
// far more often than it joins two), plus the text's lean (its similarity above or below the
// threshold, held within half a vote: it decides where no phone compared the pair, and elsewhere
// tips only a pair the room left within half a vote of even), plus a prior per pair that
// grows with how often the room compared an average pair. A clustering is as good as the sum of
// the scores of the pairs it puts together: clusters grow by average linkage on the scores (a and
// b together plus b and c together carries a to c) while the net score between two groups is
// positive, and then each note moves to the cluster its scores favour, or stands alone where every
// cluster scores below zero. The number of themes comes from the evidence, not from a k.
// Facilitator groups enter pre-merged and never meet each other; their notes never move.
import type { CrowdEvidence } from './crowd.ts';
import type { SimilarityMatrix } from './similarity.ts';

/**
 * Net share of the comparisons above which two groups merge: the score between them, per
 * comparison the room made of an average pair. Below 0 because a sort errs: a note on the wrong
 * pile votes its own theme apart. Learnt as bench:synth learns it in each fold, on all four dev sets.
 */
export const CONSENSUS_CUT = -0.3;
/** How many votes a pair gets per unit of text similarity above the threshold (learnt alike). */
export const TEXT_LEAN = 2;
/** What one "together" is worth against one "apart" (learnt alike). */
export const TOGETHER_WEIGHT = 4;
/** Whether a pile's "together"s are damped by its size (`CrowdEvidence.togetherDamped`; learnt alike). */
export const DAMP_PILES = true;
/**
 * The most the text adds to or takes from a pair, in "apart" votes: half of one. However similar
 * two notes read, the text cannot outweigh one phone that kept them apart; it decides where no
 * phone compared them, and tips a pair only where the room's votes and prior nearly cancel out.
 */
export const TEXT_CAP = 0.5;
/**
 * Rounds of moving notes to the cluster their scores favour after the merging: the first moves
 * most of them (on 1,000 notes, about 160, then 36, then a handful that swap back and forth), and
 * a third round changed no figure of the bench.
 */
const MOVE_ROUNDS = 2;

export type ConsensusOptions = {
  /** Text similarity at which notes the room never compared are put together. */
  threshold: number;
  /** Net share of the comparisons at which merging stops (default CONSENSUS_CUT). */
  cut?: number;
  /** Votes per unit of text similarity (default TEXT_LEAN). */
  textLean?: number;
  /** Worth of one sort that put a pair together, against one that kept it apart (default TOGETHER_WEIGHT). */
  togetherWeight?: number;
  /** Count a pile's "together"s damped by its size (default DAMP_PILES). */
  dampPiles?: boolean;
  /** Per note, the facilitator's group id or undefined for a free note. */
  fixedGroupOf?: readonly (string | undefined)[];
};

/** Cluster index per note, from the room's sorts first and the text where the room was silent. */
export function crowdConsensus(text: SimilarityMatrix, evidence: CrowdEvidence, options: ConsensusOptions): Int32Array {
  const n = text.size;
  const score = pairScores(text, evidence, options);
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

  // Per note pair one score, summed per pair of items and averaged over all their note pairs, so
  // a pair nobody compared counts as what the text says rather than vanishing from the average.
  // Without facilitator groups every item is one note and the sums are the scores themselves.
  const size = new Float64Array(m);
  for (let i = 0; i < n; i++) size[itemOf[i] ?? 0] = (size[itemOf[i] ?? 0] ?? 0) + 1;
  const net = new Float64Array(m * m);
  if (groupIds.length === 0) {
    net.set(score);
  } else {
    for (let i = 0; i < n; i++) {
      const a = itemOf[i] as number;
      const row = a * m;
      for (let j = 0, cell = i * n; j < n; j++, cell++) {
        const b = itemOf[j] as number;
        if (a !== b) net[row + b] = (net[row + b] as number) + (score[cell] as number);
      }
    }
  }

  const rootOf = mergeByAverageVote(net, size, m, groupIds.length, 0);
  const clusterOf = Int32Array.from({ length: n }, (_, i) => rootOf[itemOf[i] as number] as number);
  const locked = Array.from({ length: n }, (_, i) => (itemOf[i] as number) < groupIds.length);
  return moveToFavouredCluster(n, score, clusterOf, locked);
}

/**
 * The score of every note pair (n × n, row-major): `weight · together − apart + text + prior`, so
 * that a positive score means "rather together". The text term is `lean · (similarity − threshold)`
 * held within ±TEXT_CAP; the prior scales with how often the room compared each pair (the more it
 * said, the more a missing "together" means).
 */
export function pairScores(text: SimilarityMatrix, evidence: CrowdEvidence, options: ConsensusOptions): Float32Array {
  const n = text.size;
  const prior = -(options.cut ?? CONSENSUS_CUT) * comparisonsPerPair(evidence, n);
  const lean = options.textLean ?? TEXT_LEAN;
  const weight = options.togetherWeight ?? TOGETHER_WEIGHT;
  const together = (options.dampPiles ?? DAMP_PILES) ? evidence.togetherDamped : evidence.together;
  const { apart } = evidence;
  const similarity = text.values;
  const leanOffset = -lean * options.threshold;
  const score = new Float32Array(n * n);
  for (let cell = 0; cell < n * n; cell++) {
    const leaning = lean * (similarity[cell] as number) + leanOffset;
    const textTerm = leaning > TEXT_CAP ? TEXT_CAP : leaning < -TEXT_CAP ? -TEXT_CAP : leaning;
    score[cell] = weight * (together[cell] as number) - (apart[cell] as number) + textTerm + prior;
  }
  return score;
}

/**
 * Average linkage decides each merge once; a note that joined early may fit another cluster
 * better. Each free note moves to the cluster with the highest summed score over its notes (the
 * cluster met first on ties), or stands alone where every cluster sums below zero; in rounds, until
 * nothing moves or MOVE_ROUNDS are done.
 */
function moveToFavouredCluster(n: number, score: Float32Array, clusterOf: Int32Array, locked: readonly boolean[]): Int32Array {
  // Cluster ids stay below 2n: merged clusters keep an item index, a note alone takes n + itself.
  const sums = new Float64Array(2 * n);
  const met = new Uint8Array(2 * n);
  const touched: number[] = [];
  for (let round = 0; round < MOVE_ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      if (locked[i]) continue;
      const own = clusterOf[i] as number;
      for (let j = 0, cell = i * n; j < n; j++, cell++) {
        if (j === i) continue;
        const c = clusterOf[j] as number;
        if (!met[c]) {
          met[c] = 1;
          touched.push(c);
        }
        sums[c] = (sums[c] as number) + (score[cell] as number);
      }
      // Alone, a note scores 0; clusters are met in note order, so ties go the same way every time.
      let best = own;
      let bestSum = met[own] ? (sums[own] as number) : 0;
      for (const c of touched) {
        if (c !== own && (sums[c] as number) > bestSum + 1e-9) [best, bestSum] = [c, sums[c] as number];
      }
      // Every cluster, its own included, scores below zero: the note is better alone.
      if (bestSum < 0) best = n + i;
      for (const c of touched) {
        sums[c] = 0;
        met[c] = 0;
      }
      touched.length = 0;
      if (best !== own) {
        clusterOf[i] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
  return clusterOf;
}

/**
 * Greedy average linkage on net votes: merges the pair of items with the highest average vote
 * above `cut` until no pair is left; the first `groups` items never meet each other. `net` (m × m,
 * symmetric) and `size` are overwritten. Returns per item the item it ended up in.
 */
function mergeByAverageVote(net: Float64Array, size: Float64Array, m: number, groups: number, cut: number): Int32Array {
  const rootOf = Int32Array.from({ length: m }, (_, i) => i);
  let dim = m;
  let alive = m;
  /** Position → item: merged-away items are squeezed out now and then, keeping the order. */
  let itemAt = Int32Array.from({ length: m }, (_, i) => i);
  let active = new Uint8Array(m).fill(1);
  // Each item remembers its best partner, so a merge rescans only the items it touched.
  let partner = new Int32Array(m).fill(-1);
  let partnerScore = new Float64Array(m).fill(-Infinity);

  const rescan = (a: number): void => {
    // Lowest index wins ties, and indices follow note ids: the outcome never depends on input order.
    // The average vote is written out in the loop: this scan is where merging spends its time.
    let best = -1;
    let bestScore = -Infinity;
    const row = a * dim;
    const sizeA = size[a] as number;
    const groupA = a < groups;
    for (let b = 0; b < dim; b++) {
      if (b === a || !active[b] || (groupA && b < groups)) continue;
      const mean = (net[row + b] as number) / (sizeA * (size[b] as number));
      if (mean > cut && mean > bestScore) {
        best = b;
        bestScore = mean;
      }
    }
    partner[a] = best;
    partnerScore[a] = bestScore;
  };
  /** The average vote of a and b read from a's row, or -Infinity where they may not merge. */
  const priority = (a: number, b: number): number => {
    if (a < groups && b < groups) return -Infinity;
    const mean = (net[a * dim + b] as number) / ((size[a] as number) * (size[b] as number));
    return mean > cut ? mean : -Infinity;
  };
  // Once half the positions hold merged-away items, the rest move up (order kept, so every tie
  // still goes the same way): the scans shrink with the number of items left. Groups are never
  // merged away (a merge keeps the lower index), so they stay the first `groups` positions.
  const compact = (): void => {
    const newPosition = new Int32Array(dim).fill(-1);
    const kept: number[] = [];
    for (let a = 0; a < dim; a++) if (active[a]) newPosition[a] = kept.push(a) - 1;
    const d = kept.length;
    const nextNet = new Float64Array(d * d);
    for (let x = 0; x < d; x++) {
      const row = (kept[x] as number) * dim;
      for (let y = 0; y < d; y++) nextNet[x * d + y] = net[row + (kept[y] as number)] as number;
    }
    net = nextNet;
    size = Float64Array.from(kept, (a) => size[a] as number);
    itemAt = Int32Array.from(kept, (a) => itemAt[a] as number);
    partner = Int32Array.from(kept, (a) => ((partner[a] as number) < 0 ? -1 : (newPosition[partner[a] as number] as number)));
    partnerScore = Float64Array.from(kept, (a) => partnerScore[a] as number);
    active = new Uint8Array(d).fill(1);
    dim = d;
  };

  for (let a = 0; a < dim; a++) rescan(a);
  for (;;) {
    if (dim >= 64 && alive * 2 <= dim) compact();
    let first = -1;
    let firstScore = -Infinity;
    for (let a = 0; a < dim; a++) {
      if (active[a] && (partnerScore[a] as number) > firstScore) {
        first = a;
        firstScore = partnerScore[a] as number;
      }
    }
    if (first < 0) break;
    const other = partner[first] as number;
    const keep = Math.min(first, other);
    const drop = Math.max(first, other);
    size[keep] = (size[keep] as number) + (size[drop] as number);
    active[drop] = 0;
    alive--;
    rootOf[itemAt[drop] as number] = itemAt[keep] as number;
    // One pass: the merged item's votes, then each other item's partner. Row k changes only at
    // keep (written first) and drop (now inactive), so a rescan of k here sees the merge whole.
    // A group absorbs free notes and stays a group (keep is the lower index), so it still never
    // meets another group.
    for (let k = 0; k < dim; k++) {
      if (!active[k] || k === keep) continue;
      const sum = (net[keep * dim + k] as number) + (net[drop * dim + k] as number);
      net[keep * dim + k] = sum;
      net[k * dim + keep] = sum;
      if (partner[k] === keep || partner[k] === drop) rescan(k);
      else {
        const p = priority(keep, k);
        if (p > (partnerScore[k] as number) || (p === partnerScore[k] && keep < (partner[k] as number))) {
          partner[k] = keep;
          partnerScore[k] = p;
        }
      }
    }
    rescan(keep);
  }
  // rootOf points each merged-away item at the item it joined; follow the chain to the end.
  const root = (i: number): number => {
    while (rootOf[i] !== i) i = rootOf[i] as number;
    return i;
  };
  return Int32Array.from({ length: m }, (_, i) => root(i));
}

/** Which notes at least one sort has seen: the crowd has spoken about them. */
export function sortedNotes(evidence: CrowdEvidence, n: number): boolean[] {
  return Array.from({ length: n }, (_, i) => {
    for (let j = 0; j < n; j++) if ((evidence.together[i * n + j] ?? 0) + (evidence.apart[i * n + j] ?? 0) > 0) return true;
    return false;
  });
}

/** How often the room compared a pair of notes, on average over all pairs. */
export function comparisonsPerPair(evidence: CrowdEvidence, n: number): number {
  if (n < 2) return 0;
  let total = 0;
  for (let cell = 0; cell < n * n; cell++) total += (evidence.together[cell] as number) + (evidence.apart[cell] as number);
  return total / (n * (n - 1));
}
