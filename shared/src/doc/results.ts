import type * as Y from 'yjs';
import { readFlow, readNotes, readScript } from './access.ts';
import { answerParticipant, readExplanations, readPollAnswers, readReactions, readRubricAnswers, readSorts, readVotes } from './answers.ts';
import { splitSentences } from './sentences.ts';
import { sortCoverage, type QuestionCoverage } from './sortCoverage.ts';
import { readVision } from './vision.ts';

/**
 * The room's answers added up, per step: what the beamer draws and the export prints.
 * Nothing here names a participant.
 */
export type PollResult = { stepId: string; respondents: number; counts: Record<string, number> };
export type VoteResult = { stepId: string; voters: number; totals: Record<string, number> };
/** Per aspect, how many placed the school in phase 1, 2, 3 and 4. */
export type RubricResult = { stepId: string; respondents: number; spread: Record<string, [number, number, number, number]> };

export type Results = {
  polls: PollResult[];
  votes: VoteResult[];
  rubrics: RubricResult[];
  explanations: Array<{ stepId: string; count: number }>;
  /**
   * Per group step, the sorts in (every handful counts) and, while the step is current, how well
   * they cover each question (what the beamer shows then; empty otherwise, since it reads every
   * note of the step's questions and the screens read results after every change).
   */
  sorts: Array<{ stepId: string; count: number; questions: QuestionCoverage[] }>;
  /** Per synthesis step, the room's reactions to each sentence of the current statement. */
  reactions: Array<{ stepId: string; sentences: Array<{ key: string; text: string; agree: number; question: number }> }>;
};

export function readResults(doc: Y.Doc): Results {
  const results: Results = { polls: [], votes: [], rubrics: [], explanations: [], sorts: [], reactions: [] };
  const { currentStepId } = readFlow(doc);
  for (const step of readScript(doc)?.steps ?? []) {
    if (step.type === 'poll') results.polls.push(pollResult(doc, step.id, step.options.map((o) => o.id)));
    if (step.type === 'vote') results.votes.push(voteResult(doc, step.id));
    if (step.type === 'rubric') results.rubrics.push(rubricResult(doc, step.id, step.aspects.map((a) => a.id)));
    if (step.type === 'explain') results.explanations.push({ stepId: step.id, count: readExplanations(doc, step.id).size });
    if (step.type === 'group') results.sorts.push({ stepId: step.id, count: readSorts(doc, step.id).size, questions: step.id === currentStepId ? sortCoverage(doc, step) : [] });
    if (step.type === 'synthesis') results.reactions.push({ stepId: step.id, sentences: reactionResult(doc, step.id) });
  }
  return results;
}

export function pollResult(doc: Y.Doc, stepId: string, optionIds: string[]): PollResult {
  const counts: Record<string, number> = Object.fromEntries(optionIds.map((id) => [id, 0]));
  const answers = readPollAnswers(doc, stepId);
  for (const chosen of answers.values()) for (const id of chosen) if (id in counts) counts[id] = (counts[id] ?? 0) + 1;
  return { stepId, respondents: answers.size, counts };
}

export function voteResult(doc: Y.Doc, stepId: string): VoteResult {
  const totals: Record<string, number> = {};
  const votes = readVotes(doc, stepId);
  let voters = 0;
  for (const allocation of votes.values()) {
    const entries = Object.entries(allocation);
    if (entries.length > 0) voters++;
    for (const [target, n] of entries) totals[target] = (totals[target] ?? 0) + n;
  }
  return { stepId, voters, totals };
}

export function rubricResult(doc: Y.Doc, stepId: string, aspectIds: string[]): RubricResult {
  const spread: RubricResult['spread'] = Object.fromEntries(aspectIds.map((id) => [id, [0, 0, 0, 0]]));
  const answers = readRubricAnswers(doc, stepId);
  for (const answer of answers.values()) {
    for (const [aspectId, phase] of Object.entries(answer)) {
      const row = spread[aspectId];
      if (row && phase >= 1 && phase <= 4) row[phase - 1] = (row[phase - 1] ?? 0) + 1;
    }
  }
  return { stepId, respondents: answers.size, spread };
}

/** The median phase (1–4) of a spread, or null when nobody answered. Lower median on a tie. */
export function medianPhase(spread: readonly number[]): number | null {
  const total = spread.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  let seen = 0;
  for (let i = 0; i < spread.length; i++) {
    seen += spread[i] ?? 0;
    if (seen >= total / 2) return i + 1;
  }
  return spread.length;
}

/** Who has answered a step: written a note on its canvases, or given any answer to it. */
export function answeredParticipants(doc: Y.Doc, stepId: string): Set<string> {
  const step = readScript(doc)?.steps.find((s) => s.id === stepId);
  const who = new Set<string>();
  if (!step) return who;
  if (step.type === 'prompt') for (const canvas of step.canvases) for (const note of readNotes(doc, canvas.id)) who.add(note.authorId);
  const readers = { poll: readPollAnswers, vote: readVotes, rubric: readRubricAnswers, group: readSorts, explain: readExplanations, synthesis: readReactions } as const;
  const read = readers[step.type as keyof typeof readers];
  if (read) for (const key of read(doc, stepId).keys()) who.add(answerParticipant(key));
  return who;
}

/** How the room reacted to each sentence of the statement as it stands now. */
export function reactionResult(doc: Y.Doc, stepId: string) {
  const sentences = splitSentences(readVision(doc).statement).map((s) => ({ ...s, agree: 0, question: 0 }));
  const byKey = new Map(sentences.map((s) => [s.key, s]));
  for (const reactions of readReactions(doc, stepId).values()) {
    for (const [key, reaction] of Object.entries(reactions)) {
      const sentence = byKey.get(key);
      if (sentence) sentence[reaction]++;
    }
  }
  return sentences;
}
