import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage';

/** Who this phone is in a workshop, kept per join code so a reload keeps the same participant. */
export type PhoneSession = { workshopId: string; participantId: string; participantToken: string; name: string; title: string };

const sessionKey = (code: string) => `visiebord:phone:${code}`;

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
