import { z } from 'zod';

/** Ids in scripts end up in URLs and document keys: keep them plain. */
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'gebruik kleine letters, cijfers en streepjes (bijv. "welke-wedstrijd")');

const text = z.string().trim().min(1, 'mag niet leeg zijn');

export const canvasSpecSchema = z.strictObject({
  id,
  prompt: text,
  explanation: text.optional(),
  /** Hidden canvases show each phone only its own notes until the facilitator reveals them. */
  reveal: z.enum(['open', 'hidden']).default('open'),
});

const stepBase = {
  id,
  title: text,
  body: text.optional(),
  /** Suggested duration in minutes, shown to the facilitator. */
  minutes: z.number().positive().max(600).optional(),
  facilitatorNotes: text.optional(),
};

export const infoStepSchema = z.strictObject({ ...stepBase, type: z.literal('info') });

export const promptStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('prompt'),
  canvases: z.array(canvasSpecSchema).min(1, 'een prompt-stap heeft minstens één canvas'),
});

const pollOption = z.strictObject({ id, label: text });

export const pollStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('poll'),
  question: text,
  kind: z.enum(['scale', 'choice']),
  /** For `choice`: the options. For `scale`: the labelled points, low to high. */
  options: z.array(pollOption).min(2, 'een poll heeft minstens twee opties'),
  multiple: z.boolean().default(false),
});

export const voteStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('vote'),
  question: text.optional(),
  budget: z.number().int().min(1).max(20),
  target: z.enum(['notes', 'clusters']).default('clusters'),
  canvasIds: z.array(id).min(1),
});

export const groupStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('group'),
  canvasIds: z.array(id).min(1),
  handful: z.number().int().min(3).max(20).default(8),
});

export const synthesisStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('synthesis'),
  canvasIds: z.array(id).min(1),
});

const rubricCell = text;
export const rubricAspectSchema = z.strictObject({
  id,
  title: text,
  /** One text per phase (1–4); a phase the source leaves empty is `null`. */
  phases: z.array(rubricCell.nullable()).length(4, 'een aspect heeft precies vier fasen'),
});

export const rubricStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('rubric'),
  phaseNames: z.array(text).length(4, 'de rubric heeft precies vier fasenamen'),
  aspects: z.array(rubricAspectSchema).min(1),
});

export const explainStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('explain'),
  prompt: text,
});

export const closeStepSchema = z.strictObject({ ...stepBase, type: z.literal('close') });

export const stepSchema = z.discriminatedUnion('type', [
  infoStepSchema,
  promptStepSchema,
  pollStepSchema,
  voteStepSchema,
  groupStepSchema,
  synthesisStepSchema,
  rubricStepSchema,
  explainStepSchema,
  closeStepSchema,
]);

export const scriptSchema = z
  .strictObject({
    id,
    title: text,
    description: text.optional(),
    locale: z.enum(['nl', 'en']).default('nl'),
    minutes: z.number().positive().optional(),
    steps: z.array(stepSchema).min(1, 'een script heeft minstens één stap'),
  })
  .superRefine((script, ctx) => {
    const stepIds = new Set<string>();
    const canvasIds = new Set<string>();
    script.steps.forEach((step, i) => {
      if (stepIds.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `stap-id "${step.id}" komt twee keer voor` });
      }
      stepIds.add(step.id);
      if (step.type !== 'prompt') return;
      step.canvases.forEach((canvas, j) => {
        if (canvasIds.has(canvas.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'canvases', j, 'id'],
            message: `canvas-id "${canvas.id}" komt twee keer voor`,
          });
        }
        canvasIds.add(canvas.id);
      });
    });
    script.steps.forEach((step, i) => {
      if (!('canvasIds' in step)) return;
      step.canvasIds.forEach((canvasId, j) => {
        if (!canvasIds.has(canvasId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'canvasIds', j],
            message: `canvas "${canvasId}" bestaat niet in dit script`,
          });
        }
      });
    });
  });

export type Script = z.output<typeof scriptSchema>;
export type ScriptStep = Script['steps'][number];
export type StepType = ScriptStep['type'];
export type CanvasSpec = z.output<typeof canvasSpecSchema>;
export type RubricAspect = z.output<typeof rubricAspectSchema>;

/** The canvases a step shows: its own for `prompt`, the ones it works on for the others. */
export function canvasIdsOfStep(step: ScriptStep): string[] {
  if (step.type === 'prompt') return step.canvases.map((c) => c.id);
  if ('canvasIds' in step) return step.canvasIds;
  return [];
}
