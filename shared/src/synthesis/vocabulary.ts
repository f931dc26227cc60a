// The lexicon, stop words and compound parts compiled once into lookups keyed by stem, so a note
// is matched against them in the same folded, stemmed form it is analysed in.
import { COMPOUND_PARTS } from './compound-parts.ts';
import { FuzzyMatcher } from './fuzzy.ts';
import { SOP_LEXICON, type LexiconConcept } from './lexicon.ts';
import { foldText, tokenize } from './normalize.ts';
import { stemDutch } from './stemmer.ts';
import { DUTCH_STOP_WORDS } from './stopwords.ts';

/** The Snowball stem, with a final doubled consonant made single so klas and klassen meet. */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  if (stemCache.size > 50_000) stemCache.clear(); // a bound, not a policy: stems are cheap to redo
  const stem = conflate(word);
  stemCache.set(word, stem);
  return stem;
}

// Memoised because the compound splitter asks about every substring of every long word.
const stemCache = new Map<string, string>();

function conflate(word: string): string {
  let stem = stemDutch(word);
  // Snowball keeps -es plurals of loanwords whole (vacatures, stages); strip the s and stem again.
  if (stem === word && word.length > 6 && word.endsWith('es')) stem = stemDutch(word.slice(0, -1));
  return /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

export type Vocabulary = {
  stopWords: ReadonlySet<string>;
  /** Stem, or stems joined by a space for phrases, → concept ids. */
  conceptsByKey: ReadonlyMap<string, readonly string[]>;
  /** The longest phrase in the lexicon, in words. */
  longestPhrase: number;
  /** Concept id → the concepts it is related to (both directions). */
  related: ReadonlyMap<string, readonly string[]>;
  labels: ReadonlyMap<string, string>;
  /** Concept id → how much sharing it counts (broad actors less). */
  conceptWeights: ReadonlyMap<string, number>;
  /** Folded words the compound splitter may cut into. */
  knownWords: ReadonlySet<string>;
  knownStems: ReadonlySet<string>;
  /** Recognises misspelled lexicon words. */
  fuzzy: FuzzyMatcher;
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

/** Compiles a lexicon (the SO&P one unless another is given) into lookups. */
export function buildVocabulary(lexicon: readonly LexiconConcept[] = SOP_LEXICON): Vocabulary {
  const conceptsByKey = new Map<string, string[]>();
  const related = new Map<string, string[]>();
  const labels = new Map<string, string>();
  const conceptWeights = new Map<string, number>();
  const knownWords = new Set<string>();
  let longestPhrase = 1;
  for (const concept of lexicon) {
    labels.set(concept.id, concept.label);
    conceptWeights.set(concept.id, concept.weight ?? 1);
    for (const other of concept.related ?? []) {
      push(related, concept.id, other);
      push(related, other, concept.id);
    }
    for (const term of concept.terms) {
      const words = tokenize(term).map((token) => token.word);
      if (words.length === 0) continue;
      longestPhrase = Math.max(longestPhrase, words.length);
      push(conceptsByKey, words.map(stemWord).join(' '), concept.id);
      if (words.length === 1 && words[0] !== undefined) knownWords.add(words[0]);
    }
  }
  for (const part of COMPOUND_PARTS) knownWords.add(foldText(part));
  const knownStems = new Set([...knownWords].map(stemWord));
  const fuzzyWords = [...knownWords].filter((word) => word.length >= 5);
  return {
    stopWords: new Set(DUTCH_STOP_WORDS.map((word) => foldText(word).replace(/'/g, ''))),
    conceptsByKey,
    longestPhrase,
    related,
    labels,
    conceptWeights,
    knownWords,
    knownStems,
    fuzzy: new FuzzyMatcher(fuzzyWords),
  };
}

let shared: Vocabulary | null = null;
/** The SO&P vocabulary, compiled on first use. */
export function defaultVocabulary(): Vocabulary {
  shared ??= buildVocabulary();
  return shared;
}
