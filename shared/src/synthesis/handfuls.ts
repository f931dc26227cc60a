// Which notes each phone gets to sort in a `group` step. Two aims pull together: every note must
// be seen several times (so one careless sort cannot decide its fate), and the sorts should
// settle what the text cannot. So each handful starts from the least-seen, least-certain note and
// adds its closest rivals — notes the engine half-connects to it — plus a few from elsewhere, so
// the phone decides real borderline cases rather than obvious ones.
import { analyzeNotes, type SynthesisOptions } from './synthesize.ts';
import { seededRandom } from './random.ts';
import { similarityAt, type SimilarityMatrix } from './similarity.ts';
import type { SynthesisInput } from './types.ts';

export type HandfulOptions = {
  /** How many handfuls to make (one per phone). */
  phones: number;
  /** Notes per handful (about 8 fit on a phone and take a minute). */
  size?: number;
  /** Same seed, same handfuls. */
  seed?: number;
};

/** How unsure the engine is about a note: 1 when its best links are weak or split between two clusters. */
export function noteUncertainty(matrix: SimilarityMatrix, clusterOf: Int32Array): Float64Array {
  const n = matrix.size;
  const uncertainty = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const affinity = new Map<number, { sum: number; count: number }>();
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const cluster = clusterOf[j] ?? 0;
      const entry = affinity.get(cluster) ?? { sum: 0, count: 0 };
      entry.sum += similarityAt(matrix, i, j);
      entry.count++;
      affinity.set(cluster, entry);
    }
    const means = [...affinity.values()].map((e) => e.sum / e.count).sort((a, b) => b - a);
    const margin = (means[0] ?? 0) - (means[1] ?? 0);
    uncertainty[i] = 1 / (1 + 10 * Math.max(0, margin));
  }
  return uncertainty;
}

/**
 * Picks handfuls of note ids for phones to sort.
 * Example: `pickSortHandfuls({ prompt, notes }, { phones: 30, size: 8, seed: 1 })` → 30 lists of 8 ids.
 */
export function pickSortHandfuls(input: SynthesisInput, options: HandfulOptions, synthesis: SynthesisOptions = {}): string[][] {
  const { notes, matrix, clusterOf } = analyzeNotes(input, synthesis);
  const n = notes.length;
  const size = Math.min(options.size ?? 8, n);
  if (n === 0 || size === 0) return [];
  const random = seededRandom(options.seed ?? 1);
  const uncertainty = noteUncertainty(matrix, clusterOf);
  const seen = new Float64Array(n);
  // A little seeded jitter breaks ties so identical-looking notes take turns.
  const jitter = (): number => random() * 0.01;
  const handfuls: string[][] = [];

  for (let phone = 0; phone < options.phones; phone++) {
    const chosen: number[] = [];
    const taken = new Uint8Array(n);
    const take = (i: number): void => {
      chosen.push(i);
      taken[i] = 1;
      seen[i] = (seen[i] ?? 0) + 1;
    };
    // Seed: least seen, then least certain.
    let seed = -1;
    let seedScore = Infinity;
    for (let i = 0; i < n; i++) {
      const score = (seen[i] ?? 0) - (uncertainty[i] ?? 0) * 0.5 + jitter();
      if (score < seedScore) [seed, seedScore] = [i, score];
    }
    take(seed);
    // Rivals: close to what is in the handful already, yet not seen too often.
    const rivals = Math.ceil(size * 0.6);
    while (chosen.length < size) {
      const wantClose = chosen.length < rivals;
      let best = -1;
      let bestScore = -Infinity;
      for (let i = 0; i < n; i++) {
        if (taken[i]) continue;
        let closeness = 0;
        for (const c of chosen) closeness += similarityAt(matrix, i, c);
        closeness /= chosen.length;
        const score = (wantClose ? closeness : 0) + 0.3 * (uncertainty[i] ?? 0) - 0.25 * (seen[i] ?? 0) + jitter();
        if (score > bestScore) [best, bestScore] = [i, score];
      }
      if (best < 0) break;
      take(best);
    }
    handfuls.push(chosen.map((i) => notes[i]?.id ?? '').sort());
  }
  return handfuls;
}
