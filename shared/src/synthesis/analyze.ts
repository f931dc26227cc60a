// One note → the words and field concepts it is about. This is where the Dutch pipeline meets:
// fold, tokenise, drop stop words, stem, match lexicon phrases, cut compounds, forgive typos.
import { splitCompound } from './compounds.ts';
import { tokenize, type Token } from './normalize.ts';
import { stemWord, type Vocabulary } from './vocabulary.ts';

/** What one text is about: weighted stems and weighted lexicon concepts. */
export type TextTerms = {
  stems: Map<string, number>;
  concepts: Map<string, number>;
  /** For labels: stem → the first way it was written. */
  surfaces: Map<string, string>;
};

/** Compound parts say less than the whole word; a guessed typo fix less than a sure match. */
const PART_WEIGHT = 0.6;
const TYPO_WEIGHT = 0.8;

const add = (map: Map<string, number>, key: string, weight: number): void => {
  map.set(key, Math.max(map.get(key) ?? 0, weight));
};

/** Words of the notes themselves and in how many notes each occurs: compound parts and typo guards. */
export type CorpusWords = ReadonlyMap<string, number>;

/** Per-word results, reusable across the texts of one corpus (words repeat a lot). */
export type WordCache = Map<string, WordTerms | null>;

/**
 * Analyses one text. `corpusWords` lets compounds split into words other notes used on their own;
 * pass one `wordCache` for all texts of one corpus (and only that corpus).
 */
export function analyzeText(text: string, vocabulary: Vocabulary, corpusWords: CorpusWords = new Map(), wordCache?: WordCache): TextTerms {
  return analyzeTokens(tokenize(text), vocabulary, corpusWords, wordCache);
}

/** As analyzeText, for a text already tokenised. */
export function analyzeTokens(tokens: readonly Token[], vocabulary: Vocabulary, corpusWords: CorpusWords = new Map(), wordCache?: WordCache): TextTerms {
  const terms: TextTerms = { stems: new Map(), concepts: new Map(), surfaces: new Map() };
  const stems = tokens.map((token) => stemWord(token.word));
  const matched = new Set<number>();

  // Phrases first, longest first, so "lange adem" counts as one idea and stop words inside phrases
  // ("voor de kinderen") still match.
  const starts = phraseStarts(vocabulary);
  for (let length = Math.min(vocabulary.longestPhrase, stems.length); length >= 2; length--) {
    for (let start = 0; start + length <= stems.length; start++) {
      if (!starts.has(stems[start] ?? '')) continue;
      const concepts = vocabulary.conceptsByKey.get(stems.slice(start, start + length).join(' '));
      if (!concepts) continue;
      for (const concept of concepts) add(terms.concepts, concept, 1);
      for (let i = start; i < start + length; i++) matched.add(i);
    }
  }

  const cache = wordCache ?? new Map<string, WordTerms | null>();
  tokens.forEach((token, index) => {
    // Inside a lexicon phrase a word is known, never a typo, so the two cases are cached apart.
    const key = `${matched.has(index) ? 'p' : 'w'}:${token.parts.length > 1 ? token.parts.join('-') : token.word}`;
    let word = cache.get(key);
    if (word === undefined) {
      word = analyzeWord(token, stems[index] ?? token.word, matched.has(index), vocabulary, corpusWords);
      cache.set(key, word);
    }
    if (!word) return;
    for (const [stem, weight, surface] of word.stems) {
      add(terms.stems, stem, weight);
      if (!terms.surfaces.has(stem)) terms.surfaces.set(stem, surface);
    }
    for (const [concept, weight] of word.concepts) add(terms.concepts, concept, weight);
  });
  return terms;
}

// Per vocabulary, the stems a lexicon phrase can start with: most windows of a note start with none
// of them, and those need no joined key looked up.
const phraseStartCache = new WeakMap<Vocabulary, ReadonlySet<string>>();
function phraseStarts(vocabulary: Vocabulary): ReadonlySet<string> {
  let starts = phraseStartCache.get(vocabulary);
  if (!starts) {
    starts = new Set([...vocabulary.conceptsByKey.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(0, key.indexOf(' '))));
    phraseStartCache.set(vocabulary, starts);
  }
  return starts;
}

/** What one word contributes: stems (with weight and how it was written) and concepts. */
export type WordTerms = { stems: [string, number, string][]; concepts: [string, number][] };

/** A compound may be cut into lexicon and everyday words, and into words other notes used on their own. */
function isKnownPart(part: string, vocabulary: Vocabulary, corpusWords: CorpusWords): boolean {
  return vocabulary.knownWords.has(part) || (part.length >= 4 && corpusWords.has(part)) || (part.length >= 5 && vocabulary.knownStems.has(stemWord(part)));
}

function analyzeWord(token: Token, stem: string, inPhrase: boolean, vocabulary: Vocabulary, corpusWords: CorpusWords): WordTerms | null {
  const word = token.word;
  if (/^\d+$/.test(word)) return null;
  // A stop word never counts on its own, even when its stem collides with a lexicon word (met ← meten).
  if (vocabulary.stopWords.has(word)) return null;
  const lexical = vocabulary.conceptsByKey.get(stem);
  if (word.length < 3 && !lexical) return null;
  const result: WordTerms = { stems: [], concepts: [] };
  let known = lexical !== undefined || inPhrase;
  for (const concept of lexical ?? []) result.concepts.push([concept, 1]);

  const parts = token.parts.length > 1 ? token.parts : word.length >= 7 ? splitCompound(word, (part) => isKnownPart(part, vocabulary, corpusWords)) : null;
  for (const part of parts ?? []) {
    if (vocabulary.stopWords.has(part)) continue;
    const partStem = stemWord(part);
    result.stems.push([partStem, PART_WEIGHT, part]);
    const partConcepts = vocabulary.conceptsByKey.get(partStem);
    for (const concept of partConcepts ?? []) result.concepts.push([concept, PART_WEIGHT]);
    if (partConcepts) known = true;
  }

  // A word several colleagues typed the same way is a real word, not a typo.
  if (!known && !vocabulary.knownWords.has(word) && (corpusWords.get(word) ?? 0) < 2) {
    const fixed = vocabulary.fuzzy.match(word);
    if (fixed) {
      const fixedStem = stemWord(fixed);
      result.stems.push([fixedStem, TYPO_WEIGHT, fixed]);
      for (const concept of vocabulary.conceptsByKey.get(fixedStem) ?? []) result.concepts.push([concept, TYPO_WEIGHT]);
      return result;
    }
  }
  result.stems.push([stem, 1, word]);
  return result;
}
