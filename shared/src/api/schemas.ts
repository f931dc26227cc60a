import { z } from 'zod';
import { NAME_MAX_LENGTH } from '../rules/text.ts';

/** Bodies and answers of the HTTP API (DESIGN.md, "Stable interfaces"). */

export { NAME_MAX_LENGTH };
export const TITLE_MAX_LENGTH = 120;

/** Longest a workshop may be kept after its last activity (AVG: as short as the school needs). */
export const RETENTION_MAX_DAYS = 365;

export const createWorkshopBody = z.object({
  script: z.string().min(1).max(100),
  title: z.string().trim().max(TITLE_MAX_LENGTH).optional(),
  /** Days after the last activity before the workshop is deleted; the deployment's default when absent. */
  retentionDays: z.number().int().min(1).max(RETENTION_MAX_DAYS).optional(),
});
export type CreateWorkshopBody = z.infer<typeof createWorkshopBody>;

export const joinBody = z.object({
  code: z.string().max(40),
  name: z.string().max(200).optional(),
  /** One of the workshop's role ids (see `JoinResponse.roles`); optional and anonymous. */
  role: z.string().max(100).optional(),
});
export type JoinBody = z.infer<typeof joinBody>;

export const flowBody = z.object({ stepId: z.string().min(1).max(100) });
export type FlowBody = z.infer<typeof flowBody>;

export const synthesisBody = z.object({ canvasIds: z.array(z.string().min(1).max(100)).max(50).optional() });
export type SynthesisBody = z.infer<typeof synthesisBody>;

export const timerBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), seconds: z.number().int().min(5).max(4 * 60 * 60).optional() }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('addMinute') }),
  z.object({ action: z.literal('clear') }),
]);
export type TimerBody = z.infer<typeof timerBody>;

/** Join codes leave out look-alikes (0/O, 1/I/L) so a room can read them off a beamer. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Accepts what people type — lower case, spaces, a dash — and returns the canonical code. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

