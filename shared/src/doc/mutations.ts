import * as Y from 'yjs';
import type { Script } from '../script/schema.ts';
import { findNoteMap, getCanvasMap, getClustersMap, getNotesMap, readScript, REVEALED_STEPS_KEY, roots, type Spotlight } from './access.ts';
import { clearStepAnswers } from './answers.ts';
import { createVisionTexts } from './vision.ts';
import { createCanvasMap } from './canvas.ts';
import { createClusterMap, type ClusterOrigin } from './cluster.ts';
import { createNoteMap, type NewNote } from './note.ts';
import { ORIGIN, SCHEMA_VERSION } from './roots.ts';
import type { Timer } from './timer.ts';

/**
 * Every write to a workshop document is one of these named mutations, each in one transaction.
 * `origin` lets observers (and the server) tell facilitator edits from intents.
 */

/** The map under `key` in `parent`, made there on first use; call inside a transaction. */
function nestedMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = parent.get(key);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const made = new Y.Map<unknown>();
  parent.set(key, made);
  return made;
}

export function initWorkshop(doc: Y.Doc, init: { script: Script; title: string; now: number }): void {
  doc.transact(() => {
    const { meta, flow, canvases } = roots(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', init.title);
    meta.set('scriptId', init.script.id);
    meta.set('locale', init.script.locale);
    // The script is copied in, so editing a script file never changes a running workshop.
    meta.set('script', JSON.stringify(init.script));
    for (const step of init.script.steps) {
      if (step.type !== 'prompt') continue;
      for (const spec of step.canvases) canvases.set(spec.id, createCanvasMap(spec, step.id));
    }
    flow.set('currentStepId', init.script.steps[0]?.id ?? '');
    flow.set(REVEALED_STEPS_KEY, new Y.Map());
    createVisionTexts(doc, [...new Set(init.script.steps.flatMap((s) => (s.type === 'synthesis' ? s.canvasIds : [])))]);
    flow.set('stepStartedAt', init.now);
  }, ORIGIN.init);
}

/** Moves the workshop to a step of its script; returns false for an unknown step. */
export function setCurrentStep(doc: Y.Doc, stepId: string, now: number, origin: unknown = ORIGIN.facilitator): boolean {
  if (!readScript(doc)?.steps.some((s) => s.id === stepId)) return false;
  doc.transact(() => {
    const { flow } = roots(doc);
    flow.set('currentStepId', stepId);
    flow.set('stepStartedAt', now);
    // A spotlight belongs to the step it was turned on in.
    if (flow.get('spotlight')) flow.set('spotlight', null);
  }, origin);
  return true;
}

export function setTimer(doc: Y.Doc, timer: Timer | null, origin: unknown = ORIGIN.facilitator): void {
  doc.transact(() => roots(doc).flow.set('timer', timer), origin);
}

export function setSpotlight(doc: Y.Doc, spotlight: Spotlight | null, origin: unknown = ORIGIN.facilitator): void {
  doc.transact(() => roots(doc).flow.set('spotlight', spotlight), origin);
}

/** Shows (or hides again) the results of a poll, vote or rubric step whose script hides them. */
export function setStepResultsRevealed(doc: Y.Doc, stepId: string, revealed: boolean, origin: unknown = ORIGIN.facilitator): void {
  doc.transact(() => {
    const shown = nestedMap(roots(doc).flow, REVEALED_STEPS_KEY);
    if (revealed) shown.set(stepId, true);
    else shown.delete(stepId);
  }, origin);
}

export function addNote(doc: Y.Doc, note: NewNote, origin: unknown = ORIGIN.intent): boolean {
  const notes = getNotesMap(doc, note.canvasId);
  if (!notes) return false;
  doc.transact(() => notes.set(note.id, createNoteMap(note)), origin);
  return true;
}

function updateNote(doc: Y.Doc, noteId: string, origin: unknown, change: (note: Y.Map<unknown>) => void): boolean {
  const note = findNoteMap(doc, noteId);
  if (!note) return false;
  doc.transact(() => change(note), origin);
  return true;
}

export function editNoteText(doc: Y.Doc, noteId: string, text: string, now: number, origin: unknown = ORIGIN.intent): boolean {
  return updateNote(doc, noteId, origin, (note) => {
    note.set('text', text);
    note.set('updatedAt', now);
  });
}

export function removeNote(doc: Y.Doc, noteId: string, origin: unknown = ORIGIN.intent): boolean {
  const note = findNoteMap(doc, noteId);
  const parent = note?.parent;
  if (!note || !(parent instanceof Y.Map)) return false;
  doc.transact(() => parent.delete(noteId), origin);
  return true;
}

/** Moderation: a hidden note stays with its author and the facilitator, and leaves everyone else's view. */
export function setNoteHidden(doc: Y.Doc, noteId: string, hidden: boolean, origin: unknown = ORIGIN.facilitator): boolean {
  return updateNote(doc, noteId, origin, (note) => note.set('hidden', hidden));
}

export function moveNote(doc: Y.Doc, noteId: string, x: number, y: number, origin: unknown = ORIGIN.facilitator): boolean {
  return updateNote(doc, noteId, origin, (note) => {
    note.set('x', x);
    note.set('y', y);
  });
}

export function assignNoteToCluster(doc: Y.Doc, noteId: string, clusterId: string | null, origin: unknown = ORIGIN.facilitator): boolean {
  return updateNote(doc, noteId, origin, (note) => note.set('clusterId', clusterId));
}

export function createCluster(
  doc: Y.Doc,
  canvasId: string,
  cluster: { id: string; label: string; suggested?: boolean },
  origin: unknown = ORIGIN.facilitator,
): boolean {
  const clusters = getClustersMap(doc, canvasId);
  if (!clusters) return false;
  doc.transact(() => clusters.set(cluster.id, createClusterMap({ suggested: false, ...cluster })), origin);
  return true;
}

export function renameCluster(doc: Y.Doc, canvasId: string, clusterId: string, label: string, origin: unknown = ORIGIN.facilitator): boolean {
  const cluster = getClustersMap(doc, canvasId)?.get(clusterId);
  if (!(cluster instanceof Y.Map)) return false;
  doc.transact(() => cluster.set('label', label), origin);
  return true;
}

function setCanvasFlag(doc: Y.Doc, canvasId: string, key: 'revealed' | 'locked', value: boolean, origin: unknown): boolean {
  const canvas = getCanvasMap(doc, canvasId);
  if (!canvas) return false;
  doc.transact(() => canvas.set(key, value), origin);
  return true;
}

export const setCanvasRevealed = (doc: Y.Doc, canvasId: string, revealed: boolean, origin: unknown = ORIGIN.facilitator) =>
  setCanvasFlag(doc, canvasId, 'revealed', revealed, origin);

export const setCanvasLocked = (doc: Y.Doc, canvasId: string, locked: boolean, origin: unknown = ORIGIN.facilitator) =>
  setCanvasFlag(doc, canvasId, 'locked', locked, origin);

export function setParticipantName(doc: Y.Doc, participantId: string, name: string, origin: unknown = ORIGIN.intent): void {
  setParticipantField(doc, participantId, 'name', name, origin);
}

/** Sets one field of a participant's entry (name, role), making the entry on first use. */
export function setParticipantField(doc: Y.Doc, participantId: string, field: 'name' | 'role', value: string, origin: unknown): void {
  doc.transact(() => nestedMap(roots(doc).participants, participantId).set(field, value), origin);
}

/**
 * Clears a step for the live run after a test round: its canvases' notes and clusters, and every
 * answer to it. The script stays as it was.
 */
export function resetStep(doc: Y.Doc, stepId: string, origin: unknown = ORIGIN.facilitator): boolean {
  const step = readScript(doc)?.steps.find((s) => s.id === stepId);
  if (!step) return false;
  doc.transact(() => {
    if (step.type === 'prompt') {
      for (const canvas of step.canvases) {
        getNotesMap(doc, canvas.id)?.clear();
        getClustersMap(doc, canvas.id)?.clear();
      }
    }
    clearStepAnswers(doc, stepId, origin);
  }, origin);
  return true;
}

export type SuggestedCluster = { id: string; label: string; noteIds: string[]; origin?: ClusterOrigin };

/**
 * Lays a synthesis suggestion over a canvas. The facilitator's own clusters (not `suggested`)
 * keep every note they hold; earlier suggestions that were not accepted are replaced.
 */
export function applyClusterSuggestion(doc: Y.Doc, canvasId: string, suggestion: SuggestedCluster[], origin: unknown = ORIGIN.facilitator): boolean {
  const clusters = getClustersMap(doc, canvasId);
  const notes = getNotesMap(doc, canvasId);
  if (!clusters || !notes) return false;
  doc.transact(() => {
    const kept = new Set<string>();
    clusters.forEach((value, id) => {
      if (value instanceof Y.Map && value.get('suggested') !== true) kept.add(id);
    });
    for (const id of [...clusters.keys()]) if (!kept.has(id)) clusters.delete(id);
    notes.forEach((note) => {
      if (!(note instanceof Y.Map)) return;
      const clusterId = note.get('clusterId');
      if (typeof clusterId === 'string' && !kept.has(clusterId)) note.set('clusterId', null);
    });
    for (const cluster of suggestion) {
      if (!kept.has(cluster.id)) clusters.set(cluster.id, createClusterMap({ id: cluster.id, label: cluster.label, suggested: true, origin: cluster.origin === 'room' ? 'room' : 'engine' }));
      for (const noteId of cluster.noteIds) {
        const note = notes.get(noteId);
        if (note instanceof Y.Map && note.get('clusterId') === null) note.set('clusterId', cluster.id);
      }
    }
  }, origin);
  return true;
}

/** The facilitator takes a suggested cluster as their own: later suggestions leave it alone. */
export function acceptCluster(doc: Y.Doc, canvasId: string, clusterId: string, origin: unknown = ORIGIN.facilitator): boolean {
  const cluster = getClustersMap(doc, canvasId)?.get(clusterId);
  if (!(cluster instanceof Y.Map)) return false;
  doc.transact(() => cluster.set('suggested', false), origin);
  return true;
}

/**
 * Removes a cluster; its notes go back to the unsorted pile. A note another facilitator drops
 * into it at the same moment keeps a cluster id that no longer exists, which every reader treats
 * as unsorted — nothing is lost.
 */
export function removeCluster(doc: Y.Doc, canvasId: string, clusterId: string, origin: unknown = ORIGIN.facilitator): boolean {
  const clusters = getClustersMap(doc, canvasId);
  const notes = getNotesMap(doc, canvasId);
  if (!clusters || !notes || !clusters.has(clusterId)) return false;
  doc.transact(() => {
    notes.forEach((note) => {
      if (note instanceof Y.Map && note.get('clusterId') === clusterId) note.set('clusterId', null);
    });
    clusters.delete(clusterId);
  }, origin);
  return true;
}
