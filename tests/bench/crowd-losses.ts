// `npx tsx tests/bench/crowd-losses.ts [FIRST-LAST] [FOLDER]`: the rooms where the engine's crowd
// result falls below plain vote counting told k, and what sets them apart: how many clusters each
// found, notes no phone sorted, what the engine scores without any text, and what vote counting
// scores told the engine's k instead of the true one. Seeds 1–10 are the bench's scored rooms: read
// them to understand a loss, and weigh a change on other seeds (the default here is 21–40).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeNotes, countSortEvidence, sortedClusters, synthesize } from '@visiebord/shared/synthesis';
import { voteCounting } from './baselines.ts';
import { roomSorts } from './crowd-sim.ts';
import { ariOf, foldOptions, folds, type LabelledSet } from './loso.ts';

const [first, last] = (process.argv[2] ?? '21-40').split('-').map(Number);
const folder = resolve(process.argv[3] ?? '/work/shared/data/synthesis-dev');
const sets = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ ...(JSON.parse(readFileSync(join(folder, file), 'utf8')) as LabelledSet), id: file.replace(/\.json$/, '') }));
const seeds = Array.from({ length: (last ?? 40) - (first ?? 21) + 1 }, (_, i) => (first ?? 21) + i);

let rooms = 0;
const tally = { losses: 0, unsorted: 0, textFreeWins: 0, votesAtEngineKLose: 0, fewerClusters: 0, moreClusters: 0 };
const learnt = folds(sets, true);
for (const phones of [5, 10, 30]) {
  for (const fold of learnt) {
    const set = fold.heldOut;
    const options = foldOptions(fold);
    const { notes, matrix } = analyzeNotes({ prompt: set.prompt, notes: set.notes }, options);
    const indexOf = new Map(notes.map((note, i) => [note.id, i]));
    for (const seed of seeds) {
      rooms++;
      const sorts = roomSorts(set, phones, seed, options);
      const clusters = synthesize({ prompt: set.prompt, notes: set.notes, sorts }, options).clusters.map((c) => c.noteIds);
      const engine = ariOf(set, clusters);
      const votes = ariOf(set, voteCounting(set.notes, sorts, set.gold.length));
      if (engine >= votes - 1e-9) continue;
      const evidence = countSortEvidence(sorts, indexOf, notes.length);
      const unsorted = (analyzeNotes({ prompt: set.prompt, notes: set.notes, sorts }, options).sorted ?? []).filter((seen) => !seen).length;
      const textFree = sortedClusters(matrix, evidence, { ...options, textLean: 0 }).clusterOf;
      const groups = new Map<number, string[]>();
      notes.forEach((note, i) => groups.set(textFree[i] ?? 0, [...(groups.get(textFree[i] ?? 0) ?? []), note.id]));
      const noText = ariOf(set, [...groups.values()]);
      const votesAtEngineK = ariOf(set, voteCounting(set.notes, sorts, clusters.length));
      tally.losses++;
      if (unsorted > 0) tally.unsorted++;
      if (noText >= votes - 1e-9) tally.textFreeWins++;
      if (votesAtEngineK < votes - 1e-9) tally.votesAtEngineKLose++;
      if (clusters.length < set.gold.length) tally.fewerClusters++;
      if (clusters.length > set.gold.length) tally.moreClusters++;
      console.log(
        `${String(phones).padStart(3)} phones  ${set.id.padEnd(20)} seed ${String(seed).padStart(3)}  engine ${engine.toFixed(3)}  votes ${votes.toFixed(3)}  ` +
          `k ${clusters.length} (gold ${set.gold.length})  unsorted ${unsorted}  engine without text ${noText.toFixed(3)}  votes told the engine's k ${votesAtEngineK.toFixed(3)}`,
      );
    }
  }
}
console.log(
  `\n${tally.losses} of ${rooms} rooms below vote counting; of those: ${tally.fewerClusters} with fewer clusters than the gold k, ${tally.moreClusters} with more, ` +
    `${tally.unsorted} with a note no phone sorted, ${tally.textFreeWins} where the engine without text would not lose, ` +
    `${tally.votesAtEngineKLose} where vote counting told the engine's k would lose too`,
);
