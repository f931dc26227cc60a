import type { JoinResponse } from '@visiebord/shared/api';
import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage';

/** Who this phone is in a workshop, kept per join code so a reload keeps the same participant. */
export type PhoneSession = {
  workshopId: string;
  participantId: string;
  participantToken: string;
  name: string;
  title: string;
  /** The roles the workshop offers; absent from older servers (then no role is asked). */
  roles?: NonNullable<JoinResponse['roles']>;
  /** Set once the phone chose a role or skipped the question, so it is asked once. */
  roleAsked?: boolean;
  /** A follow-up: every step, gone through at the phone's own pace, and until when it is open. */
  selfPaced?: NonNullable<JoinResponse['selfPaced']>;
  /** The language of the workshop's screens; Dutch when absent (older servers and sessions). */
  language?: NonNullable<JoinResponse['language']>;
};

/** What a join answer adds to a session besides who the phone is. */
export function sessionExtras(answer: Pick<JoinResponse, 'roles' | 'role' | 'selfPaced' | 'language'>): Pick<PhoneSession, 'roles' | 'roleAsked' | 'selfPaced' | 'language'> {
  return {
    ...(answer.roles && answer.roles.length > 0 ? { roles: answer.roles } : {}),
    ...(answer.role ? { roleAsked: true } : {}),
    ...(answer.selfPaced ? { selfPaced: answer.selfPaced } : {}),
    ...(answer.language ? { language: answer.language } : {}),
  };
}

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
