import type { NoteDelta, PhoneAnswers, PhoneStep } from '../projection/types.ts';

/**
 * The phone's live socket (`/live/:id`): server → phone messages, JSON, one per websocket frame.
 * The server says its protocol version in `hello`; a phone page from another version (say, left
 * open while the server was updated) cannot read what follows and asks its user to reload.
 * Raise the version when a message changes in a way an older phone would misread.
 */
export const LIVE_PROTOCOL_VERSION = 1;

export type LiveMessage =
  | { t: 'hello'; v: number; participantId: string; name: string; title: string }
  | { t: 'step'; step: PhoneStep | null; serverNow: number }
  /** Others' notes the room may see. `reset` replaces what the phone had. */
  | ({ t: 'notes'; reset: boolean } & NoteDelta)
  /** This phone's own notes, hidden ones included. */
  | ({ t: 'own'; reset: boolean } & NoteDelta)
  | { t: 'mine'; stepId: string; answers: PhoneAnswers }
  | { t: 'deleted' };

/** A hello from a server this phone page cannot follow (no version, or another one). */
export const isOutdatedHello = (message: LiveMessage): boolean => message.t === 'hello' && message.v !== LIVE_PROTOCOL_VERSION;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Reads one frame from `/live`: the message, or null for anything unexpected (ignored rather than
 * trusted). Small and zod-free, so the phone's bundle stays light. A hello without a version reads
 * as version 0, so the phone can say it needs a reload.
 */
export function decodeLiveMessage(data: unknown): LiveMessage | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  switch (value.t) {
    case 'hello':
      return { ...(value as Omit<Extract<LiveMessage, { t: 'hello' }>, 'v'>), v: typeof value.v === 'number' ? value.v : 0 };
    case 'notes':
    case 'own':
      return Array.isArray(value.upsert) && Array.isArray(value.remove) ? (value as LiveMessage) : null;
    case 'mine':
      return typeof value.stepId === 'string' && isObject(value.answers) ? (value as LiveMessage) : null;
    case 'step':
    case 'deleted':
      return value as LiveMessage;
    default:
      return null;
  }
}
