import type * as Y from 'yjs';
import { readCanvas, readFlow, readScript } from '../doc/access.ts';
import { readCanvasView } from '../doc/snapshot.ts';
import { voteTargetsOf } from '../doc/voteTargets.ts';
import { splitSentences } from '../doc/sentences.ts';
import { readVision } from '../doc/vision.ts';
import { canvasIdsOfStep, type ScriptStep } from '../script/schema.ts';
import type { PhoneCanvas, PhoneOption, PhoneStep, PhoneTimer } from './types.ts';

/** The current step as phones see it, with what each step type needs to be answered. */
export function projectStep(doc: Y.Doc): PhoneStep | null {
  return projectStepById(doc, readFlow(doc).currentStepId);
}

/** Every step as phones see it: a follow-up's phones go through them at their own pace. */
export function projectAllSteps(doc: Y.Doc): PhoneStep[] {
  return (readScript(doc)?.steps ?? []).map((s) => projectStepById(doc, s.id)).filter((s) => s !== null);
}

/** One step of the script as phones see it, or null when the script has no such step. */
export function projectStepById(doc: Y.Doc, stepId: string): PhoneStep | null {
  const script = readScript(doc);
  if (!script) return null;
  const { timer } = readFlow(doc);
  const index = script.steps.findIndex((s) => s.id === stepId);
  const step = script.steps[index];
  if (!step) return null;
  const canvases: PhoneCanvas[] = [];
  for (const canvasId of canvasIdsOfStep(step)) {
    const info = readCanvas(doc, canvasId);
    if (!info) continue;
    canvases.push({
      id: info.id,
      prompt: info.prompt,
      explanation: info.explanation,
      open: step.type === 'prompt' && !info.locked,
      revealed: info.revealed,
    });
  }
  const phoneTimer: PhoneTimer | null =
    timer && timer.stepId === step.id ? { running: timer.running, endsAt: timer.endsAt, remainingMs: timer.remainingMs } : null;
  return {
    id: step.id,
    type: step.type,
    title: step.title,
    body: step.body ?? '',
    index,
    total: script.steps.length,
    canvases,
    timer: phoneTimer,
    ...stepDetails(doc, step),
  };
}

function stepDetails(doc: Y.Doc, step: ScriptStep): Partial<PhoneStep> {
  switch (step.type) {
    case 'info':
      return {
        ...(step.items ? { items: step.items } : {}),
        ...(step.showVision ? { vision: { sentences: splitSentences(readVision(doc).statement) } } : {}),
      };
    case 'close':
      return step.items ? { items: step.items } : {};
    case 'poll':
      return {
        poll: {
          question: step.question,
          kind: step.kind,
          multiple: step.kind === 'choice' && step.multiple,
          options: step.options.map((o) => ({ id: o.id, label: o.label })),
        },
      };
    case 'vote':
      return {
        vote: {
          question: step.question ?? step.title,
          budget: step.budget,
          maxPerTarget: step.maxPerTarget ?? step.budget,
          targets: voteTargets(doc, step.canvasIds, step.target),
        },
      };
    case 'rubric':
      return {
        rubric: {
          question: step.question ?? 'Waar staat onze school nu?',
          phaseNames: step.phaseNames,
          aspects: step.aspects.map((a) => ({ id: a.id, title: a.title, phases: a.phases })),
        },
      };
    case 'explain':
      return { explain: { prompt: step.prompt, norm: step.norm ?? 80 } };
    case 'group':
      return { group: { handful: step.handful } };
    case 'synthesis':
      return { vision: { sentences: splitSentences(readVision(doc).statement) } };
    default:
      return {};
  }
}

/** Vote targets, as the server's rule and the beamer see them. */
function voteTargets(doc: Y.Doc, canvasIds: string[], target: 'notes' | 'clusters'): PhoneOption[] {
  const canvases = canvasIds.map((id) => readCanvasView(doc, id)).filter((c) => c !== null);
  return voteTargetsOf(canvases, target);
}
