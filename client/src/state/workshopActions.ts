import { setCanvasLocked, setCanvasRevealed, setCurrentStep, setNoteHidden } from '@visiebord/shared/doc';
import type * as Y from 'yjs';

/**
 * What the facilitator can change, as plain functions over the shared mutations: the Y.Doc stays
 * the source of truth and `bindDoc` brings every change back into the store.
 */
export type WorkshopActions = ReturnType<typeof createWorkshopActions>;

export function createWorkshopActions(doc: Y.Doc) {
  return {
    goToStep: (stepId: string) => setCurrentStep(doc, stepId, Date.now()),
    setNoteHidden: (noteId: string, hidden: boolean) => setNoteHidden(doc, noteId, hidden),
    setCanvasRevealed: (canvasId: string, revealed: boolean) => setCanvasRevealed(doc, canvasId, revealed),
    setCanvasLocked: (canvasId: string, locked: boolean) => setCanvasLocked(doc, canvasId, locked),
  };
}
