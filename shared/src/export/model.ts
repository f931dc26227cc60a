import type * as Y from 'yjs';
import {
  medianPhase,
  readLanguage,
  readParticipantName,
  readResults,
  readScript,
  readVision,
  readWorkshop,
  type CanvasView,
  type Results,
} from '../doc/index.ts';
import { byCanvasOrder, canvasOrder } from '../rules/canvasOrder.ts';
import { percentOf } from '../rules/percent.ts';
import { explainScore } from './explainScore.ts';
import { exportWords } from './exportWords.ts';
import type { Script, ScriptStep, StepOf } from '../script/schema.ts';
import type { ExportCanvas, ExportCluster, ExportExplanation, ExportModel, ExportNote, ExportPoll, ExportRubric } from './types.ts';

export { DEFAULT_EXPLAIN_NORM } from '../rules/explainNorm.ts';

export type ExportModelOptions = {
  /** People who joined the workshop (the store knows; the document does not). */
  participants: number;
  exportedAt: number;
  /** When the workshop was made: the study day's date if nobody wrote a note. */
  createdAt: number;
  /**
   * Moderated (hidden) notes are left out of every export a person reads — Word, Markdown, CSV,
   * the print view — because the facilitator took them out of the room's view for a reason. Only
   * the JSON file, which is the complete workshop to continue with, keeps them (marked `hidden`).
   */
  includeModerated?: boolean;
};

/**
 * Reads a workshop document into the export model. Pure: the same document and options give the
 * same model. Example: `buildExportModel(room.doc, { participants: 30, exportedAt: Date.now(), createdAt })`.
 */
export function buildExportModel(doc: Y.Doc, options: ExportModelOptions): ExportModel {
  const script = readScript(doc);
  const language = readLanguage(doc);
  const snapshot = readWorkshop(doc);
  const results = readResults(doc);
  const votes = voteTotals(results);
  const names = new Map<string, string>();
  const nameOf = (authorId: string): string => {
    if (!names.has(authorId)) names.set(authorId, readParticipantName(doc, authorId).trim());
    return names.get(authorId) ?? '';
  };

  // In the order the script asks the questions (a vote step naming a canvas again does not move it).
  const order = canvasOrder(stepsOf(script, 'prompt').flatMap((s) => s.canvases.map((c) => c.id)));
  const canvases = [...snapshot.canvases]
    .sort(byCanvasOrder(order, (c) => c.id))
    .map((canvas) =>
      exportCanvas(canvas, script, { votes, nameOf, includeModerated: options.includeModerated === true, unnamed: exportWords(language).unnamedCluster }),
    );
  const notes = canvases.flatMap((c) => [...c.clusters.flatMap((cl) => cl.notes), ...c.unclustered].sort(byCreation));
  const firstNote = notes.reduce((min, n) => Math.min(min, n.createdAt), Number.POSITIVE_INFINITY);
  const canvasTitles = new Map(canvases.map((c) => [c.id, c.title]));
  const vision = readVision(doc);

  return {
    language,
    title: snapshot.title,
    scriptTitle: script?.title ?? '',
    heldOn: Number.isFinite(firstNote) && firstNote > 0 ? firstNote : options.createdAt,
    exportedAt: options.exportedAt,
    participants: options.participants,
    vision: {
      statement: vision.statement.trim(),
      parts: vision.parts
        .filter((p) => p.text.trim() !== '')
        .map((p) => ({ canvasId: p.canvasId, title: canvasTitles.get(p.canvasId) ?? p.prompt, text: p.text.trim() })),
    },
    canvases,
    polls: exportPolls(script, results),
    rubrics: exportRubrics(script, results),
    explanations: exportExplanations(doc, script, options.participants),
    notes,
  };
}

function byCreation(a: ExportNote, b: ExportNote): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

/** Dots per note or cluster, added up over every vote step (ids never repeat across the two). */
function voteTotals(results: Results): Map<string, number> {
  const totals = new Map<string, number>();
  for (const vote of results.votes) {
    for (const [target, n] of Object.entries(vote.totals)) totals.set(target, (totals.get(target) ?? 0) + n);
  }
  return totals;
}

type CanvasContext = {
  votes: Map<string, number>;
  nameOf: (authorId: string) => string;
  includeModerated: boolean;
  /** A cluster's label when the room left it empty, in the workshop's language. */
  unnamed: string;
};

