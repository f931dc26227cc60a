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

/**
 * The three ways in to one kind of answer: every phone's for a step (`all`), one phone's (`of`,
 * null when it gave none) and writing one phone's (`set`), all validated by the same guard.
 */
function answerKind<T>(kind: AnswerKind, read: (v: unknown) => T | null) {
  return {
    all: (doc: Y.Doc, stepId: string) => readAnswers(doc, kind, stepId, read),
    of: (doc: Y.Doc, stepId: string, pid: string) => readAnswer(doc, kind, stepId, pid, read),
    set: (doc: Y.Doc, stepId: string, pid: string, value: T, origin?: unknown) => setAnswer(doc, kind, stepId, pid, value, origin),
  };
}

const votes = answerKind<VoteAllocation>('votes', readCounts);
export const { all: readVotes, set: setVotes } = votes;
/** A phone's dots, none when it placed none. */
export const readVoteOf = (doc: Y.Doc, stepId: string, pid: string) => votes.of(doc, stepId, pid) ?? {};

export const { all: readPollAnswers, of: readPollAnswerOf, set: setPollAnswer } = answerKind<PollAnswer>('polls', readStrings);

const rubric = answerKind<RubricAnswer>('rubric', readCounts);
export const { all: readRubricAnswers, set: setRubricAnswer } = rubric;
export const readRubricAnswerOf = (doc: Y.Doc, stepId: string, pid: string) => rubric.of(doc, stepId, pid) ?? {};

export const { all: readSorts, of: readSortOf, set: setSort } = answerKind<SortPiles>('sorts', readPiles);

/**
 * A phone may sort more handfuls after its first ("Nog een stapel sorteren"): handful `round` (1, 2, …)
 * is kept beside the first under `participantId/round`, so `readSorts` hands the engine every sort
 * while `readSortOf` stays the phone's first.
 */
export const sortAnswerKey = (participantId: string, round: number): string => (round > 0 ? `${participantId}/${round}` : participantId);

/** Whose answer an entry of `readSorts` (or any kind) is: the participant, without the handful's round. */
export const answerParticipant = (key: string): string => key.split('/')[0] ?? key;

/**
 * A phone's further sorts of one step by round (1, 2, …), without its first. Rounds are taken one
 * after another (`applySort`), so they are looked up by key until one is missing: every phone's
 * answers are read on each publish, and reading the whole room's sorts for each phone would cost
 * phones × sorts there.
 */
export function readMoreSortsOf(doc: Y.Doc, stepId: string, participantId: string): Map<number, SortPiles> {
  const more = new Map<number, SortPiles>();
  for (let round = 1; ; round++) {
    const piles = readSortOf(doc, stepId, sortAnswerKey(participantId, round));
    if (!piles) return more;
    more.set(round, piles);
  }
}

export const { all: readExplanations, of: readExplanationOf, set: setExplanation } = answerKind<Explanation>('explanations', readExplanation);

function readReactionsValue(value: unknown): Reactions | null {
  if (!isRecord(value)) return null;
  const reactions: Reactions = {};
  for (const [key, r] of Object.entries(value)) if (r === 'agree' || r === 'question') reactions[key] = r;
  return reactions;
}

const reactions = answerKind<Reactions>('reactions', readReactionsValue);
export const { all: readReactions, set: setReactions } = reactions;
export const readReactionsOf = (doc: Y.Doc, stepId: string, pid: string) => reactions.of(doc, stepId, pid) ?? {};

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
