import type { CanvasSuggestion, SynthesisResponse } from '@visiebord/shared/api';
import type * as Y from 'yjs';
import { AppError } from '@visiebord/shared/api';
import {
  applyClusterSuggestion,
  readCanvas,
  readClusters,
  readCurrentStep,
  readLanguage,
  readNotes,
  readScript,
  readSorts,
  readVotes,
  readVision,
  roots,
  setVisionText,
  STATEMENT_KEY,
} from '@visiebord/shared/doc';
import { canvasIdsOfStep } from '@visiebord/shared/script';
import { joinAnswers, synthesize, type Sort } from '@visiebord/shared/synthesis';

export type { CanvasSuggestion, SynthesisResponse };

/** Which canvases to synthesise: the ones asked for, the current step's, or every prompt canvas. */
export function chooseCanvases(doc: Y.Doc, requested: string[] | undefined): string[] {
  if (requested && requested.length > 0) {
    const unknown = requested.find((id) => !readCanvas(doc, id));
    if (unknown) throw new AppError('canvas_not_found', `De vraag "${unknown.slice(0, 60)}" bestaat niet in deze workshop.`);
    return [...new Set(requested)];
  }
  const step = readCurrentStep(doc);
  const fromStep = step ? canvasIdsOfStep(step) : [];
  if (fromStep.length > 0) return fromStep;
  return [...roots(doc).canvases.keys()].filter((id) => readNotes(doc, id).length > 0);
}

/** The room's crowd sorts that touch these notes, from every group step of the script. */
function sortsFor(doc: Y.Doc, noteIds: Set<string>): Sort[] {
  const sorts: Sort[] = [];
  for (const step of readScript(doc)?.steps ?? []) {
    if (step.type !== 'group') continue;
    for (const piles of readSorts(doc, step.id).values()) {
      const relevant = piles.map((pile) => pile.filter((id) => noteIds.has(id))).filter((pile) => pile.length > 0);
      if (relevant.length > 0) sorts.push(relevant);
    }
  }
  return sorts;
}

/**
 * The room's votes per note, from every vote step: a vote on a group is shared among the group's
 * notes now, so the group keeps its weight however the engine regroups its notes.
 */
function votesFor(doc: Y.Doc, canvasId: string, noteIds: Set<string>): Record<string, number> {
  const notes = readNotes(doc, canvasId);
  const votes: Record<string, number> = {};
  for (const step of readScript(doc)?.steps ?? []) {
    if (step.type !== 'vote') continue;
    for (const allocation of readVotes(doc, step.id).values()) {
      for (const [target, count] of Object.entries(allocation)) {
        if (!(count > 0)) continue;
        if (noteIds.has(target)) votes[target] = (votes[target] ?? 0) + count;
        const members = notes.filter((n) => n.clusterId === target && noteIds.has(n.id));
        for (const note of members) votes[note.id] = (votes[note.id] ?? 0) + count / members.length;
      }
    }
  }
  return votes;
}

/**
 * Runs the engine over each canvas and writes the suggestion into the document: suggested
 * clusters (the facilitator's own clusters are kept), and a draft text per question and for the
 * statement — only where nobody has written one yet, so no edit is ever overwritten.
 */
export function runSynthesis(doc: Y.Doc, canvasIds: string[]): SynthesisResponse {
  const canvases: CanvasSuggestion[] = [];
  for (const canvasId of canvasIds) {
    const canvas = readCanvas(doc, canvasId);
    if (!canvas) continue;
    const notes = readNotes(doc, canvasId).filter((n) => !n.hidden);
    const groups: Record<string, string> = {};
    const facilitatorClusters = new Set(readClusters(doc, canvasId).filter((c) => !c.suggested).map((c) => c.id));
    for (const note of notes) if (note.clusterId && facilitatorClusters.has(note.clusterId)) groups[note.id] = note.clusterId;
    const result = synthesize({
      prompt: canvas.prompt,
      notes: notes.map((n) => ({ id: n.id, text: n.text })),
      sorts: sortsFor(doc, new Set(notes.map((n) => n.id))),
      votes: votesFor(doc, canvasId, new Set(notes.map((n) => n.id))),
      groups,
      language: readLanguage(doc),
    });
    applyClusterSuggestion(doc, canvasId, result.clusters);
    canvases.push({ canvasId, prompt: canvas.prompt, clusters: result.clusters, statement: result.statement });
  }

  const vision = readVision(doc);
  const written = new Map(vision.parts.map((p) => [p.canvasId, p.text.trim()]));
  for (const suggestion of canvases) {
    if (!written.get(suggestion.canvasId) && suggestion.statement.text) setVisionText(doc, suggestion.canvasId, suggestion.statement.text);
  }
  // The statement joins the answers: each question's leading sentence, in the script's order.
  const statement = joinAnswers(canvases.map((c) => c.statement)).text;
  if (!vision.statement.trim() && statement) setVisionText(doc, STATEMENT_KEY, statement);
  return { canvases, statement: readVision(doc).statement || statement };
}
