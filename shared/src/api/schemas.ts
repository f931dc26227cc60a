import { z } from 'zod';
import type { PhoneStep } from '../projection/types.ts';
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

export type CreateWorkshopResponse = {
  id: string;
  joinCode: string;
  facilitatorKey: string;
  beamerKey: string;
  urls: { facilitator: string; beamer: string; join: string };
};

export const joinBody = z.object({
  code: z.string().max(40),
  name: z.string().max(200).optional(),
  /** One of the workshop's role ids (see `JoinResponse.roles`); optional and anonymous. */
  role: z.string().max(100).optional(),
});
export type JoinBody = z.infer<typeof joinBody>;

export type JoinResponse = {
  workshopId: string;
  participantId: string;
  participantToken: string;
  title: string;
  name: string;
  /**
   * The current step as the phone's live socket will tell it, and the server's clock then, so a
   * phone that just joined shows the question at once instead of a round trip later. The socket's
   * own `step` message follows and wins. Absent from servers older than this field.
   */
  step?: PhoneStep | null;
  serverNow?: number;
  /** The roles this phone may pick (optional, anonymous), and the one it has. */
  roles?: Array<{ id: string; label: string }>;
  role?: string;
  /**
   * Present for a follow-up: every step (each phone goes at its own pace) and until when it is
   * open (ms since epoch).
   */
  selfPaced?: { steps: PhoneStep[]; openUntil: number };
};

export const flowBody = z.object({ stepId: z.string().min(1).max(100) });

export const synthesisBody = z.object({ canvasIds: z.array(z.string().min(1).max(100)).max(50).optional() });

export const timerBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), seconds: z.number().int().min(5).max(4 * 60 * 60).optional() }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('addMinute') }),
  z.object({ action: z.literal('clear') }),
]);

export type ScriptSummary = { id: string; title: string; description?: string; minutes?: number; steps: number };

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

/** `GET /api/workshops/:id/explain-score`: how many colleagues explain the vision in their own words. */
export type ExplainScore = {
  stepId: string;
  /** The step's norm in percent (seed 002: 80). */
  norm: number;
  /** Everyone who joined the workshop: the norm is a share of them. */
  participants: number;
  /** Explanations written. */
  submitted: number;
  /** Explanations that name enough of the vision's themes. */
  explaining: number;
  /** Share (0–1) of participants whose explanation explains the vision. */
  share: number;
  /** `share` in whole percent, as every screen shows it. */
  percent: number;
  /** Judged unrounded (`meetsNorm` in shared/rules): 79.6% does not meet 80%. */
  meetsNorm: boolean;
  themes: Array<{ id: string; label: string; coveredBy: number }>;
};
