// One note → the words and field concepts it is about. This is where the Dutch pipeline meets:
// fold, tokenise, drop stop words, stem, match lexicon phrases, cut compounds, forgive typos.
import { splitCompound } from './compounds.ts';
import { tokenize } from './normalize.ts';
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

/** Analyses one text. `corpusWords` lets compounds split into words other notes used on their own. */
export function analyzeText(text: string, vocabulary: Vocabulary, corpusWords: CorpusWords = new Map()): TextTerms {
  const terms: TextTerms = { stems: new Map(), concepts: new Map(), surfaces: new Map() };
  const tokens = tokenize(text);
  const stems = tokens.map((token) => stemWord(token.word));
  const matched = new Set<number>();

  // Phrases first, longest first, so "lange adem" counts as one idea and stop words inside phrases
  // ("voor de kinderen") still match.
  for (let length = Math.min(vocabulary.longestPhrase, stems.length); length >= 2; length--) {
    for (let start = 0; start + length <= stems.length; start++) {
      const concepts = vocabulary.conceptsByKey.get(stems.slice(start, start + length).join(' '));
      if (!concepts) continue;
      for (const concept of concepts) add(terms.concepts, concept, 1);
      for (let i = start; i < start + length; i++) matched.add(i);
    }
  }

  const isKnown = (part: string): boolean =>
    vocabulary.knownWords.has(part) || (part.length >= 4 && corpusWords.has(part)) || (part.length >= 5 && vocabulary.knownStems.has(stemWord(part)));

  tokens.forEach((token, index) => {
    const word = token.word;
    const stem = stems[index] ?? word;
    if (/^\d+$/.test(word)) return;
    // A stop word never counts on its own, even when its stem collides with a lexicon word (met ← meten).
    if (vocabulary.stopWords.has(word)) return;
    const lexical = vocabulary.conceptsByKey.get(stem);
    if (word.length < 3 && !lexical) return;

    let known = lexical !== undefined || matched.has(index);
    for (const concept of lexical ?? []) add(terms.concepts, concept, 1);

    const parts = token.parts.length > 1 ? token.parts : word.length >= 7 ? splitCompound(word, isKnown) : null;
    for (const part of parts ?? []) {
      if (vocabulary.stopWords.has(part)) continue;
      const partStem = stemWord(part);
      add(terms.stems, partStem, PART_WEIGHT);
      if (!terms.surfaces.has(partStem)) terms.surfaces.set(partStem, part);
      const partConcepts = vocabulary.conceptsByKey.get(partStem);
      for (const concept of partConcepts ?? []) add(terms.concepts, concept, PART_WEIGHT);
      if (partConcepts) known = true;
    }

    // A word several colleagues typed the same way is a real word, not a typo.
    if (!known && !vocabulary.knownWords.has(word) && (corpusWords.get(word) ?? 0) < 2) {
      const fixed = vocabulary.fuzzy.match(word);
      if (fixed) {
        const fixedStem = stemWord(fixed);
        add(terms.stems, fixedStem, TYPO_WEIGHT);
        if (!terms.surfaces.has(fixedStem)) terms.surfaces.set(fixedStem, fixed);
        for (const concept of vocabulary.conceptsByKey.get(fixedStem) ?? []) add(terms.concepts, concept, TYPO_WEIGHT);
        return;
      }
    }
    add(terms.stems, stem, 1);
    if (!terms.surfaces.has(stem)) terms.surfaces.set(stem, word);
  });
  return terms;
}
