// Which notes each phone gets to sort in a `group` step. The room's sorts are worth most when they
// reach many different pairs of notes: a pair two phones compared tells little more than one, a
// pair nobody compared only the text can guess at. So every note is handed out as evenly as can
// be, and each handful is filled with notes that meet as many notes they were never compared with
// as possible — with a lean towards notes the text puts close, so a handful holds some pairs that
// may well belong together and a sort can say so.
import { analyzeNotes, type SynthesisOptions } from './synthesize.ts';
import { seededRandom } from './random.ts';
import { similarityAt, type SimilarityMatrix } from './similarity.ts';
import type { SynthesisInput } from './types.ts';

export type HandfulOptions = {
  /** How many handfuls to make (one per phone). */
  phones: number;
  /** Notes per handful (12 fit a phone's scrolling list and take one to two minutes; the scripts' default). */
  size?: number;
  /** Same seed, same handfuls. */
  seed?: number;
};

/** Weight of the text's closeness against meeting fresh notes (1 per fresh note, averaged). */
const CLOSENESS = 0.5;
/** Cost of each earlier time a note was handed out: evenness comes first. */
const SEEN = 1;

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
 * Picks handfuls of note ids for phones to sort; the first k handfuls are a good set for k phones.
 * Example: `pickSortHandfuls({ prompt, notes }, { phones: 30, size: 12, seed: 1 })` → 30 lists of 12 ids.
 */
export function pickSortHandfuls(input: SynthesisInput, options: HandfulOptions, synthesis: SynthesisOptions = {}): string[][] {
  const { notes, matrix } = analyzeNotes(input, synthesis);
  const n = notes.length;
  const size = Math.min(options.size ?? 12, n);
  if (n === 0 || size === 0) return [];
  const random = seededRandom(options.seed ?? 1);
  const seen = new Float64Array(n);
  /** Per note pair: did an earlier handful hold both. */
  const compared = new Uint8Array(n * n);
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
    // Start from the note handed out least.
    let start = -1;
    let startScore = Infinity;
    for (let i = 0; i < n; i++) {
      const score = (seen[i] ?? 0) + jitter();
      if (score < startScore) [start, startScore] = [i, score];
    }
    take(start);
    while (chosen.length < size) {
      let best = -1;
      let bestScore = -Infinity;
      for (let i = 0; i < n; i++) {
        if (taken[i]) continue;
        let fresh = 0;
        let closeness = 0;
        for (const c of chosen) {
          if (!compared[i * n + c]) fresh++;
          closeness += similarityAt(matrix, i, c);
        }
        const score = (fresh + CLOSENESS * closeness) / chosen.length - SEEN * (seen[i] ?? 0) + jitter();
        if (score > bestScore) [best, bestScore] = [i, score];
      }
      if (best < 0) break;
      take(best);
    }
    for (const a of chosen) for (const b of chosen) compared[a * n + b] = 1;
    handfuls.push(chosen.map((i) => notes[i]?.id ?? '').sort());
  }
  return handfuls;
}
