// Leave-one-set-out: the honest way to score an engine on four sets. For each held-out set,
// everything learnt (the similarity threshold, the weight of plain words) is learnt on the other sets only, and every
// lexicon term whose words occur in the held-out notes but in no other set is masked — such a
// term may have been written with those very notes in view, and an unseen school would not have it.
import { adjustedRandIndex, analyzeNotes, buildVocabulary, countSortEvidence, sortedClusters, labelsOf, SOP_LEXICON, stemWord, synthesize, tokenize, type LexiconConcept, type SynthesisOptions, type Vocabulary } from '@visiebord/shared/synthesis';
import { roomSorts } from './crowd-sim.ts';

export type LabelledSet = { id: string; prompt: string; notes: { id: string; text: string }[]; gold: { theme: string; noteIds: string[] }[] };

/** Thresholds tried when learning the text cut on the training sets. */
export const THRESHOLDS = Array.from({ length: 18 }, (_, i) => Math.round((0.06 + i * 0.02) * 100) / 100);

type SetWords = { stems: Set<string>; words: string[] };

function wordsOf(set: LabelledSet): SetWords {
  const words = set.notes.flatMap((note) => tokenize(note.text).flatMap((token) => [token.word, ...token.parts]));
  return { stems: new Set(words.map(stemWord)), words };
}

/**
 * A term's word occurs in a set when a note word has its stem or contains it or its stem
 * (compounds): "blessures" occurs where the notes say "blessuretijd".
 */
function occursIn(word: string, set: SetWords): boolean {
  if (set.stems.has(stemWord(word))) return true;
  const inside = (fragment: string): boolean => fragment.length >= 4 && set.words.some((w) => w.includes(fragment));
  return inside(word) || inside(stemWord(word));
}

const termOccursIn = (term: string, set: SetWords): boolean => {
  const words = tokenize(term).map((token) => token.word);
  return words.length > 0 && words.every((word) => occursIn(word, set));
};

/** The lexicon (`base`, the whole one by default) without the terms only the held-out set uses; concepts left without terms go. */
export function maskedLexicon(heldOut: LabelledSet, others: readonly LabelledSet[], base: readonly LexiconConcept[] = SOP_LEXICON): { lexicon: LexiconConcept[]; masked: string[] } {
  const held = wordsOf(heldOut);
  const rest = others.map(wordsOf);
  const masked: string[] = [];
  const lexicon = base.map((concept) => {
    const terms = concept.terms.filter((term) => {
      const only = termOccursIn(term, held) && !rest.some((set) => termOccursIn(term, set));
      if (only) masked.push(term);
      return !only;
    });
    return { ...concept, terms };
  }).filter((concept) => concept.terms.length > 0);
  return { lexicon, masked };
}

export const ariOf = (set: LabelledSet, clusters: readonly (readonly string[])[]): number =>
  adjustedRandIndex(labelsOf(set.gold.map((g) => g.noteIds)), labelsOf(clusters.map((c) => [...c])));

/** Weights of plain words against lexicon concepts tried when learning (the default first). */
export const WORD_WEIGHTS = [0.3, 0.6, 1.2];

export type Learnt = { threshold: number; word: number };

export const textClusters = (set: LabelledSet, vocabulary: Vocabulary, learnt: Learnt): string[][] =>
  synthesize({ prompt: set.prompt, notes: set.notes }, { vocabulary, threshold: learnt.threshold, weights: { word: learnt.word } }).clusters.map((c) => c.noteIds);

/** The threshold and word weight with the best mean text ARI on the training sets (ties: the first tried). */
export function learnParameters(training: readonly LabelledSet[], vocabulary: Vocabulary): Learnt {
  let best: Learnt = { threshold: THRESHOLDS[0] ?? 0.18, word: WORD_WEIGHTS[0] ?? 0.3 };
  let bestScore = -Infinity;
  for (const word of WORD_WEIGHTS) {
    for (const threshold of THRESHOLDS) {
      const learnt = { threshold, word };
      const score = training.reduce((sum, set) => sum + ariOf(set, textClusters(set, vocabulary, learnt)), 0) / (training.length || 1);
      if (score > bestScore + 1e-9) [best, bestScore] = [learnt, score];
    }
  }
  return best;
}

/**
 * Stop points (net share of the comparisons), text leans, worths of a "together" and the two ways
 * of counting a pile's "together"s (each pair once, or damped by the pile's size) tried when
 * learning the room's consensus. Damped "together"s are worth less each, so the worths reach higher.
 */
