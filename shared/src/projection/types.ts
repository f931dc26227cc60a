import type { StepType } from '../script/schema.ts';

/** The step as a phone sees it: enough to show and answer it, nothing of the facilitator's. */
export type PhoneStep = {
  id: string;
  type: StepType;
  title: string;
  body: string;
  index: number;
  total: number;
  canvases: PhoneCanvas[];
  timer: PhoneTimer | null;
  poll?: PhonePoll;
  vote?: PhoneVote;
  rubric?: PhoneRubric;
  explain?: { prompt: string; norm: number };
  group?: { handful: number };
  /** For info and close steps: titled paragraphs with their sources (the four reasons, say). */
  items?: Array<{ title?: string; text: string; source?: string }>;
  /** For a synthesis step: the draft statement, sentence by sentence, to react to. */
  vision?: { sentences: PhoneSentence[] };
};

/** One sentence of the draft statement, keyed so a reaction stays with it while others change. */
export type PhoneSentence = { key: string; text: string };

export type PhoneCanvas = { id: string; prompt: string; explanation: string; open: boolean; revealed: boolean };

/** Times on the server's clock; phones correct with the `serverNow` sent alongside. */
export type PhoneTimer = { running: boolean; endsAt: number; remainingMs: number };

export type PhoneOption = { id: string; label: string };
export type PhonePoll = { question: string; kind: 'scale' | 'choice'; multiple: boolean; options: PhoneOption[] };
export type PhoneVote = { question: string; budget: number; maxPerTarget: number; targets: PhoneOption[] };
export type PhoneRubric = {
  question: string;
  phaseNames: string[];
  aspects: Array<{ id: string; title: string; phases: Array<string | null> }>;
};

/** A note on a phone. `hidden` is only ever sent to the note's own author. */
export type PhoneNote = { id: string; canvasId: string; text: string; mine: boolean; hidden: boolean; updatedAt: number };

export type NoteDelta = { upsert: PhoneNote[]; remove: string[] };

/** This phone's own answers to the current step, so a reload shows what it already chose. */
export type PhoneAnswers = {
  poll?: string[];
  votes?: Record<string, number>;
  rubric?: Record<string, number>;
  explanation?: string;
  sort?: string[][];
  /** A group step's further sorts by round ("1", "2", …), when this phone sorted more than its first handful. */
  moreSorts?: Record<string, string[][]>;
  reactions?: Record<string, 'agree' | 'question'>;
  /** For a group step: the notes this phone is asked to sort. */
  handful?: Array<{ id: string; text: string }>;
};

/** Server → phone messages on `/live/:id`: see shared/protocol/live.ts, where they are versioned. */
export type { LiveMessage } from '../protocol/live.ts';
