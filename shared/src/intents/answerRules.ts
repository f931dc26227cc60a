import type * as Y from 'yjs';
import { AppError } from '../api/errors.ts';
import { readCanvas, readNotes } from '../doc/access.ts';
import { readCanvasView } from '../doc/snapshot.ts';
import { voteTargetsOf } from '../doc/voteTargets.ts';
import { readMoreSortsOf, readReactionsOf, readRubricAnswerOf, readSortOf, readVoteOf, setExplanation, setPollAnswer, setReactions, setRubricAnswer, setSort, setVotes, sortAnswerKey } from '../doc/answers.ts';
import { splitSentences } from '../doc/sentences.ts';
import { readVision } from '../doc/vision.ts';
import { ORIGIN } from '../doc/roots.ts';
import type { IntentContext, IntentResult } from './apply.ts';
import type { IntentOf } from './schemas.ts';
import { assertTimeLeft, currentStepOfType } from './stepRules.ts';
import { checkText, EXPLANATION_MAX_LENGTH } from '../rules/text.ts';

export { EXPLANATION_MAX_LENGTH };
export const SORT_MAX_NOTES = 30;

/** Dot voting: the server holds each phone to its budget and to the most dots per target. */
export function applyVote(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'vote.set'>): IntentResult {
  const step = currentStepOfType(doc, intent.stepId, 'vote');
  assertTimeLeft(doc, ctx.now);
  if (!voteTargetIds(doc, step.canvasIds, step.target).has(intent.targetId)) {
    throw new AppError('invalid_request', 'Hier kun je geen stip op zetten.');
  }
  const perTarget = step.maxPerTarget ?? step.budget;
  if (intent.count > perTarget) {
    throw new AppError('vote_budget', `Je kunt hoogstens ${perTarget} ${perTarget === 1 ? 'stip' : 'stippen'} op één antwoord zetten.`);
  }
  const allocation = { ...readVoteOf(doc, step.id, ctx.participantId) };
  if (intent.count === 0) delete allocation[intent.targetId];
  else allocation[intent.targetId] = intent.count;
  const spent = Object.values(allocation).reduce((sum, n) => sum + n, 0);
  if (spent > step.budget) {
    throw new AppError('vote_budget', `Je hebt ${step.budget} stippen; haal er eerst een weg voordat je hem ergens anders zet.`);
  }
  setVotes(doc, step.id, ctx.participantId, allocation, ORIGIN.intent);
  return { spent, budget: step.budget };
}

/** What can be voted on: the same targets the phones and the beamer show. */
export function voteTargetIds(doc: Y.Doc, canvasIds: string[], target: 'notes' | 'clusters'): Set<string> {
  const canvases = canvasIds.map((id) => readCanvasView(doc, id)).filter((c) => c !== null);
  return new Set(voteTargetsOf(canvases, target).map((t) => t.id));
}

export function applyPollAnswer(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'poll.answer'>): IntentResult {
  const step = currentStepOfType(doc, intent.stepId, 'poll');
  assertTimeLeft(doc, ctx.now);
  const chosen = [...new Set(Array.isArray(intent.value) ? intent.value : [intent.value])];
  const known = new Set(step.options.map((o) => o.id));
  if (chosen.length === 0 || chosen.some((id) => !known.has(id))) {
    throw new AppError('invalid_request', 'Kies een van de antwoorden die op je scherm staan.');
  }
  if (chosen.length > 1 && !(step.kind === 'choice' && step.multiple)) {
    throw new AppError('invalid_request', 'Bij deze vraag kies je één antwoord.');
  }
  // Options keep the script's order, whatever order the phone sent them in.
  const answer = step.options.map((o) => o.id).filter((id) => chosen.includes(id));
  setPollAnswer(doc, step.id, ctx.participantId, answer, ORIGIN.intent);
  return {};
}

