import * as Y from 'yjs';
import type { ScriptStep } from '../script/schema.ts';
import { readScript, roots } from './access.ts';
import { readTimer, type Timer } from './timer.ts';
import { asNumber, asString, readFields } from './values.ts';

/** Where the room is: the current step, its timer, the spotlight and which results are shown. */

export type Spotlight = { kind: 'note' | 'cluster'; id: string; canvasId: string };

export type Flow = {
  currentStepId: string;
  stepStartedAt: number;
  timer: Timer | null;
  spotlight: Spotlight | null;
  /** Poll, vote and rubric steps whose results the facilitator has shown (for `reveal: hidden`). */
  revealedSteps: string[];
};

function readSpotlight(value: unknown): Spotlight | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if ((v.kind !== 'note' && v.kind !== 'cluster') || typeof v.id !== 'string' || typeof v.canvasId !== 'string') return null;
  return { kind: v.kind, id: v.id, canvasId: v.canvasId };
}

export function readFlow(doc: Y.Doc): Flow {
  const guards = { currentStepId: asString, stepStartedAt: asNumber, timer: readTimer, spotlight: readSpotlight, [REVEALED_STEPS_KEY]: readRevealedSteps };
  return readFields(roots(doc).flow, guards);
}

/** Key in `flow` of the nested map stepId → true for steps whose results are shown. */
export const REVEALED_STEPS_KEY = 'revealedSteps';

function readRevealedSteps(value: unknown): string[] {
  if (!(value instanceof Y.Map)) return [];
  const shown: string[] = [];
  value.forEach((flag, stepId) => {
    if (flag === true) shown.push(stepId);
  });
  return shown.sort();
}

/** Whether a step's results may be shown: always, unless the script hides them until revealed. */
export function areResultsVisible(step: { id: string; reveal?: 'open' | 'hidden' }, flow: Pick<Flow, 'revealedSteps'>): boolean {
  return step.reveal !== 'hidden' || flow.revealedSteps.includes(step.id);
}

/** The current step of the script, or null. */
export function readCurrentStep(doc: Y.Doc): ScriptStep | null {
  const { currentStepId } = readFlow(doc);
  return readScript(doc)?.steps.find((s) => s.id === currentStepId) ?? null;
}
