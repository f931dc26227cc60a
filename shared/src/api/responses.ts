import type { CanvasInfo } from '../doc/canvas.ts';
import type { Results } from '../doc/results.ts';
import type { StepView } from '../doc/snapshot.ts';
import type { Timer } from '../doc/timer.ts';
import type { Vision } from '../doc/vision.ts';
import type { PhoneStep } from '../projection/types.ts';
import type { SynthesisResult } from '../synthesis/types.ts';
import type { Trajectory } from '../trajectory/model.ts';

/**
 * What each HTTP route answers, one type per route: the server's handlers return these, the client
 * and the tests read them. Types only, so importing them adds nothing to a bundle.
 */

/** Every error: a fitting status and this body, the message in plain Dutch. */
export type ErrorResponse = { error: { code: string; message: string } };

/** `GET /healthz` */
export type HealthResponse = { ok: true };

/** `GET /api/scripts` → a list of these. */
export type ScriptSummary = { id: string; title: string; description?: string; minutes?: number; steps: number };

/** `POST /api/workshops` and `POST /api/workshops/import` (201). */
export type CreateWorkshopResponse = {
  id: string;
  joinCode: string;
  facilitatorKey: string;
  beamerKey: string;
  urls: { facilitator: string; beamer: string; join: string };
};

/** `POST /api/join` (201). */
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
  /** The language of the workshop's screens (its script's `language`); Dutch when absent. */
  language?: 'nl' | 'en';
};

/** A note as `GET /api/workshops/:id` lists it: its author's name beside the id, the time as ISO 8601. */
export type WorkshopNoteJson = {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  clusterId: string | null;
  hidden: boolean;
  createdAt: string;
};

/** `GET /api/workshops/:id` (facilitator key): the whole workshop as plain JSON, the room's results added up. */
export type WorkshopResponse = {
  id: string;
  title: string;
  joinCode: string;
  scriptId: string;
  currentStepId: string;
  timer: Timer | null;
  createdAt: string;
  deleteAfter: string;
  participants: { joined: number; online: number };
  steps: StepView[];
  canvases: Array<
    Omit<CanvasInfo, 'title'> & { notes: WorkshopNoteJson[]; clusters: Array<{ id: string; label: string; noteIds: string[] }> }
  >;
  vision: Vision;
} & Results;

/** `GET /api/workshops/:id/public` (facilitator or beamer key): what the beamer needs besides the document. */
export type PublicWorkshopResponse = {
  id: string;
  title: string;
  joinCode: string;
  joinUrl: string;
  serverNow: number;
  /** The language of the workshop's screens (its script's `language`); Dutch when absent. */
  language?: 'nl' | 'en';
};

/** `POST /api/workshops/:id/flow` */
export type FlowResponse = { ok: true; currentStepId: string };

/** `POST /api/workshops/:id/timer`: the timer on the server's clock, and that clock's time. */
export type TimerResponse = { ok: true; timer: Timer | null; serverNow: number };

/** What applying an intent tells the phone besides `ok`. */
export type IntentResult = { noteId?: string; name?: string; role?: string; spent?: number; budget?: number };

/** `POST /api/workshops/:id/intents` */
export type IntentResponse = { ok: true } & IntentResult;

/** One canvas of `POST /api/workshops/:id/synthesis`. */
export type CanvasSuggestion = {
  canvasId: string;
  prompt: string;
  clusters: Array<{ id: string; label: string; noteIds: string[]; representativeIds: string[]; keywords: string[]; origin?: 'facilitator' | 'room' | 'engine' }>;
  statement: SynthesisResult['statement'];
};

/** `POST /api/workshops/:id/synthesis` */
export type SynthesisResponse = { canvases: CanvasSuggestion[]; statement: string };

/** `GET /api/workshops/:id/handful` (participant token): the notes this phone is asked to sort. */
export type HandfulResponse = { stepId: string; notes: Array<{ id: string; text: string }> };

/**
 * `GET /api/workshops/:id/handful?round=N` (N ≥ 1): a further handful for a phone that sent its sort
 * ("Nog een stapel sorteren"), where the room's evidence is thinnest. `enough` (with no notes) when
 * nothing is left that this phone has not sorted and that would still help.
 */
export type MoreHandfulResponse = HandfulResponse & { round: number; enough: boolean };

/**
 * `GET /api/workshops/:id/retention` and `PATCH /api/workshops/:id`. `deleteAfterDays` is absent
 * while the deployment's default applies.
 */
export type RetentionResponse = { ok: true; deleteAfterDays?: number; deleteAfter: string };

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

/** `POST /api/workshops/:id/follow-ups` (201): the new follow-up, open to phones until `openUntil` (ms since epoch). */
export type FollowUpResponse = {
  id: string;
  joinCode: string;
  beamerKey: string;
  openUntil: number;
  /** The study day the trajectory started with. */
  rootId: string;
  urls: { facilitator: string; beamer: string; join: string };
};

/** `GET /api/workshops/:id/trajectory` (facilitator or beamer key): the study day and its follow-ups compared. */
export type TrajectoryResponse = { rootId: string } & Trajectory;