function exportCanvas(canvas: CanvasView, script: Script | null, ctx: CanvasContext): ExportCanvas {
  const step = script?.steps.find((s): s is StepOf<'prompt'> => s.type === 'prompt' && s.canvases.some((c) => c.id === canvas.id));
  const spec = step?.canvases.find((c) => c.id === canvas.id);
  const title = spec?.title ?? canvas.prompt;
  const labels = new Map(canvas.clusters.map((c) => [c.id, c.label.trim()]));

  const notes: ExportNote[] = canvas.notes
    .filter((n) => ctx.includeModerated || !n.hidden)
    .filter((n) => n.text.trim() !== '')
    .map((n) => {
      // A note pointing at a cluster that no longer exists counts as unclustered.
      const clusterId = n.clusterId !== null && labels.has(n.clusterId) ? n.clusterId : null;
      return {
        id: n.id,
        canvasId: canvas.id,
        canvasTitle: title,
        text: n.text.trim(),
        clusterId,
        clusterLabel: clusterId === null ? '' : (labels.get(clusterId) ?? ''),
        votes: ctx.votes.get(n.id) ?? 0,
        authorName: ctx.nameOf(n.authorId),
        createdAt: n.createdAt,
        hidden: n.hidden,
      };
    });

  const clusters: ExportCluster[] = canvas.clusters
    .map((c) => ({
      id: c.id,
      label: c.label.trim() || ctx.unnamed,
      votes: ctx.votes.get(c.id) ?? 0,
      notes: notes.filter((n) => n.clusterId === c.id),
    }))
    // A cluster whose notes were all moderated away has nothing left to show.
    .filter((c) => c.notes.length > 0)
    // Most dots first: the order the room chose; the label settles ties so every export agrees.
    .sort((a, b) => b.votes - a.votes || a.label.localeCompare(b.label, 'nl') || a.id.localeCompare(b.id));

  return {
    id: canvas.id,
    title,
    prompt: canvas.prompt,
    stepTitle: step?.title ?? '',
    part: step?.part ?? '',
    clusters,
    unclustered: notes.filter((n) => n.clusterId === null),
    noteCount: notes.length,
  };
}

function stepsOf<T extends ScriptStep['type']>(script: Script | null, type: T): Array<StepOf<T>> {
  return (script?.steps ?? []).filter((s): s is StepOf<T> => s.type === type);
}

/** Each step of a type beside the room's result for it (none while nobody answered). */
function stepsWithResult<T extends ScriptStep['type'], R extends { stepId: string; respondents: number }>(
  script: Script | null,
  type: T,
  results: readonly R[],
): Array<{ step: StepOf<T>; result: R | undefined; respondents: number }> {
  return stepsOf(script, type).map((step) => {
    const result = results.find((r) => r.stepId === step.id);
    return { step, result, respondents: result?.respondents ?? 0 };
  });
}

function exportPolls(script: Script | null, results: Results): ExportPoll[] {
  return stepsWithResult(script, 'poll', results.polls).map(({ step, result, respondents }) => ({
    stepId: step.id,
    title: step.title,
    question: step.question,
    kind: step.kind,
    respondents,
    options: step.options.map((o) => ({ id: o.id, label: o.label, count: result?.counts[o.id] ?? 0 })),
  }));
}

function exportRubrics(script: Script | null, results: Results): ExportRubric[] {
  return stepsWithResult(script, 'rubric', results.rubrics).map(({ step, result, respondents }) => ({
    stepId: step.id,
    title: step.title,
    question: step.question ?? '',
    phaseNames: [...step.phaseNames],
    respondents,
    aspects: step.aspects.map((aspect) => {
      const spread = result?.spread[aspect.id] ?? [0, 0, 0, 0];
      return { id: aspect.id, title: aspect.title, phases: [...aspect.phases], spread: [spread[0], spread[1], spread[2], spread[3]], median: medianPhase(spread) };
    }),
  }));
}

/** The same figure and verdict the beamer and the console show (`explainScore`). */
function exportExplanations(doc: Y.Doc, script: Script | null, participants: number): ExportExplanation[] {
  return stepsOf(script, 'explain').map((step) => {
    const score = explainScore(doc, step.id, participants);
    return {
      stepId: step.id,
      title: step.title,
      prompt: step.prompt,
      count: score.explaining,
      submitted: score.submitted,
      participants,
      percentage: percentOf(score.explaining, participants),
      norm: score.norm,
      meetsNorm: score.meetsNorm,
    };
  });
}
