import type * as Y from 'yjs';
import type { IntentResult } from '../api/responses.ts';
import { AppError } from '../api/errors.ts';
import { NAME_MAX_LENGTH } from '../api/schemas.ts';
import { countNotesBy, readCanvas, readNoteById } from '../doc/access.ts';
import { isKnownRole, setParticipantRole } from '../doc/participantRole.ts';
import { addNote, editNoteText, removeNote, setParticipantName } from '../doc/mutations.ts';
import { ORIGIN } from '../doc/roots.ts';
import { canvasIdsOfStep } from '../script/schema.ts';
import { applyExplanation, applyPollAnswer, applyReaction, applyRubricAnswer, applySort, applyVote } from './answerRules.ts';
import type { Intent, IntentOf } from './schemas.ts';
import { answerableSteps, assertTimeLeft } from './stepRules.ts';
import { cleanText, textLength, validNoteText } from './text.ts';

/** Most notes one person may put on one canvas: plenty for a real answer, a wall against a flood. */
export const NOTE_BUDGET_PER_CANVAS = 30;

export type IntentContext = { participantId: string; now: number; newId: () => string };
export type { IntentResult };

/**
 * Checks an intent against the workshop's rules and applies it in one transaction.
 * Throws an AppError when a rule says no; the document is then unchanged.
 */
export function applyIntent(doc: Y.Doc, ctx: IntentContext, intent: Intent): IntentResult {
  // The table pairs each type with its own rule, so this call cannot mix them up.
  const rule = INTENT_RULES[intent.type] as IntentRule<typeof intent.type>;
  return rule(doc, ctx, intent);
}

type IntentRule<T extends Intent['type']> = (doc: Y.Doc, ctx: IntentContext, intent: IntentOf<T>) => IntentResult;

/** One rule per intent type; a new type fails to compile until it has one here. */
const INTENT_RULES: { [T in Intent['type']]: IntentRule<T> } = {
  'note.add': applyNoteAdd,
  'note.edit': applyNoteEdit,
  'note.delete': applyNoteDelete,
  'profile.rename': applyRename,
  'profile.role': applyRole,
  'vote.set': applyVote,
  'poll.answer': applyPollAnswer,
  'rubric.answer': applyRubricAnswer,
  'sort.submit': applySort,
  'explain.submit': applyExplanation,
  'vision.react': applyReaction,
};

/**
 * A canvas takes notes only while its prompt step is current, the facilitator has not locked it
 * and the step's timer (if any) has time left.
 */
function assertCanvasOpen(doc: Y.Doc, canvasId: string, now: number): void {
  const canvas = readCanvas(doc, canvasId);
  if (!canvas) throw new AppError('canvas_not_found');
  const step = answerableSteps(doc).find((s) => s.type === 'prompt' && canvasIdsOfStep(s).includes(canvasId));
  if (!step) throw new AppError('step_not_current');
  if (canvas.locked) throw new AppError('canvas_locked');
  assertTimeLeft(doc, now);
}

function applyNoteAdd(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'note.add'>): IntentResult {
  const text = validNoteText(intent.text);
  assertCanvasOpen(doc, intent.canvasId, ctx.now);
  const mine = countNotesBy(doc, intent.canvasId, ctx.participantId);
  if (mine >= NOTE_BUDGET_PER_CANVAS) {
    throw new AppError('note_budget', `Je hebt al ${NOTE_BUDGET_PER_CANVAS} notities bij deze vraag; pas er een aan of verwijder er een.`);
  }
  const noteId = ctx.newId();
  addNote(doc, { id: noteId, canvasId: intent.canvasId, text, authorId: ctx.participantId, createdAt: ctx.now }, ORIGIN.intent);
  return { noteId };
}

function ownNote(doc: Y.Doc, ctx: IntentContext, noteId: string) {
  const note = readNoteById(doc, noteId);
  if (!note) throw new AppError('note_not_found');
  if (note.authorId !== ctx.participantId) throw new AppError('not_your_note');
  assertCanvasOpen(doc, note.canvasId, ctx.now);
  return note;
}

function applyNoteEdit(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'note.edit'>): IntentResult {
  const text = validNoteText(intent.text);
  const note = ownNote(doc, ctx, intent.noteId);
  if (note.text !== text) editNoteText(doc, note.id, text, ctx.now, ORIGIN.intent);
  return { noteId: note.id };
}

function applyNoteDelete(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'note.delete'>): IntentResult {
  const note = ownNote(doc, ctx, intent.noteId);
  removeNote(doc, note.id, ORIGIN.intent);
  return { noteId: note.id };
}

function applyRename(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'profile.rename'>): IntentResult {
  const name = validName(intent.name);
  setParticipantName(doc, ctx.participantId, name, ORIGIN.intent);
  return { name };
}

function applyRole(doc: Y.Doc, ctx: IntentContext, intent: IntentOf<'profile.role'>): IntentResult {
  const role = validRole(doc, intent.role);
  setParticipantRole(doc, ctx.participantId, role, ORIGIN.intent);
  return { role };
}

/** A role the script offers, or '' for none (a phone may always take its role back). */
export function validRole(doc: Y.Doc, role: string): string {
  if (!isKnownRole(doc, role)) throw new AppError('role_unknown');
  return role;
}

/** A display name: optional, single line, short. Empty means anonymous. */
export function validName(input: string): string {
  const name = cleanText(input).replace(/\s+/g, ' ');
  if (textLength(name) > NAME_MAX_LENGTH) {
    throw new AppError('name_too_long', `Je naam is te lang (maximaal ${NAME_MAX_LENGTH} tekens).`);
  }
  return name;
}
