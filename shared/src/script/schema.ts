import { z } from 'zod';
import { checkScript } from './checks.ts';

/**
 * The workshop-script schema: what a study day in `workshop-scripts/*.yaml` may say.
 * Shapes live here; the checks that look across steps (duplicate ids, canvas references, the
 * sum of the minutes) live in `checks.ts`. A parsed script is copied into the workshop document
 * as JSON and parsed again on read, so every output here must also be valid input.
 */

/** Ids in scripts end up in URLs and document keys: keep them plain. */
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'gebruik kleine letters, cijfers en streepjes (bijv. "welke-wedstrijd")');

const text = z.string().trim().min(1, 'mag niet leeg zijn');

/** Whether others' answers show on the beamer and the phones at once, or only once revealed. */
const reveal = z.enum(['open', 'hidden']);

/** The step types a script can use, in the order a study day usually meets them. */
export const STEP_TYPES = ['info', 'prompt', 'poll', 'vote', 'group', 'synthesis', 'rubric', 'explain', 'close'] as const;

export const canvasSpecSchema = z.strictObject({
  id,
  /** The question on the canvas, e.g. "Welke wedstrijd spelen wij?". */
  prompt: text,
  /** A short help text under the question. */
  explanation: text.optional(),
  /** Hidden canvases show each phone only its own notes until the facilitator reveals them. */
  reveal: reveal.default('open'),
  /** A short name for the canvas on the board and in the export, e.g. "Werven". */
  title: text.optional(),
});

/** A titled paragraph of an info or close step: a reason, a condition with its sources, a next step. */
export const infoItemSchema = z.strictObject({
  title: text.optional(),
  text,
  /** Where the text comes from, e.g. "Smetsers, 2007; Onderwijsraad, 2015". */
  source: text.optional(),
});

const stepBase = {
  id,
  title: text,
  body: text.optional(),
  /** Suggested duration in minutes, shown to the facilitator. */
  minutes: z.number().positive('moet meer dan 0 minuten zijn').max(600, 'hoogstens 600 minuten').optional(),
  /** Shown only in the facilitator's console: what to say, what to watch for. */
  facilitatorNotes: text.optional(),
  /** The part of the day the step belongs to; the console and the export group steps by it. */
  part: text.optional(),
};

export const infoStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('info'),
  items: z.array(infoItemSchema).min(1, 'laat items weg of geef er minstens één').optional(),
  /** Shows the vision as it stands (in a follow-up: the vision of the study day it follows). */
  showVision: z.boolean().optional(),
});

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
  /** `scale`: one point on an ordered scale. `choice`: one option, or several with `multiple`. */
  kind: z.enum(['scale', 'choice']),
  /** For `choice`: the options. For `scale`: the labelled points, low to high. */
  options: z
    .array(pollOption)
    .min(2, 'een poll heeft minstens twee opties')
    .max(12, 'een poll heeft hoogstens twaalf opties (meer past niet op een telefoon)'),
  /** Only for `choice`: each phone may pick several options. */
  multiple: z.boolean().default(false),
  /** When absent: `open` (live bars on the beamer). */
  reveal: reveal.optional(),
});

export const voteStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('vote'),
  question: text.optional(),
  /** Dots per person. */
  budget: z.number().int('moet een geheel getal zijn').min(1, 'minstens 1 stip').max(20, 'hoogstens 20 stippen'),
  /** Most dots one person may put on one note or cluster; when absent, the whole budget. */
  maxPerTarget: z.number().int('moet een geheel getal zijn').min(1, 'minstens 1 stip').optional(),
  target: z.enum(['notes', 'clusters']).default('clusters'),
  canvasIds: z.array(id).min(1, 'noem minstens één canvas'),
  /** When absent: `open` (the ranking grows live on the beamer). */
  reveal: reveal.optional(),
});

export const groupStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('group'),
  canvasIds: z.array(id).min(1, 'noem minstens één canvas'),
  /** How many notes each phone gets to sort into piles. */
  handful: z.number().int('moet een geheel getal zijn').min(3, 'minstens 3 notities').max(20, 'hoogstens 20 notities').default(12),
});

export const synthesisStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('synthesis'),
  canvasIds: z.array(id).min(1, 'noem minstens één canvas'),
});

const rubricCell = text;
export const rubricAspectSchema = z.strictObject({
  id,
  title: text,
  description: text.optional(),
  /** One text per phase (1–4); a phase the source leaves empty is `null`. */
  phases: z.array(rubricCell.nullable()).length(4, 'een aspect heeft precies vier fasen (een lege fase is null)'),
});

