import type * as Y from 'yjs';
import { AppError } from '../api/errors.ts';
import type { ExplainScore } from '../api/responses.ts';
import { readClusters, readNotes, readScript } from '../doc/access.ts';
import { readExplanations } from '../doc/answers.ts';
import { explainNormOf, meetsNorm } from '../rules/explainNorm.ts';
import { percentOf } from '../rules/percent.ts';
import { scoreExplanation, type VisionTheme } from '../synthesis/explain.ts';

/** The biggest themes stand for the vision; a handful is what a colleague can be asked to name. */
const MAX_THEMES = 8;
/** An explanation "explains the vision" when it names at least this share of its themes. */
const EXPLAINS_FROM = 0.5;


/** The vision's themes: the clusters of every canvas a synthesis step worked on, largest first. */
export function visionThemes(doc: Y.Doc): VisionTheme[] {
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
  const explanations = [...readExplanations(doc, stepId).values()];
  let explaining = 0;
  for (const explanation of explanations) {
    const coverage = scoreExplanation(themes, explanation.text);
    const covered = coverage.filter((c) => c.covered);
    for (const c of covered) coveredBy.set(c.themeId, (coveredBy.get(c.themeId) ?? 0) + 1);
    if (themes.length > 0 && covered.length >= Math.max(1, Math.ceil(themes.length * EXPLAINS_FROM))) explaining++;
  }
  const norm = explainNormOf(step);
  return {
    stepId,
    norm,
    participants,
    submitted: explanations.length,
    explaining,
    share: participants === 0 ? 0 : explaining / participants,
    percent: percentOf(explaining, participants) ?? 0,
    meetsNorm: meetsNorm(explaining, participants, norm),
    themes: themes.map((t) => ({ id: t.id, label: t.label, coveredBy: coveredBy.get(t.id) ?? 0 })),
  };
}
