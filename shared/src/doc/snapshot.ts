import type * as Y from 'yjs';
import { byCanvasOrder, canvasOrder } from '../rules/canvasOrder.ts';
import { canvasIdsOfStep, type ScriptStep } from '../script/schema.ts';
import { readCanvas, readClusters, readFlow, readMeta, readNotes, readScript, roots } from './access.ts';
import type { CanvasInfo } from './canvas.ts';
import type { Note } from './note.ts';

export type ClusterView = { id: string; label: string; suggested: boolean; noteIds: string[] };
export type CanvasView = CanvasInfo & { notes: Note[]; clusters: ClusterView[] };
export type StepView = ScriptStep & { canvasIds: string[] };

/** The whole workshop as plain data: what the facilitator's API and console read. */
export type WorkshopSnapshot = {
  title: string;
  scriptId: string;
  locale: string;
  currentStepId: string;
  steps: StepView[];
  canvases: CanvasView[];
};

export function stepViews(doc: Y.Doc): StepView[] {
  return (readScript(doc)?.steps ?? []).map((step) => ({ ...step, canvasIds: canvasIdsOfStep(step) }));
}

/** One canvas with its notes and clusters as plain data, or null for an unknown id. */
export function readCanvasView(doc: Y.Doc, canvasId: string): CanvasView | null {
  const info = readCanvas(doc, canvasId);
  if (!info) return null;
  const notes = readNotes(doc, canvasId);
  const clusters = readClusters(doc, canvasId).map((cluster) => ({
    ...cluster,
    noteIds: notes.filter((n) => n.clusterId === cluster.id).map((n) => n.id),
  }));
  return { ...info, notes, clusters };
}

export function readWorkshop(doc: Y.Doc): WorkshopSnapshot {
  const meta = readMeta(doc);
  const canvases: CanvasView[] = [];
  for (const canvasId of roots(doc).canvases.keys()) {
    const view = readCanvasView(doc, canvasId);
    if (view) canvases.push(view);
  }
  const steps = stepViews(doc);
  // Canvases in the order the script first shows them; a later vote or synthesis step that names
  // a canvas again does not move it.
  canvases.sort(byCanvasOrder(canvasOrder(steps.flatMap((s) => s.canvasIds)), (c) => c.id));
  return {
    title: meta.title,
    scriptId: meta.scriptId,
    locale: meta.locale,
    currentStepId: readFlow(doc).currentStepId,
    steps,
    canvases,
  };
}
