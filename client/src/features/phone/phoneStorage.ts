import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage';
import { restoreOutbox, type Outbox } from './outbox';

/** Who this phone is in a workshop, kept per join code so a reload keeps the same participant. */
export type PhoneSession = { workshopId: string; participantId: string; participantToken: string; name: string; title: string };

const sessionKey = (code: string) => `visiebord:phone:${code}`;
const outboxKey = (code: string) => `visiebord:outbox:${code}`;

const isSession = (v: unknown): v is PhoneSession =>
  isRecord(v) &&
  typeof v.workshopId === 'string' &&
  typeof v.participantId === 'string' &&
  typeof v.participantToken === 'string' &&
  typeof v.name === 'string' &&
  typeof v.title === 'string';

export const loadSession = (code: string) => readStored(sessionKey(code), isSession);
export const saveSession = (code: string, session: PhoneSession) => writeStored(sessionKey(code), session);
export const forgetSession = (code: string) => removeStored(sessionKey(code));

export const loadOutbox = (code: string): Outbox => restoreOutbox(readStored(outboxKey(code), (v): v is unknown => v !== null));
export function saveOutbox(code: string, outbox: Outbox): void {
  if (outbox.entries.length === 0) removeStored(outboxKey(code));
  else writeStored(outboxKey(code), outbox);
}
