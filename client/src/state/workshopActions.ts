import {
  acceptCluster,
  assignNoteToCluster,
  createCluster,
  getVisionText,
  ORIGIN,
  readVision,
  removeCluster,
  renameCluster,
  resetStep,
  setCanvasLocked,
  setCanvasRevealed,
  setCurrentStep,
  setNoteHidden,
  setSpotlight,
  setStepResultsRevealed,
  STATEMENT_KEY,
  type Spotlight,
} from '@visiebord/shared/doc';
import type * as Y from 'yjs';
import { createUuid } from '../lib/uuid';

/**
 * What the facilitator can change, as plain functions over the shared mutations: the Y.Doc stays
 * the source of truth and `bindDoc` brings every change back into the store. An action that needs
 * several mutations runs them in one transaction, so the room (and a second facilitator) sees one
 * change, never half of a merge.
 */
export type WorkshopActions = ReturnType<typeof createWorkshopActions>;

/**
 * The label older workshops gave a dissolved group (emptied and nameless, before clusters could
 * be removed); the board still leaves such leftovers out.
 */
export const DISSOLVED_LABEL = '';

export function createWorkshopActions(doc: Y.Doc) {
  const together = (change: () => void) => doc.transact(change, ORIGIN.facilitator);

  const assignNote = (canvasId: string, noteId: string, clusterId: string | null, accept = false) =>
    together(() => {
      assignNoteToCluster(doc, noteId, clusterId);
      // Dragging a note into a suggested group makes it the facilitator's own.
      if (clusterId && accept) acceptCluster(doc, canvasId, clusterId);
    });

  /** The group goes; its notes back to the unsorted pile. */
  const dissolveCluster = (canvasId: string, clusterId: string) => removeCluster(doc, canvasId, clusterId);

  return {
    goToStep: (stepId: string) => setCurrentStep(doc, stepId, Date.now()),
    setNoteHidden: (noteId: string, hidden: boolean) => setNoteHidden(doc, noteId, hidden),
    setCanvasRevealed: (canvasId: string, revealed: boolean) => setCanvasRevealed(doc, canvasId, revealed),
    setCanvasLocked: (canvasId: string, locked: boolean) => setCanvasLocked(doc, canvasId, locked),
    setSpotlight: (spotlight: Spotlight | null) => setSpotlight(doc, spotlight),
    /** Shows (or hides again) a poll, vote or rubric step's results whose script hides them. */
    setStepResultsRevealed: (stepId: string, revealed: boolean) => setStepResultsRevealed(doc, stepId, revealed),
    /** Clears a step's notes, clusters and answers (after a test round). */
    resetStep: (stepId: string) => resetStep(doc, stepId),

    assignNote,
    /** A new group, optionally with a first note in it; returns its id. */
    createCluster: (canvasId: string, label: string, noteId?: string): string => {
      const id = `c-${createUuid()}`;
      together(() => {
        createCluster(doc, canvasId, { id, label });
        if (noteId) assignNoteToCluster(doc, noteId, id);
      });
      return id;
    },
    /** Renaming a suggested group accepts it: the name is now the facilitator's. */
    renameCluster: (canvasId: string, clusterId: string, label: string) =>
      together(() => {
        renameCluster(doc, canvasId, clusterId, label);
        acceptCluster(doc, canvasId, clusterId);
      }),
    acceptCluster: (canvasId: string, clusterId: string) => acceptCluster(doc, canvasId, clusterId),
    /** All notes of `fromId` into `intoId`; `fromId` is dissolved. */
    mergeClusters: (canvasId: string, fromId: string, intoId: string, noteIds: readonly string[], accept = false) =>
      together(() => {
        for (const noteId of noteIds) assignNoteToCluster(doc, noteId, intoId);
        if (accept) acceptCluster(doc, canvasId, intoId);
        removeCluster(doc, canvasId, fromId);
      }),
    dissolveCluster,

    /** The current text of a vision part (a canvas id or the statement), without creating it. */
    readVisionText: (key: string): string => {
      const vision = readVision(doc);
      return key === STATEMENT_KEY ? vision.statement : (vision.parts.find((p) => p.canvasId === key)?.text ?? '');
    },
    /** Typing in the shared draft: one delete and one insert, so two people can write at once. */
    spliceVisionText: (key: string, index: number, remove: number, insert: string) =>
      together(() => {
        const text = getVisionText(doc, key);
        const at = Math.min(Math.max(0, index), text.length);
        const count = Math.min(Math.max(0, remove), text.length - at);
        if (count > 0) text.delete(at, count);
        if (insert) text.insert(at, insert);
      }),
  };
}
