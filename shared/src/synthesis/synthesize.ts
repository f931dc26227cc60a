// The engine end to end: notes in, suggested clusters and a draft statement out.
// Notes are put in id order first, so nothing downstream can depend on the order they arrived in.
import { analyzeText } from './analyze.ts';
import { clusterMatrix, MERGE_THRESHOLD } from './cluster.ts';
import { refineAssignments } from './refine.ts';
import { countSortEvidence, withCrowdEvidence, type CrowdEvidence, type CrowdWeighting } from './crowd.ts';
import { crowdConsensus, sortedNotes } from './consensus.ts';
import { clusterKeywords } from './keywords.ts';
import { contentStems, countStems, elsewhereFrom, labelCandidates } from './label.ts';
import { rankByTypicality } from './representatives.ts';
import { cosineMatrix, type SimilarityMatrix } from './similarity.ts';
import { distinctLabels } from './distinctLabels.ts';
import { draftAnswer } from './draft.ts';
import type { SynthesisCluster, SynthesisInput, SynthesisNote, SynthesisResult } from './types.ts';
import { buildNoteFeatures, WEIGHTS, type FeatureWeights, type NoteFeatures } from './vectors.ts';
import { defaultVocabulary, type Vocabulary } from './vocabulary.ts';

const REPRESENTATIVES = 3;

export type SynthesisOptions = {
  vocabulary?: Vocabulary;
  /** Text similarity at which notes join (learnt, see bench). */
  threshold?: number;
  /** Net share of the room's comparisons at which sorted groups stop joining (learnt, see bench). */
  consensusCut?: number;
  /** Votes a pair gets per unit of text similarity above the threshold (learnt, see bench). */
  textLean?: number;
  /** Worth of a sort that put two notes together against one that kept them apart (learnt, see bench). */
  togetherWeight?: number;
  /** Damp a pile's "together"s by its size (learnt, see bench). */
  dampPiles?: boolean;
  crowd?: CrowdWeighting;
  refine?: boolean;
  /** Feature weights other than the defaults (learnt per fold by the bench). */
  weights?: Partial<FeatureWeights>;
};

