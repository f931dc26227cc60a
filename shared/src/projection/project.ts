import type * as Y from 'yjs';
import { readNotes } from '../doc/access.ts';
import type { Note } from '../doc/note.ts';
import { readExplanationOf, readMoreSortsOf, readPollAnswerOf, readReactionsOf, readRubricAnswerOf, readSortOf, readVoteOf } from '../doc/answers.ts';
import { projectStep } from './step.ts';
import type { NoteDelta, PhoneAnswers, PhoneNote, PhoneStep } from './types.ts';

/**
 * What phones may see of a workshop, derived in one pass over the current step's canvases:
 * the step, the notes everyone may see, and each author's own notes. The server sends each
 * phone the public part and only its own slice of the rest (DESIGN.md, "Who sees what").
 */
export type RoomProjection = {
  step: PhoneStep | null;
  publicNotes: Map<string, PhoneNote>;
  ownByAuthor: Map<string, Map<string, PhoneNote>>;
};

/**
 * A note as its author's phone and as everyone else's phone see it. Made once per version of the
 * note: `readNote` hands out the same object until the note changes, so it can be the key. Frozen,
 * like the note: successive projections and every phone's connection share them.
 */
const phoneViews = new WeakMap<Note, { own: PhoneNote; shared: PhoneNote }>();

export function phoneViewsOf(note: Note): { own: PhoneNote; shared: PhoneNote } {
  let views = phoneViews.get(note);
  if (!views) {
    const base = { id: note.id, canvasId: note.canvasId, text: note.text, updatedAt: note.updatedAt };
    views = { own: Object.freeze({ ...base, mine: true, hidden: note.hidden }), shared: Object.freeze({ ...base, mine: false, hidden: false }) };
    phoneViews.set(note, views);
  }
  return views;
}

export function projectRoom(doc: Y.Doc): RoomProjection {
  const step = projectStep(doc);
  const publicNotes = new Map<string, PhoneNote>();
  const ownByAuthor = new Map<string, Map<string, PhoneNote>>();
  for (const canvas of step?.canvases ?? []) {
    for (const note of readNotes(doc, canvas.id)) {
      const views = phoneViewsOf(note);
      let own = ownByAuthor.get(note.authorId);
      if (!own) ownByAuthor.set(note.authorId, (own = new Map()));
      own.set(note.id, views.own);
      if (canvas.revealed && !note.hidden) publicNotes.set(note.id, views.shared);
    }
  }
  return { step, publicNotes, ownByAuthor };
}

const sameNote = (a: PhoneNote, b: PhoneNote) =>
  a === b ||
  a.text === b.text && a.hidden === b.hidden && a.updatedAt === b.updatedAt && a.canvasId === b.canvasId;

/** What changed between two sets of notes, so a phone on weak wifi gets only the difference. */
export function diffNotes(prev: ReadonlyMap<string, PhoneNote>, next: ReadonlyMap<string, PhoneNote>): NoteDelta {
  const upsert: PhoneNote[] = [];
  const remove: string[] = [];
  for (const [id, note] of next) {
    const before = prev.get(id);
    if (!before || !sameNote(before, note)) upsert.push(note);
  }
  for (const id of prev.keys()) if (!next.has(id)) remove.push(id);
  return { upsert, remove };
}

export const isEmptyDelta = (delta: NoteDelta) => delta.upsert.length === 0 && delta.remove.length === 0;

export function sameStep(a: PhoneStep | null, b: PhoneStep | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** This phone's own answers to the current step (nothing for steps without answers). */
export function projectAnswers(doc: Y.Doc, step: PhoneStep | null, participantId: string): PhoneAnswers {
  if (!step) return {};
  switch (step.type) {
    case 'poll': {
      const poll = readPollAnswerOf(doc, step.id, participantId);
      return poll ? { poll } : {};
    }
    case 'vote':
      return { votes: readVoteOf(doc, step.id, participantId) };
    case 'rubric':
      return { rubric: readRubricAnswerOf(doc, step.id, participantId) };
    case 'explain': {
      const explanation = readExplanationOf(doc, step.id, participantId);
      return explanation ? { explanation: explanation.text } : {};
    }
    case 'group': {
      const sort = readSortOf(doc, step.id, participantId);
      const more = readMoreSortsOf(doc, step.id, participantId);
      return { ...(sort ? { sort } : {}), ...(more.size > 0 ? { moreSorts: Object.fromEntries(more) } : {}) };
    }
    case 'synthesis':
      return { reactions: readReactionsOf(doc, step.id, participantId) };
    default:
      return {};
  }
}
