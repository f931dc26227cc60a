import * as Y from 'yjs';
import { asBoolean, asNullableString, asNumber, asString, readFields } from './values.ts';

/** A sticky note as every reader sees it, validated out of its `Y.Map`. */
export type Note = {
  id: string;
  canvasId: string;
  text: string;
  authorId: string;
  clusterId: string | null;
  hidden: boolean;
  x: number;
  y: number;
  createdAt: number;
  updatedAt: number;
};

export type NewNote = Pick<Note, 'id' | 'canvasId' | 'text' | 'authorId'> & { createdAt: number };

export function createNoteMap(note: NewNote): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', note.id);
  map.set('canvasId', note.canvasId);
  map.set('text', note.text);
  map.set('authorId', note.authorId);
  map.set('clusterId', null);
  map.set('hidden', false);
  map.set('x', 0);
  map.set('y', 0);
  map.set('createdAt', note.createdAt);
  map.set('updatedAt', note.createdAt);
  return map;
}

/**
 * A note's fields are read out of its Y.Map once per change, not on every look: the server
 * projects the room for its phones several times a second and checks intents against whole
 * canvases, which with thousands of notes is most of its work. A cached note is dropped as
 * soon as a transaction that changed its map ends (before any observer runs) and is never used
 * while one is open, so a reader always sees the map as it is. Notes are frozen: every reader
 * shares them.
 */
const noteCache = new WeakMap<Y.Map<unknown>, Note | null>();
const watchedDocs = new WeakSet<Y.Doc>();

function watch(doc: Y.Doc): void {
  if (watchedDocs.has(doc)) return;
  watchedDocs.add(doc);
  // Before observers run, not after: observers (the console's, the beamer's) read notes at once.
  doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) if (type instanceof Y.Map) noteCache.delete(type);
  });
}

/** Reads a note; returns null for anything that is not a well-formed note. */
export function readNote(value: unknown): Note | null {
  if (!(value instanceof Y.Map)) return null;
  const doc = value.doc;
  if (!doc || doc._transaction !== null) return parseNote(value);
  const known = noteCache.get(value);
  if (known !== undefined) return known;
  watch(doc);
  const note = parseNote(value);
  noteCache.set(value, note);
  return note;
}

const NOTE_FIELDS = {
  text: asString,
  authorId: asString,
  clusterId: asNullableString,
  hidden: asBoolean,
  x: asNumber,
  y: asNumber,
  createdAt: asNumber,
  updatedAt: asNumber,
};

function parseNote(value: Y.Map<unknown>): Note | null {
  const id = value.get('id');
  const canvasId = value.get('canvasId');
  if (typeof id !== 'string' || typeof canvasId !== 'string') return null;
  return Object.freeze({ id, canvasId, ...readFields(value, NOTE_FIELDS) });
}
