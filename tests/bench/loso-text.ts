// Text only, leave-one-set-out: the quick loop for work on the language side (no crowd simulation).
// Usage: tsx tests/bench/loso-text.ts [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVocabulary } from '@visiebord/shared/synthesis';
import { ariOf, folds, learnParameters, maskedLexicon, textClusters, type LabelledSet } from './loso.ts';

const folder = process.argv[2] ?? '/work/shared/data/synthesis-dev';
const load = (dir: string): LabelledSet[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as LabelledSet);
const sets = load(folder);
const full = buildVocabulary();
const inSample = learnParameters(sets, full);

let sum = 0;
for (const fold of folds(sets)) {
  const clusters = textClusters(fold.heldOut, fold.vocabulary, fold.learnt);
  const ari = ariOf(fold.heldOut, clusters);
  const alone = clusters.filter((cluster) => cluster.length === 1).length;
  const own = ariOf(fold.heldOut, textClusters(fold.heldOut, full, inSample));
  sum += ari;
  console.log(`${fold.heldOut.id.padEnd(22)} LOSO ${ari.toFixed(3)}  in-sample ${own.toFixed(3)}  t=${fold.learnt.threshold} w=${fold.learnt.word} masked=${fold.masked.length}  clusters ${clusters.length} (${alone} alone, gold ${fold.heldOut.gold.length})`);
}
console.log(`MEAN LOSO ${(sum / sets.length).toFixed(3)}`);

// Sets written apart from the dev notes, scored with the parameters learnt on all dev sets: with the
// full lexicon, and with the lexicon masked as for a held-out dev set (every term whose words occur in
// the sanity set but in no dev set goes), since the lexicon may have been extended with them in view.
const sanity = load(join(dirname(fileURLToPath(import.meta.url)), 'sanity-sets'));
let sanitySum = 0;
let maskedSum = 0;
for (const set of sanity) {
  const clusters = textClusters(set, full, inSample);
  const ari = ariOf(set, clusters);
  const { lexicon, masked } = maskedLexicon(set, sets);
  const maskedAri = ariOf(set, textClusters(set, buildVocabulary(lexicon), inSample));
  sanitySum += ari;
  maskedSum += maskedAri;
  console.log(`sanity ${set.id.padEnd(15)} ARI ${ari.toFixed(3)}  masked ${maskedAri.toFixed(3)} (${masked.length} terms)  clusters ${clusters.length} (gold ${set.gold.length})`);
}
const count = sanity.length || 1;
console.log(`MEAN sanity ${(sanitySum / count).toFixed(3)}  masked ${(maskedSum / count).toFixed(3)}  (t=${inSample.threshold} w=${inSample.word})`);
