import type * as Y from 'yjs';
import { ROOT_ANSWERS } from './roots.ts';

/**
 * What each participant answered in the steps that are not notes: dots, poll choices, rubric
 * phases, crowd sorts and explanations. One root per kind, keyed by step and participant, each
 * value a plain JSON record that the server replaces whole (it has checked the rules first).
 */

export type VoteAllocation = Record<string, number>;
export type PollAnswer = string[];
export type RubricAnswer = Record<string, number>;
export type SortPiles = string[][];
export type Explanation = { text: string; at: number };
/** Per sentence key: agree, or a question about it. */
export type Reaction = 'agree' | 'question';
export type Reactions = Record<string, Reaction>;

type AnswerKind = keyof typeof ROOT_ANSWERS;

const keyOf = (stepId: string, participantId: string) => `${stepId}/${participantId}`;

function answersRoot(doc: Y.Doc, kind: AnswerKind): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT_ANSWERS[kind]);
}

function setAnswer(doc: Y.Doc, kind: AnswerKind, stepId: string, participantId: string, value: unknown, origin: unknown): void {
  doc.transact(() => answersRoot(doc, kind).set(keyOf(stepId, participantId), value), origin);
}

/** Every participant's answer to one step, validated by `read`; malformed entries are skipped. */
function readAnswers<T>(doc: Y.Doc, kind: AnswerKind, stepId: string, read: (v: unknown) => T | null): Map<string, T> {
  const prefix = `${stepId}/`;
  const result = new Map<string, T>();
  answersRoot(doc, kind).forEach((value, key) => {
    if (!key.startsWith(prefix)) return;
    const answer = read(value);
    if (answer !== null) result.set(key.slice(prefix.length), answer);
  });
  return result;
}

function readAnswer<T>(doc: Y.Doc, kind: AnswerKind, stepId: string, participantId: string, read: (v: unknown) => T | null): T | null {
  return read(answersRoot(doc, kind).get(keyOf(stepId, participantId)));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readCounts(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  const counts: Record<string, number> = {};
  for (const [key, n] of Object.entries(value)) if (typeof n === 'number' && Number.isInteger(n) && n > 0) counts[key] = n;
  return counts;
}

const readStrings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;

const readPiles = (value: unknown): SortPiles | null =>
  Array.isArray(value) && value.every((pile) => readStrings(pile) !== null) ? (value as SortPiles) : null;

const readExplanation = (value: unknown): Explanation | null =>
  isRecord(value) && typeof value.text === 'string' && typeof value.at === 'number' ? { text: value.text, at: value.at } : null;

export const readVotes = (doc: Y.Doc, stepId: string) => readAnswers(doc, 'votes', stepId, readCounts);
export const readVoteOf = (doc: Y.Doc, stepId: string, pid: string) => readAnswer(doc, 'votes', stepId, pid, readCounts) ?? {};
export const setVotes = (doc: Y.Doc, stepId: string, pid: string, allocation: VoteAllocation, origin?: unknown) =>
  setAnswer(doc, 'votes', stepId, pid, allocation, origin);

export const readPollAnswers = (doc: Y.Doc, stepId: string) => readAnswers(doc, 'polls', stepId, readStrings);
export const readPollAnswerOf = (doc: Y.Doc, stepId: string, pid: string) => readAnswer(doc, 'polls', stepId, pid, readStrings);
export const setPollAnswer = (doc: Y.Doc, stepId: string, pid: string, answer: PollAnswer, origin?: unknown) =>
  setAnswer(doc, 'polls', stepId, pid, answer, origin);

export const readRubricAnswers = (doc: Y.Doc, stepId: string) => readAnswers(doc, 'rubric', stepId, readCounts);
export const readRubricAnswerOf = (doc: Y.Doc, stepId: string, pid: string) => readAnswer(doc, 'rubric', stepId, pid, readCounts) ?? {};
export const setRubricAnswer = (doc: Y.Doc, stepId: string, pid: string, answer: RubricAnswer, origin?: unknown) =>
  setAnswer(doc, 'rubric', stepId, pid, answer, origin);

export const readSorts = (doc: Y.Doc, stepId: string) => readAnswers(doc, 'sorts', stepId, readPiles);
export const readSortOf = (doc: Y.Doc, stepId: string, pid: string) => readAnswer(doc, 'sorts', stepId, pid, readPiles);
export const setSort = (doc: Y.Doc, stepId: string, pid: string, piles: SortPiles, origin?: unknown) =>
  setAnswer(doc, 'sorts', stepId, pid, piles, origin);

export const readExplanations = (doc: Y.Doc, stepId: string) => readAnswers(doc, 'explanations', stepId, readExplanation);
export const readExplanationOf = (doc: Y.Doc, stepId: string, pid: string) => readAnswer(doc, 'explanations', stepId, pid, readExplanation);
export const setExplanation = (doc: Y.Doc, stepId: string, pid: string, explanation: Explanation, origin?: unknown) =>
  setAnswer(doc, 'explanations', stepId, pid, explanation, origin);

function readReactionsValue(value: unknown): Reactions | null {
  if (!isRecord(value)) return null;
  const reactions: Reactions = {};
  for (const [key, r] of Object.entries(value)) if (r === 'agree' || r === 'question') reactions[key] = r;
  return reactions;
}

export const readReactions = (doc: Y.Doc, stepId: string) => readAnswers(doc, 'reactions', stepId, readReactionsValue);
export const readReactionsOf = (doc: Y.Doc, stepId: string, pid: string) => readAnswer(doc, 'reactions', stepId, pid, readReactionsValue) ?? {};
export const setReactions = (doc: Y.Doc, stepId: string, pid: string, reactions: Reactions, origin?: unknown) =>
  setAnswer(doc, 'reactions', stepId, pid, reactions, origin);

/** Removes every answer to one step: the facilitator's reset after a test round. */
export function clearStepAnswers(doc: Y.Doc, stepId: string, origin?: unknown): void {
  const prefix = `${stepId}/`;
  doc.transact(() => {
    for (const kind of Object.keys(ROOT_ANSWERS) as AnswerKind[]) {
      const root = answersRoot(doc, kind);
      for (const key of [...root.keys()]) if (key.startsWith(prefix)) root.delete(key);
    }
  }, origin);
}
