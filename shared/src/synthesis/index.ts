// The synthesis engine: pure, deterministic, offline Dutch clustering and drafting.
// Start reading at synthesize.ts; the Dutch pipeline is normalize → stemmer → compounds → analyze.
export { synthesize, canonicalNotes, analyzeNotes, sortedClusters } from './synthesize.ts';
export { countSortEvidence } from './crowd.ts';
export type { CrowdEvidence } from './crowd.ts';
export type { SynthesisOptions, Analysis } from './synthesize.ts';
export { pickSortHandfuls, noteUncertainty } from './handfuls.ts';
export type { HandfulOptions } from './handfuls.ts';
export { scoreExplanation, COVERED_FROM } from './explain.ts';
export type { VisionTheme, ThemeCoverage } from './explain.ts';
export { adjustedRandIndex, vMeasure, movesSaved, movesToReach, labelsOf } from './metrics.ts';
export { analyzeText } from './analyze.ts';
export type { TextTerms } from './analyze.ts';
export { buildVocabulary, defaultVocabulary, stemWord } from './vocabulary.ts';
export type { Vocabulary } from './vocabulary.ts';
export { stemDutch, STEMMER_VERSION } from './stemmer.ts';
export { splitCompound } from './compounds.ts';
export { foldText, tokenize } from './normalize.ts';
export { SOP_LEXICON } from './lexicon.ts';
export type { LexiconConcept } from './lexicon.ts';
export { seededRandom } from './random.ts';
export { draftAnswer, joinAnswers, answerInForm } from './draft.ts';
export type { DraftTheme } from './draft.ts';
export { labelCandidates } from './label.ts';
export { averageLinkage, cutTree } from './linkage.ts';
export type { Merge } from './linkage.ts';
export type {
  SynthesisNote,
  Sort,
  SynthesisInput,
  SynthesisCluster,
  SynthesisResult,
  DraftStatement,
  ClusterOrigin,
  StatementSentence,
} from './types.ts';
