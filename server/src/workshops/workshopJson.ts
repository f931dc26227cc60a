import * as Y from 'yjs';
import type { WorkshopResponse } from '@visiebord/shared/api';
import { asString, readFlow, readResults, readVision, readWorkshop, roots } from '@visiebord/shared/doc';
import type { WorkshopRecord } from '../store/types.ts';

/** `GET /api/workshops/:id`: the workshop as plain JSON, in the shape DESIGN.md promises. */
export function workshopJson(record: WorkshopRecord, doc: Y.Doc, stats: { participants: number; online: number }): WorkshopResponse {
  const snapshot = readWorkshop(doc);
  const names = new Map<string, string>();
  roots(doc).participants.forEach((value, id) => {
    if (value instanceof Y.Map) names.set(id, asString(value.get('name')));
  });
  return {
    id: record.id,
    title: snapshot.title,
    joinCode: record.joinCode,
    scriptId: snapshot.scriptId,
    currentStepId: snapshot.currentStepId,
    timer: readFlow(doc).timer,
    createdAt: new Date(record.createdAt).toISOString(),
    deleteAfter: new Date(record.deleteAfter).toISOString(),
    participants: { joined: stats.participants, online: stats.online },
    steps: snapshot.steps.map((step) => ({
      ...step,
      canvasIds: step.canvasIds,
      ...('options' in step ? { options: step.options } : {}),
      ...('aspects' in step ? { aspects: step.aspects } : {}),
      ...('budget' in step ? { budget: step.budget } : {}),
    })),
    canvases: snapshot.canvases.map((canvas) => ({
      id: canvas.id,
      stepId: canvas.stepId,
      prompt: canvas.prompt,
      explanation: canvas.explanation,
      revealed: canvas.revealed,
      locked: canvas.locked,
      notes: canvas.notes.map((n) => ({
        id: n.id,
        text: n.text,
        authorId: n.authorId,
        authorName: names.get(n.authorId) ?? '',
        clusterId: n.clusterId,
        hidden: n.hidden,
        createdAt: new Date(n.createdAt).toISOString(),
      })),
      clusters: canvas.clusters.map((c) => ({ id: c.id, label: c.label, noteIds: c.noteIds })),
    })),
    ...readResults(doc),
    vision: readVision(doc),
  };
}
