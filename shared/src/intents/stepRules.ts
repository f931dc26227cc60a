import type * as Y from 'yjs';
import { AppError } from '../api/errors.ts';
import { readCurrentStep, readFlow } from '../doc/access.ts';
import { isExpired } from '../doc/timer.ts';
import type { ScriptStep, StepType } from '../script/schema.ts';

/** The step an answer is for, if it is the current one and of the right type. */
export function currentStepOfType<T extends StepType>(doc: Y.Doc, stepId: string, type: T): Extract<ScriptStep, { type: T }> {
  const step = readCurrentStep(doc);
  if (!step || step.id !== stepId) throw new AppError('step_not_current');
  if (step.type !== type) throw new AppError('invalid_request', 'Deze actie past niet bij de stap die nu open is.');
  return step as Extract<ScriptStep, { type: T }>;
}

/** Answers close when the step's timer has run out, until the facilitator adds time. */
export function assertTimeLeft(doc: Y.Doc, now: number): void {
  const { timer, currentStepId } = readFlow(doc);
  if (timer && timer.stepId === currentStepId && isExpired(timer, now)) throw new AppError('time_up');
}