export function applyRubricAnswer(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'rubric.answer'>): IntentResult {
  const step = currentStepOfType(doc, intent.stepId, 'rubric');
  assertTimeLeft(doc, ctx.now);
  if (!step.aspects.some((a) => a.id === intent.aspectId)) throw new AppError('invalid_request', 'Dit onderdeel staat niet in de rubric.');
  if (!Number.isInteger(intent.phase) || intent.phase < 1 || intent.phase > 4) {
    throw new AppError('invalid_phase', 'Kies een fase van 1 tot en met 4.');
  }
  const answer = { ...readRubricAnswerOf(doc, step.id, ctx.participantId), [intent.aspectId]: intent.phase };
  setRubricAnswer(doc, step.id, ctx.participantId, answer, ORIGIN.intent);
  return {};
}

/** Crowd sorting: piles of notes the phone was given; each note in at most one pile. A phone may sort several handfuls (`round`). */
export function applySort(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'sort.submit'>): IntentResult {
  const step = currentStepOfType(doc, intent.stepId, 'group');
  assertTimeLeft(doc, ctx.now);
  const piles = intent.piles.filter((pile) => pile.length > 0);
  const all = piles.flat();
  if (new Set(all).size !== all.length) throw new AppError('invalid_request', 'Een notitie kan maar op één stapel liggen.');
  if (all.length > SORT_MAX_NOTES) throw new AppError('invalid_request', 'Dat zijn meer notities dan je kreeg om te sorteren.');
  const known = new Set(step.canvasIds.flatMap((canvasId) => readNotes(doc, canvasId).map((n) => n.id)));
  if (all.some((id) => !known.has(id))) throw new AppError('invalid_request', 'Een van deze notities bestaat niet (meer).');
  // A further handful is kept beside the first, which stays as it was sent; one at a time, each after
  // the handfuls before it, so no phone outweighs the room by sending sorts it was not handed.
  const round = intent.round ?? 0;
  if (round > 0) {
    const done = readMoreSortsOf(doc, step.id, ctx.participantId);
    if (!readSortOf(doc, step.id, ctx.participantId) || (round > 1 && !done.has(round - 1))) throw new AppError('sort_first');
  }
  setSort(doc, step.id, sortAnswerKey(ctx.participantId, round), piles, ORIGIN.intent);
  return {};
}

export function applyExplanation(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'explain.submit'>): IntentResult {
  const step = currentStepOfType(doc, intent.stepId, 'explain');
  assertTimeLeft(doc, ctx.now);
  const { text, length, problem } = checkText(intent.text, EXPLANATION_MAX_LENGTH);
  if (problem === 'empty') throw new AppError('note_empty', 'Je uitleg is leeg. Schrijf in een paar zinnen hoe jij de visie uitlegt.');
  if (problem === 'too_long') {
    throw new AppError('note_too_long', `Je uitleg is te lang: ${length} tekens, het maximum is ${EXPLANATION_MAX_LENGTH}.`);
  }
  setExplanation(doc, step.id, ctx.participantId, { text, at: ctx.now }, ORIGIN.intent);
  return {};
}

/** Agree with, or question, one sentence of the draft statement while the group refines it. */
export function applyReaction(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'vision.react'>): IntentResult {
  const step = currentStepOfType(doc, intent.stepId, 'synthesis');
  const reactions = { ...readReactionsOf(doc, step.id, ctx.participantId) };
  if (intent.reaction === 'none') delete reactions[intent.sentenceKey];
  else {
    const exists = splitSentences(readVision(doc).statement).some((s) => s.key === intent.sentenceKey);
    if (!exists) throw new AppError('invalid_request', 'Deze zin staat niet (meer) in de tekst; hij is net aangepast.');
    reactions[intent.sentenceKey] = intent.reaction;
  }
  setReactions(doc, step.id, ctx.participantId, reactions, ORIGIN.intent);
  return {};
}

/** Canvases a vote or group step shows must exist; used by projections too. */
export const canvasExists = (doc: Y.Doc, canvasId: string) => readCanvas(doc, canvasId) !== null;