export const rubricStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('rubric'),
  /** What each phone is asked per aspect, e.g. "Waar staat onze school?". */
  question: text.optional(),
  phaseNames: z.array(text).length(4, 'de rubric heeft precies vier fasenamen'),
  aspects: z.array(rubricAspectSchema).min(1, 'een rubric heeft minstens één aspect'),
  /** When absent: `open` (the heat map fills live on the beamer). */
  reveal: reveal.optional(),
});

export const explainStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('explain'),
  prompt: text,
  /** The share of colleagues (in %) that should be able to explain the vision, e.g. 80. */
  norm: z.number().int('moet een geheel getal zijn').min(1, 'minstens 1%').max(100, 'hoogstens 100%').optional(),
});

export const closeStepSchema = z.strictObject({
  ...stepBase,
  type: z.literal('close'),
  items: z.array(infoItemSchema).min(1, 'laat items weg of geef er minstens één').optional(),
});

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

/** A role a colleague may pick on joining, e.g. "leraar"; optional and anonymous. */
export const roleSchema = z.strictObject({ id, label: text });

/**
 * A follow-up ("vervolg") script: phones only, each at its own pace, open for a set period after
 * a finished study day. No facilitator moves the steps, so steps that need the room are refused.
 */
export const followUpSchema = z.strictObject({
  /** How many days the follow-up stays open for answers; two weeks when absent. */
  openDays: z.number().int('moet een geheel getal zijn').min(1, 'minstens 1 dag').max(90, 'hoogstens 90 dagen').default(14),
});

/** The languages Visiebord's screens speak; Dutch is the source, English translated. */
export const languageSchema = z.enum(['nl', 'en'], 'kies nl of en');
export type Language = z.output<typeof languageSchema>;

export const scriptObjectSchema = z.strictObject({
  id,
  title: text,
  description: text.optional(),
  /** The language of the screens (phone, beamer, console): `nl` when absent. */
  language: languageSchema.optional(),
  /** The older name of `language`, still read from scripts and exports written before it. */
  locale: languageSchema.optional(),
  /** The time the whole script is meant to take; the steps' minutes may not add up to more. */
  minutes: z.number().positive('moet meer dan 0 minuten zijn').optional(),
  /** Where the content comes from, for the export and for whoever edits the script next. */
  source: text.optional(),
  steps: z.array(stepSchema).min(1, 'een script heeft minstens één stap'),
  /** The roles a phone may pick on joining; the default list (`DEFAULT_ROLES`) when absent. */
  roles: z
    .array(roleSchema)
    .min(2, 'geef minstens twee rollen, of laat roles weg voor de standaardrollen')
    .max(12, 'hoogstens twaalf rollen (meer past niet op een telefoon)')
    .optional(),
  /** Present in a follow-up script: see `followUpSchema`. */
  followUp: followUpSchema.optional(),
});

/** A checked script; `language` and its older name `locale` become one `locale` field (the document's). */
export const scriptSchema = scriptObjectSchema
  .superRefine(checkScript)
  .transform(({ language, locale, ...script }) => ({ ...script, locale: language ?? locale ?? 'nl' }));

export type Script = z.output<typeof scriptSchema>;
export type ScriptStep = Script['steps'][number];
export type StepType = ScriptStep['type'];
/** One step type's shape, e.g. `StepOf<'poll'>`. */
export type StepOf<T extends StepType> = Extract<ScriptStep, { type: T }>;
export type CanvasSpec = z.output<typeof canvasSpecSchema>;
export type InfoItem = z.output<typeof infoItemSchema>;
export type RubricAspect = z.output<typeof rubricAspectSchema>;
export type Role = z.output<typeof roleSchema>;

/** The roles of a study day on SO&P when a script names none: who works together in training teachers. */
export const DEFAULT_ROLES: readonly Role[] = [
  { id: 'leraar', label: 'Leraar' },
  { id: 'schoolopleider', label: 'Schoolopleider / werkplekbegeleider' },
  { id: 'instituutsopleider', label: 'Instituutsopleider' },
  { id: 'student', label: 'Student / LIO' },
  { id: 'schoolleiding', label: 'Schoolleiding' },
];

/** The roles a phone can pick in a workshop of this script. */
export function rolesOfScript(script: Pick<Script, 'roles'>): readonly Role[] {
  return script.roles ?? DEFAULT_ROLES;
}

/** The canvases a step shows: its own for `prompt`, the ones it works on for the others. */
export function canvasIdsOfStep(step: ScriptStep): string[] {
  if (step.type === 'prompt') return step.canvases.map((c) => c.id);
  if ('canvasIds' in step) return step.canvasIds;
  return [];
}

/** The suggested minutes of all steps together (steps without `minutes` count as 0). */
export function scriptMinutes(script: Pick<Script, 'steps'>): number {
  return script.steps.reduce((sum, step) => sum + (step.minutes ?? 0), 0);
}