/** Notes in id order, duplicates (same id) dropped, so the outcome is independent of input order. */
export function canonicalNotes(notes: readonly SynthesisNote[]): SynthesisNote[] {
  const byId = new Map<string, SynthesisNote>();
  for (const note of notes) if (!byId.has(note.id)) byId.set(note.id, note);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type Analysis = {
  notes: SynthesisNote[];
  features: NoteFeatures;
  matrix: SimilarityMatrix;
  clusterOf: Int32Array;
  /** Per note: did a sort of the room see it. */
  sorted?: boolean[];
};

/** The numeric core: canonical notes, their features, the combined similarity and a cluster per note. */
export function analyzeNotes(input: SynthesisInput, options: SynthesisOptions = {}): Analysis {
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const notes = canonicalNotes(input.notes);
  const features = buildNoteFeatures(
    notes.map((note) => note.text),
    input.prompt,
    vocabulary,
    { ...WEIGHTS, ...options.weights },
  );
  const text = cosineMatrix(features.vectors);
  const fixedGroupOf = input.groups ? notes.map((note) => input.groups?.[note.id]) : undefined;
  const threshold = options.threshold ?? MERGE_THRESHOLD;
  if (input.sorts && input.sorts.length > 0) {
    // The room has sorted: its votes decide the clusters, the text only fills its silences.
    const indexOf = new Map(notes.map((note, i) => [note.id, i]));
    const evidence = countSortEvidence(input.sorts, indexOf, notes.length);
    const { clusterOf, sorted } = sortedClusters(text, evidence, options, fixedGroupOf);
    const matrix = withCrowdEvidence(text, evidence, options.crowd);
    return { notes, features, matrix, clusterOf, sorted };
  }
  const linked = clusterMatrix(text, { threshold, fixedGroupOf });
  const clusterOf = options.refine === false ? linked : refineAssignments(text, linked, threshold, fixedGroupOf?.map((g) => g !== undefined));
  return { notes, features, matrix: text, clusterOf };
}

/**
 * The clusters of a room that sorted, from the text similarity of the canonical notes and the
 * room's evidence: the consensus decides, then the text polishes only notes no sort saw.
 */
export function sortedClusters(
  text: SimilarityMatrix,
  evidence: CrowdEvidence,
  options: SynthesisOptions = {},
  fixedGroupOf?: readonly (string | undefined)[],
): { clusterOf: Int32Array; sorted: boolean[] } {
  const threshold = options.threshold ?? MERGE_THRESHOLD;
  const decided = crowdConsensus(text, evidence, { threshold, cut: options.consensusCut, textLean: options.textLean, togetherWeight: options.togetherWeight, dampPiles: options.dampPiles, fixedGroupOf });
  const sorted = sortedNotes(evidence, text.size);
  const locked = sorted.map((seen, i) => seen || fixedGroupOf?.[i] !== undefined);
  return { clusterOf: options.refine === false ? decided : refineAssignments(text, decided, threshold, locked), sorted };
}

/**
 * Suggests clusters and drafts a statement for one prompt.
 * Example: `synthesize({ prompt: 'Welke wedstrijd spelen wij?', notes: [{ id: 'a', text: 'samenspel' }] })`.
 */
export function synthesize(input: SynthesisInput, options: SynthesisOptions = {}): SynthesisResult {
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const { notes, features, matrix, clusterOf, sorted } = analyzeNotes(input, options);
  const promptTerms = analyzeText(input.prompt, vocabulary);

  const membersOf = new Map<number, number[]>();
  clusterOf.forEach((cluster, i) => membersOf.set(cluster, [...(membersOf.get(cluster) ?? []), i]));
  // Biggest theme first; equal sizes by first note id, so the order (and who gets a label first) is stable.
  const groups = [...membersOf.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  const ranked = groups.map((members) => rankByTypicality(members, matrix));

  const stemsOf = notes.map((note) => contentStems(note.text, vocabulary));
  const promptStems = contentStems(input.prompt, vocabulary);
  const stemCounts = countStems(stemsOf);
  const labels = distinctLabels(
    ranked.map((members) => labelCandidates(members.map((i) => notes[i]?.text ?? ''), elsewhereFrom(stemCounts, stemsOf, members), promptStems, vocabulary)),
  );

  const clusters: SynthesisCluster[] = ranked.map((members, c) => {
    const terms = members.map((i) => features.terms[i]).filter((t) => t !== undefined);
    const keywords = clusterKeywords(terms, promptTerms, vocabulary);
    const noteIds = members.map((i) => notes[i]?.id ?? '').sort();
    const groupId = noteIds.map((id) => input.groups?.[id]).find((g) => g !== undefined);
    return {
      id: groupId ?? `s-${noteIds[0] ?? ''}`,
      label: labels[c] ?? '',
      noteIds,
      representativeIds: members.slice(0, REPRESENTATIVES).map((i) => notes[i]?.id ?? ''),
      keywords: [
        ...keywords.concepts.slice(0, 3).map((concept) => vocabulary.labels.get(concept) ?? concept),
        ...keywords.stems.slice(0, 5).map((stem) => terms.map((t) => t.surfaces.get(stem)).find((s) => s !== undefined) ?? stem),
      ],
      origin: groupId !== undefined ? 'facilitator' : members.some((i) => sorted?.[i]) ? 'room' : 'engine',
    };
  });

  const textOf = new Map(notes.map((note) => [note.id, note.text]));
  const statement = draftAnswer(
    input.prompt,
    clusters.map((cluster) => ({
      label: cluster.label,
      noteIds: cluster.noteIds,
      votes: cluster.noteIds.reduce((sum, id) => sum + (input.votes?.[id] ?? 0), 0),
      texts: cluster.noteIds.map((id) => textOf.get(id) ?? ''),
    })),
    input.language,
  );
  return { clusters, statement };
}
