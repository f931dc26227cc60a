import * as Y from 'yjs';
import { scriptSchema, type Script } from '../script/schema.ts';
import { CANVAS_KEY, readCanvasInfo, type CanvasInfo } from './canvas.ts';
import { readCluster, type Cluster } from './cluster.ts';
import { readNote, type Note } from './note.ts';
import { noteKeysBy } from './noteAuthors.ts';
import { ROOT } from './roots.ts';
import { asNumber, asString, readFields } from './values.ts';

// The workshop's flow (step, timer, spotlight, revealed results) lives in its own module; it is
// re-exported here for the readers that take everything from access.
export * from './flow.ts';

/** Typed handles on the document's roots; nothing outside `doc/` calls `doc.getMap` by name. */
export function roots(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>(ROOT.meta),
    flow: doc.getMap<unknown>(ROOT.flow),
    canvases: doc.getMap<Y.Map<unknown>>(ROOT.canvases),
    participants: doc.getMap<unknown>(ROOT.participants),
  };
}

export function getCanvasMap(doc: Y.Doc, canvasId: string): Y.Map<unknown> | null {
  const canvas = roots(doc).canvases.get(canvasId);
  return canvas instanceof Y.Map ? canvas : null;
}

function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
  const child = parent.get(key);
  return child instanceof Y.Map ? (child as Y.Map<unknown>) : null;
}

export function getNotesMap(doc: Y.Doc, canvasId: string): Y.Map<unknown> | null {
  const canvas = getCanvasMap(doc, canvasId);
  return canvas ? childMap(canvas, CANVAS_KEY.notes) : null;
}

export function getClustersMap(doc: Y.Doc, canvasId: string): Y.Map<unknown> | null {
  const canvas = getCanvasMap(doc, canvasId);
  return canvas ? childMap(canvas, CANVAS_KEY.clusters) : null;
}

/** Finds a note by id across all canvases. */
export function findNoteMap(doc: Y.Doc, noteId: string): Y.Map<unknown> | null {
  for (const canvasId of roots(doc).canvases.keys()) {
    const note = getNotesMap(doc, canvasId)?.get(noteId);
    if (note instanceof Y.Map) return note as Y.Map<unknown>;
  }
  return null;
}

export function readNoteById(doc: Y.Doc, noteId: string): Note | null {
  return readNote(findNoteMap(doc, noteId));
}

const scriptCache = new WeakMap<Y.Doc, { source: string; script: Script | null }>();

/** The script copied into the document when the workshop was made; null if it is missing or broken. */
export function readScript(doc: Y.Doc): Script | null {
  const source = asString(roots(doc).meta.get('script'));
  const cached = scriptCache.get(doc);
  if (cached && cached.source === source) return cached.script;
  let script: Script | null = null;
  try {
    const parsed = scriptSchema.safeParse(JSON.parse(source));
    script = parsed.success ? parsed.data : null;
  } catch {
    script = null;
  }
  scriptCache.set(doc, { source, script });
  return script;
}

export type Meta = { schemaVersion: number; title: string; scriptId: string; locale: string };

export function readMeta(doc: Y.Doc): Meta {
  return readFields(roots(doc).meta, { schemaVersion: asNumber, title: asString, scriptId: asString, locale: (v) => asString(v, 'nl') });
}

/** The language of the workshop's screens, from its script; Dutch for anything else. */
export function readLanguage(doc: Y.Doc): 'nl' | 'en' {
  return readMeta(doc).locale === 'en' ? 'en' : 'nl';
}

export function readCanvas(doc: Y.Doc, canvasId: string): CanvasInfo | null {
  return readCanvasInfo(getCanvasMap(doc, canvasId));
}

export function readNotes(doc: Y.Doc, canvasId: string): Note[] {
  const notes: Note[] = [];
  getNotesMap(doc, canvasId)?.forEach((value) => {
    const note = readNote(value);
    if (note) notes.push(note);
  });
  return notes.sort(byCreation);
}

/** How many valid notes one participant has on a canvas: `readNotes` counted, reading only that participant's notes. */
export function countNotesBy(doc: Y.Doc, canvasId: string, authorId: string): number {
  const notes = getNotesMap(doc, canvasId);
  if (!notes) return 0;
  let count = 0;
  for (const key of noteKeysBy(notes, authorId)) {
    const value = notes.get(key);
    if (value instanceof Y.Map && value.get('authorId') === authorId && readNote(value)?.authorId === authorId) count++;
  }
  return count;
}

export function readClusters(doc: Y.Doc, canvasId: string): Cluster[] {
  const clusters: Cluster[] = [];
  getClustersMap(doc, canvasId)?.forEach((value) => {
    const cluster = readCluster(value);
    if (cluster) clusters.push(cluster);
  });
  return clusters.sort((a, b) => a.id.localeCompare(b.id));
}

/** Oldest first; ties broken by id so every replica orders alike. */
export function byCreation(a: Note, b: Note): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

export function readParticipantName(doc: Y.Doc, participantId: string): string {
  const entry = roots(doc).participants.get(participantId);
  return entry instanceof Y.Map ? asString(entry.get('name')) : '';
}
