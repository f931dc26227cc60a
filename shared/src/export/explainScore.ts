import type * as Y from 'yjs';
import { AppError } from '../api/errors.ts';
import type { ExplainScore } from '../api/responses.ts';
import { readClusters, readNotes, readScript } from '../doc/access.ts';
import { readExplanations } from '../doc/answers.ts';
import { readCopiedThemes } from '../doc/followUp.ts';
import { explainNormOf, meetsNorm } from '../rules/explainNorm.ts';
import { percentOf } from '../rules/percent.ts';
import { scoreExplanation, type VisionTheme } from '../synthesis/explain.ts';

/** The biggest themes stand for the vision; a handful is what a colleague can be asked to name. */
const MAX_THEMES = 8;
/** An explanation "explains the vision" when it names at least this share of its themes. */
const EXPLAINS_FROM = 0.5;

/**
 * The vision's themes: the clusters of every canvas a synthesis step worked on, largest first; in
 * a follow-up, the themes it took from its study day, so both are scored against the same vision.
 */
export function visionThemes(doc: Y.Doc): VisionTheme[] {
  const copied = readCopiedThemes(doc);
  if (copied) return copied;
  const canvasIds = new Set((readScript(doc)?.steps ?? []).flatMap((s) => (s.type === 'synthesis' ? s.canvasIds : [])));
  const themes: Array<VisionTheme & { size: number }> = [];
  for (const canvasId of canvasIds) {
    const notes = readNotes(doc, canvasId).filter((n) => !n.hidden);
    for (const cluster of readClusters(doc, canvasId)) {
      const members = notes.filter((n) => n.clusterId === cluster.id);
      if (members.length < 2 || !cluster.label.trim()) continue;
      themes.push({ id: `${canvasId}/${cluster.id}`, label: cluster.label, keywords: members.slice(0, 3).map((n) => n.text), size: members.length });
    }
  }
  themes.sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
  return themes.slice(0, MAX_THEMES).map(({ size: _size, ...theme }) => theme);
}

/**
 * How well the room explains the vision in its own words, against the step's norm (80% by
 * default). `participants` is everyone who joined: the norm is a share of them, not of the answers.
 * The beamer, the console and every export show this one figure and verdict.
 */
export function explainScore(doc: Y.Doc, stepId: string, participants: number): ExplainScore {
  const step = readScript(doc)?.steps.find((s) => s.id === stepId);
  if (!step || step.type !== 'explain') throw new AppError('step_not_found', 'Deze stap is geen uitleg-stap.');
  const themes = visionThemes(doc);
  const coveredBy = new Map(themes.map((t) => [t.id, 0]));
  const judged = judgeExplanations(doc, stepId, themes);
  for (const { covered } of judged.values()) for (const themeId of covered) coveredBy.set(themeId, (coveredBy.get(themeId) ?? 0) + 1);
  const explaining = [...judged.values()].filter((j) => j.explains).length;
  const norm = explainNormOf(step);
  return {
    stepId,
    norm,
    participants,
    submitted: judged.size,
    explaining,
    share: participants === 0 ? 0 : explaining / participants,
    percent: percentOf(explaining, participants) ?? 0,
    meetsNorm: meetsNorm(explaining, participants, norm),
    themes: themes.map((t) => ({ id: t.id, label: t.label, coveredBy: coveredBy.get(t.id) ?? 0 })),
  };
}

/** Per participant who explained: whether the words explain the vision (for results by role). */
export function explainedBy(doc: Y.Doc, stepId: string): Map<string, boolean> {
  return new Map([...judgeExplanations(doc, stepId, visionThemes(doc))].map(([participantId, j]) => [participantId, j.explains]));
}

function judgeExplanations(doc: Y.Doc, stepId: string, themes: VisionTheme[]): Map<string, { covered: string[]; explains: boolean }> {
  const judged = new Map<string, { covered: string[]; explains: boolean }>();
  for (const [participantId, explanation] of readExplanations(doc, stepId)) {
    const covered = scoreExplanation(themes, explanation.text).filter((c) => c.covered).map((c) => c.themeId);
    judged.set(participantId, { covered, explains: themes.length > 0 && covered.length >= Math.max(1, Math.ceil(themes.length * EXPLAINS_FROM)) });
  }
  return judged;
}
