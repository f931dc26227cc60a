// Notes become sparse TF-IDF vectors over two kinds of features: stems ("w:") and field concepts
// ("c:"). Concepts weigh more than words because they carry the synonyms (docent = juf = leraar)
// that short notes otherwise never share; related concepts add a little.
import { analyzeText, analyzeTokens, type CorpusWords, type TextTerms, type WordCache } from './analyze.ts';
import { tokenize, type Token } from './normalize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A sparse, L2-normalised vector: feature ids ascending, with their weights. */
export type SparseVector = { ids: Int32Array; weights: Float64Array };

export type FeatureWeights = { word: number; concept: number; related: number; prompt: number };

export const WEIGHTS: FeatureWeights = {
  word: 0.3,
  concept: 5,
  related: 0.6,
  /** Words and concepts the prompt already contains: every answer repeats them, so they say little. */
  prompt: 0.3,
};

export type NoteFeatures = {
  terms: TextTerms[];
  vectors: SparseVector[];
  /** Feature id → name ("w:stem" or "c:concept"). */
  names: string[];
};

/** Counts in how many texts each folded word occurs. */
export function countCorpusWords(tokenized: readonly (readonly Token[])[]): CorpusWords {
  const counts = new Map<string, number>();
  for (const tokens of tokenized) {
    for (const word of new Set(tokens.flatMap((token) => [token.word, ...token.parts]))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

function rawFeatures(terms: TextTerms, vocabulary: Vocabulary, weights: FeatureWeights): Map<string, number> {
  const features = new Map<string, number>();
  for (const [stem, weight] of terms.stems) features.set(`w:${stem}`, weight * weights.word);
  const conceptWeight = (concept: string): number => vocabulary.conceptWeights.get(concept) ?? 1;
  for (const [concept, weight] of terms.concepts) features.set(`c:${concept}`, weight * weights.concept * conceptWeight(concept));
  for (const [concept, weight] of terms.concepts) {
    for (const other of vocabulary.related.get(concept) ?? []) {
      const key = `c:${other}`;
      features.set(key, Math.max(features.get(key) ?? 0, weight * weights.related * conceptWeight(other)));
    }
  }
  return features;
}

/** Analyses and vectorises the notes; the prompt's own words and concepts are damped. */
export function buildNoteFeatures(texts: readonly string[], prompt: string, vocabulary: Vocabulary, weights: FeatureWeights = WEIGHTS): NoteFeatures {
  const tokenized = texts.map(tokenize);
  const corpus = countCorpusWords(tokenized);
  const cache: WordCache = new Map();
  const terms = tokenized.map((tokens) => analyzeTokens(tokens, vocabulary, corpus, cache));
  const promptFeatures = rawFeatures(analyzeText(prompt, vocabulary, corpus), vocabulary, weights);
  const raw = terms.map((t) => rawFeatures(t, vocabulary, weights));

  const documentFrequency = new Map<string, number>();
  for (const features of raw) for (const key of features.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  // Feature ids in name order, so ids never depend on the order the notes came in.
  const names = [...documentFrequency.keys()].sort();
  const idOf = new Map(names.map((name, id) => [name, id]));
  const n = texts.length;

  const vectors = raw.map((features) => {
    const entries: [number, number][] = [];
    for (const [key, weight] of features) {
      const df = documentFrequency.get(key) ?? 1;
      const idf = Math.log((n + 1) / (df + 0.5));
      const damp = promptFeatures.has(key) ? weights.prompt : 1;
      const value = weight * Math.max(idf, 0.05) * damp;
      const id = idOf.get(key);
      if (id !== undefined && value > 0) entries.push([id, value]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, w]) => w / norm) };
  });
  return { terms, vectors, names };
}
