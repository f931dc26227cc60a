import type * as Y from 'yjs';
import { AppError } from '../api/errors.ts';
import { readCurrentStep, readFlow, readScript } from '../doc/access.ts';
import { readFollowUpOf } from '../doc/followUp.ts';
import { isExpired } from '../doc/timer.ts';
import type { ScriptStep, StepType } from '../script/schema.ts';

/**
 * The steps a phone may answer now: the current one, or in a follow-up (where each phone goes at
 * its own pace) every step of the script.
 */
export function answerableSteps(doc: Y.Doc): ScriptStep[] {
  if (readFollowUpOf(doc)) return readScript(doc)?.steps ?? [];
  const step = readCurrentStep(doc);
  return step ? [step] : [];
}

/** The step an answer is for, if it may be answered now and is of the right type. */
export function currentStepOfType<T extends StepType>(doc: Y.Doc, stepId: string, type: T): Extract<ScriptStep, { type: T }> {
  const step = answerableSteps(doc).find((s) => s.id === stepId);
  if (!step) throw new AppError('step_not_current');
  if (step.type !== type) throw new AppError('invalid_request', 'Deze actie past niet bij de stap die nu open is.');
  return step as Extract<ScriptStep, { type: T }>;
}

/**
 * Answers close when the step's timer has run out, until the facilitator adds time; in a
 * follow-up, when its open period has passed.
 */
export function assertTimeLeft(doc: Y.Doc, now: number): void {
  const followUp = readFollowUpOf(doc);
  if (followUp) {
    if (now >= followUp.openUntil) throw new AppError('follow_up_closed');
    return;
  }
  const { timer, currentStepId } = readFlow(doc);
  if (timer && timer.stepId === currentStepId && isExpired(timer, now)) throw new AppError('time_up');
}
