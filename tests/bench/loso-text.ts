// Text only, leave-one-set-out: the quick loop for work on the language side (no crowd simulation).
// Usage: tsx tests/bench/loso-text.ts [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVocabulary, SOP_LEXICON, stemWord, tokenize } from '@visiebord/shared/synthesis';
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

// The fold's masker treats a term as the held-out set's when its stem is a note word's stem or the
// term sits inside a note word; an inflected term (blessures) whose stem sits inside a held-out
// compound (blessuretijd) slips through. The strict figure masks those too: the sober one to quote.
type Words = { stems: Set<string>; words: string[] };
const wordsOf = (set: LabelledSet): Words => {
  const words = set.notes.flatMap((note) => tokenize(note.text).flatMap((token) => [token.word, ...token.parts]));
  return { stems: new Set(words.map(stemWord)), words };
};
const inside = (fragment: string, set: Words): boolean => fragment.length >= 4 && set.words.some((word) => word.includes(fragment));
const termIn = (term: string, set: Words): boolean => {
  const words = tokenize(term).map((token) => token.word);
  return words.length > 0 && words.every((word) => set.stems.has(stemWord(word)) || inside(word, set) || inside(stemWord(word), set));
};
function strictAri(heldOut: LabelledSet): number {
  const others = sets.filter((set) => set !== heldOut);
  const [held, rest] = [wordsOf(heldOut), others.map(wordsOf)];
  const lexicon = SOP_LEXICON.map((concept) => ({ ...concept, terms: concept.terms.filter((term) => !termIn(term, held) || rest.some((set) => termIn(term, set))) }));
  const vocabulary = buildVocabulary(lexicon.filter((concept) => concept.terms.length > 0));
  return ariOf(heldOut, textClusters(heldOut, vocabulary, learnParameters(others, vocabulary)));
}

let sum = 0;
let strictSum = 0;
for (const fold of folds(sets)) {
  const clusters = textClusters(fold.heldOut, fold.vocabulary, fold.learnt);
  const ari = ariOf(fold.heldOut, clusters);
  const alone = clusters.filter((cluster) => cluster.length === 1).length;
  const own = ariOf(fold.heldOut, textClusters(fold.heldOut, full, inSample));
  const strict = strictAri(fold.heldOut);
  sum += ari;
  strictSum += strict;
  console.log(`${fold.heldOut.id.padEnd(22)} LOSO ${ari.toFixed(3)}  strict ${strict.toFixed(3)}  in-sample ${own.toFixed(3)}  t=${fold.learnt.threshold} w=${fold.learnt.word} masked=${fold.masked.length}  clusters ${clusters.length} (${alone} alone, gold ${fold.heldOut.gold.length})`);
}
console.log(`MEAN LOSO ${(sum / sets.length).toFixed(3)}  strict ${(strictSum / sets.length).toFixed(3)}`);

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