export const CONSENSUS_CUTS = [0.3, 0.15, 0, -0.15, -0.3, -0.45, -0.6];
export const TEXT_LEANS = [1, 2, 4, 8];
export const TOGETHER_WEIGHTS = [1.5, 2, 3, 4, 6];
export const DAMP_PILES = [false, true];
/**
 * Rooms simulated on the training sets: the phone counts scored, seeds apart from the scored ones
 * (1–10). Ten seeds rather than three: with three, which setting won swung from fold to fold on a
 * room or two.
 */
const TRAINING_ROOMS = { phones: [5, 10, 30], seeds: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20] };

export type LearntConsensus = { cut: number; lean: number; together: number; damp: boolean };

/** The options a fold synthesises with: its vocabulary and everything learnt without the held-out set. */
export const foldOptions = (fold: Pick<Fold, 'vocabulary' | 'learnt' | 'consensus'>): SynthesisOptions => ({
  vocabulary: fold.vocabulary,
  threshold: fold.learnt.threshold,
  weights: { word: fold.learnt.word },
  consensusCut: fold.consensus?.cut,
  textLean: fold.consensus?.lean,
  togetherWeight: fold.consensus?.together,
  dampPiles: fold.consensus?.damp,
});

/**
 * The stop point, text lean and worth of a "together" with the best mean crowd ARI on simulated
 * rooms of the training sets. How far to lean on the text depends on how good the text is, and on
 * a training set the lexicon knows its words; so each training set is read with the terms only it
 * uses masked too (as `maskedLexicon` does for the held-out set), and its text is as weak as an
 * unseen school's would be. The text side of each set is analysed once; each setting then runs
 * the engine's own consensus step (`sortedClusters`, as `synthesize` does) on the same evidence.
 */
export function learnConsensus(training: readonly LabelledSet[], lexicon: readonly LexiconConcept[], learnt: Learnt): LearntConsensus {
  const textOf = (vocabulary: Vocabulary): SynthesisOptions => ({ vocabulary, threshold: learnt.threshold, weights: { word: learnt.word } });
  const rooms = training.flatMap((set) => {
    const text = textOf(buildVocabulary(maskedLexicon(set, training.filter((other) => other !== set), lexicon).lexicon));
    const { notes, matrix } = analyzeNotes({ prompt: set.prompt, notes: set.notes }, text);
    const indexOf = new Map(notes.map((note, i) => [note.id, i]));
    return TRAINING_ROOMS.phones.flatMap((phones) =>
      TRAINING_ROOMS.seeds.map((seed) => ({ set, text, notes, matrix, evidence: countSortEvidence(roomSorts(set, phones, seed, text), indexOf, notes.length) })),
    );
  });
  let best: LearntConsensus = { cut: CONSENSUS_CUTS[0] ?? 0, lean: TEXT_LEANS[0] ?? 1, together: TOGETHER_WEIGHTS[0] ?? 1, damp: DAMP_PILES[0] ?? false };
  let bestScore = -Infinity;
  for (const damp of DAMP_PILES) {
    for (const together of TOGETHER_WEIGHTS) {
      for (const lean of TEXT_LEANS) {
        for (const cut of CONSENSUS_CUTS) {
          const consensus = { consensusCut: cut, textLean: lean, togetherWeight: together, dampPiles: damp };
          const score = rooms.reduce(
            (sum, { set, text, notes, matrix, evidence }) => sum + ariOf(set, clustersOf(notes, sortedClusters(matrix, evidence, { ...text, ...consensus }).clusterOf)),
            0,
          );
          if (score > bestScore + 1e-9) [best, bestScore] = [{ cut, lean, together, damp }, score];
        }
      }
    }
  }
  return best;
}

/** Note ids per cluster index. */
function clustersOf(notes: readonly { id: string }[], clusterOf: Int32Array): string[][] {
  const groups = new Map<number, string[]>();
  notes.forEach((note, i) => groups.set(clusterOf[i] ?? 0, [...(groups.get(clusterOf[i] ?? 0) ?? []), note.id]));
  return [...groups.values()];
}

export type Fold = {
  heldOut: LabelledSet;
  vocabulary: Vocabulary;
  learnt: Learnt;
  /** Learnt only when the fold will score the crowd (it takes simulated rooms on the training sets). */
  consensus?: LearntConsensus;
  masked: string[];
};

/** One fold per set: its masked vocabulary and the parameters learnt without it. */
export function folds(sets: readonly LabelledSet[], withCrowd = false): Fold[] {
  return sets.map((heldOut) => {
    const others = sets.filter((set) => set !== heldOut);
    const { lexicon, masked } = maskedLexicon(heldOut, others);
    const vocabulary = buildVocabulary(lexicon);
    const learnt = learnParameters(others, vocabulary);
    const consensus = withCrowd ? learnConsensus(others, lexicon, learnt) : undefined;
    return { heldOut, vocabulary, learnt, consensus, masked };
  });
}
