import { requestJson } from '../../../lib/api';

export type SynthesisAnswer = {
  canvases: Array<{ canvasId: string; prompt: string; clusters: Array<{ id: string; label: string; noteIds: string[] }> }>;
  statement?: unknown;
};

/** Runs the offline synthesis over these canvases; the server writes suggested groups and drafts into the document. */
export const postSynthesis = (workshopId: string, key: string, canvasIds: readonly string[]) =>
  requestJson<SynthesisAnswer>(`/api/workshops/${encodeURIComponent(workshopId)}/synthesis`, { method: 'POST', token: key, body: { canvasIds } });
