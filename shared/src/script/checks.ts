import type { z } from 'zod';
import type { scriptObjectSchema } from './schema.ts';
import { didYouMean } from './suggest.ts';

type ParsedScript = z.output<typeof scriptObjectSchema>;
type ParsedStep = ParsedScript['steps'][number];
type Report = (path: PropertyKey[], message: string) => void;

/**
 * The checks that look across a script once every step has the right shape: ids that must be
 * unique, canvases that must exist before a step works on them, options that must fit together.
 * Runs as the script schema's refinement, so its messages arrive with the shape errors' path.
 */
export function checkScript(script: ParsedScript, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkStepIds(script.steps, report);
  checkCanvasReferences(script.steps, report);
  script.steps.forEach((step, i) => checkStep(step, ['steps', i], report));
  checkCloseIsLast(script.steps, report);
  checkMinutes(script, report);
  checkRoles(script, report);
  checkFollowUp(script, report);
  checkLanguage(script, report);
}

function checkLanguage(script: ParsedScript, report: Report): void {
  if (script.language && script.locale && script.language !== script.locale) {
    report(['language'], `language (${script.language}) en locale (${script.locale}) spreken elkaar tegen: laat locale weg`);
  }
}

function checkRoles(script: ParsedScript, report: Report): void {
  if (!script.roles) return;
  checkUnique(script.roles.map((r) => r.id), (j, value) => report(['roles', j, 'id'], `rol-id "${value}" komt twee keer voor`));
  checkUnique(script.roles.map((r) => r.label.toLowerCase()), (j, value) => report(['roles', j, 'label'], `rol "${value}" komt twee keer voor`));
}

/** Step types a follow-up cannot hold: they need a facilitator and the room together. */
const ROOM_ONLY: ReadonlySet<string> = new Set(['vote', 'group', 'synthesis']);

/** A follow-up runs without a facilitator: each phone answers at its own pace, so no room-only steps. */
function checkFollowUp(script: ParsedScript, report: Report): void {
  if (!script.followUp) return;
  script.steps.forEach((step, i) => {
    if (ROOM_ONLY.has(step.type)) {
      report(['steps', i, 'type'], `een vervolgscript (followUp) kan geen ${step.type}-stap hebben: telefoons doen het in hun eigen tempo, zonder begeleider`);
    }
  });
  if (!script.steps.some((s) => s.type === 'rubric' || s.type === 'explain')) {
    report(['steps'], 'een vervolgscript (followUp) heeft minstens een rubric- of explain-stap; anders valt er over de tijd niets te vergelijken');
  }
}

function checkStepIds(steps: ParsedStep[], report: Report): void {
  const seen = new Map<string, number>();
  steps.forEach((step, i) => {
    const first = seen.get(step.id);
    if (first === undefined) seen.set(step.id, i);
    else report(['steps', i, 'id'], `stap-id "${step.id}" komt twee keer voor (ook bij steps[${first}])`);
  });
}

/** Canvases are made by prompt steps; vote, group and synthesis steps may only use earlier ones. */
function checkCanvasReferences(steps: ParsedStep[], report: Report): void {
  const madeIn = new Map<string, number>();
  steps.forEach((step, i) => {
    if (step.type !== 'prompt') return;
    step.canvases.forEach((canvas, j) => {
      const first = madeIn.get(canvas.id);
      if (first === undefined) madeIn.set(canvas.id, i);
      else report(['steps', i, 'canvases', j, 'id'], `canvas-id "${canvas.id}" komt twee keer voor (ook in steps[${first}])`);
    });
  });
  const known = [...madeIn.keys()];
  steps.forEach((step, i) => {
    if (!('canvasIds' in step)) return;
    const listed = new Set<string>();
    step.canvasIds.forEach((canvasId, j) => {
      const path = ['steps', i, 'canvasIds', j];
      const where = madeIn.get(canvasId);
      if (where === undefined) {
        report(path, `canvas "${canvasId}" bestaat niet in dit script${didYouMean(canvasId, known)}`);
      } else if (where > i) {
        report(path, `canvas "${canvasId}" komt pas later (steps[${where}]); een ${step.type}-stap werkt met canvassen van eerdere stappen`);
      } else if (listed.has(canvasId)) {
        report(path, `canvas "${canvasId}" staat twee keer in de lijst`);
      }
      listed.add(canvasId);
    });
  });
}

function checkStep(step: ParsedStep, at: PropertyKey[], report: Report): void {
  switch (step.type) {
    case 'poll':
      checkUnique(step.options.map((o) => o.id), (j, value) => report([...at, 'options', j, 'id'], `optie-id "${value}" komt twee keer voor`));
      checkUnique(step.options.map((o) => o.label), (j, value) => report([...at, 'options', j, 'label'], `optie "${value}" komt twee keer voor`));
      if (step.kind === 'scale' && step.multiple) {
        report([...at, 'multiple'], 'meerdere antwoorden kan alleen bij kind: choice; op een schaal kies je één punt');
      }
      return;
    case 'vote':
      if (step.maxPerTarget !== undefined && step.maxPerTarget > step.budget) {
        report([...at, 'maxPerTarget'], `mag niet meer zijn dan het budget (${step.budget})`);
      }
      return;
    case 'rubric':
      checkUnique(step.phaseNames, (j, value) => report([...at, 'phaseNames', j], `fasenaam "${value}" komt twee keer voor`));
      checkUnique(step.aspects.map((a) => a.id), (j, value) => report([...at, 'aspects', j, 'id'], `aspect-id "${value}" komt twee keer voor`));
      step.aspects.forEach((aspect, j) => {
        if (aspect.phases.every((cell) => cell === null)) {
          report([...at, 'aspects', j, 'phases'], 'minstens één fase van een aspect heeft een tekst');
        }
      });
      return;
    default:
      return;
  }
}

function checkUnique(values: string[], onDuplicate: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, j) => {
    if (seen.has(value)) onDuplicate(j, value);
    seen.add(value);
  });
}

function checkCloseIsLast(steps: ParsedStep[], report: Report): void {
  steps.forEach((step, i) => {
    if (step.type === 'close' && i !== steps.length - 1) {
      report(['steps', i, 'type'], 'een close-stap hoort als laatste stap; gebruik info voor een tussenstap');
    }
  });
}

function checkMinutes(script: ParsedScript, report: Report): void {
  if (script.minutes === undefined) return;
  const total = script.steps.reduce((sum, step) => sum + (step.minutes ?? 0), 0);
  if (total > script.minutes) {
    report(['minutes'], `de stappen duren samen ${total} minuten, meer dan de ${script.minutes} minuten van het script`);
  }
}
