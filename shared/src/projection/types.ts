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
};

export type PhoneCanvas = { id: string; prompt: string; explanation: string; open: boolean; revealed: boolean };

/** A note on a phone. `hidden` is only ever sent to the note's own author. */
export type PhoneNote = { id: string; canvasId: string; text: string; mine: boolean; hidden: boolean; updatedAt: number };

export type NoteDelta = { upsert: PhoneNote[]; remove: string[] };

/** Server → phone messages on `/live/:id`, JSON, one per websocket frame. */
export type LiveMessage =
  | { t: 'hello'; participantId: string; name: string; title: string }
  | { t: 'step'; step: PhoneStep | null }
  /** Others' notes the room may see. `reset` replaces what the phone had. */
  | ({ t: 'notes'; reset: boolean } & NoteDelta)
  /** This phone's own notes, hidden ones included. */
  | ({ t: 'own'; reset: boolean } & NoteDelta)
  | { t: 'deleted' };
