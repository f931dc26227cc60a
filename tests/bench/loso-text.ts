// Text only, leave-one-set-out: the quick loop for work on the language side (no crowd simulation).
// Usage: tsx tests/bench/loso-text.ts [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary } from '@visiebord/shared/synthesis';
import { ariOf, folds, learnParameters, textClusters, type LabelledSet } from './loso.ts';

const folder = process.argv[2] ?? '/work/shared/data/synthesis-dev';
const sets: LabelledSet[] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as LabelledSet);
const full = buildVocabulary();
const inSample = learnParameters(sets, full);
let sum = 0;
for (const fold of folds(sets)) {
  const ari = ariOf(fold.heldOut, textClusters(fold.heldOut, fold.vocabulary, fold.learnt));
  const own = ariOf(fold.heldOut, textClusters(fold.heldOut, full, inSample));
  sum += ari;
  console.log(`${fold.heldOut.id.padEnd(22)} LOSO ${ari.toFixed(3)}  in-sample ${own.toFixed(3)}  t=${fold.learnt.threshold} w=${fold.learnt.word} masked=${fold.masked.length}`);
}
console.log(`MEAN LOSO ${(sum / sets.length).toFixed(3)}`);
