import { z } from 'zod';
import { AppError } from '../api/errors.ts';

/**
 * Intents: the only way phones change a workshop. Each carries an id made by the phone, so that
 * a retry after a lost answer returns the first result and changes nothing twice.
 */

// Lengths are bounded generously here; the rules give the precise, friendly message.
const textField = z.string().max(20_000);
const refId = z.string().min(1).max(100);
/** More handfuls than any phone sorts in one step; the server says earlier when there is nothing useful left. */
export const SORT_MAX_ROUNDS = 50;

export const intentSchemas = {
  'note.add': z.object({ canvasId: refId, text: textField }),
  'note.edit': z.object({ noteId: refId, text: textField }),
  'note.delete': z.object({ noteId: refId }),
  'profile.rename': z.object({ name: z.string().max(1000) }),
  /** The role picked after joining (one of the script's role ids), or '' to give none. */
  'profile.role': z.object({ role: z.string().max(100) }),
  'vote.set': z.object({ stepId: refId, targetId: refId, count: z.number().int().min(0).max(100) }),
  'poll.answer': z.object({ stepId: refId, value: z.union([refId, z.array(refId).max(20)]) }),
  'rubric.answer': z.object({ stepId: refId, aspectId: refId, phase: z.number() }),
  /** `round`: which of this phone's handfuls the piles sort — absent or 0 its first, 1 the next ("Nog een stapel sorteren"), … */
  'sort.submit': z.object({ stepId: refId, piles: z.array(z.array(refId).max(40)).max(40), round: z.number().int().min(0).max(SORT_MAX_ROUNDS).optional() }),
  'explain.submit': z.object({ stepId: refId, text: textField }),
  'vision.react': z.object({ stepId: refId, sentenceKey: refId, reaction: z.enum(['agree', 'question', 'none']) }),
} as const;

export type IntentType = keyof typeof intentSchemas;
export type IntentOf<T extends IntentType> = { id: string; type: T } & z.infer<(typeof intentSchemas)[T]>;
export type Intent = { [T in IntentType]: IntentOf<T> }[IntentType];

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** An answer to the current step (or a new name) as the phone's outbox keeps it, before it gets its id. */
/** What the phone's outbox sends as answers; the role is asked once, beside the step, and sent directly. */
export type AnswerIntent = WithoutId<Exclude<Intent, { type: 'note.add' | 'note.edit' | 'note.delete' | 'profile.role' }>>;

const envelope = z.object({ id: z.uuid(), type: z.string().max(100) });

export const isIntentType = (type: string): type is IntentType => Object.hasOwn(intentSchemas, type);

/** Validates an intent body from the network; throws an AppError that says what is wrong. */
export function parseIntent(body: unknown): Intent {
  const head = envelope.safeParse(body);
  if (!head.success) {
    throw new AppError('invalid_request', 'Elke actie heeft een id (een UUID) en een type nodig.');
  }
  const { id, type } = head.data;
  if (!isIntentType(type)) throw new AppError('unknown_intent', `Onbekende actie "${type.slice(0, 40)}".`);
  const fields = intentSchemas[type].safeParse(body);
  if (!fields.success) {
    const missing = fields.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new AppError('invalid_request', `De actie "${type}" is niet compleet of niet geldig (${missing}).`);
  }
  return { ...fields.data, id, type } as Intent;
}
