import * as Y from 'yjs';
import { rolesOfScript } from '../script/schema.ts';
import { readScript, roots } from './access.ts';
import { setParticipantField } from './mutations.ts';
import { ORIGIN } from './roots.ts';
import { asString } from './values.ts';

/**
 * The role a participant picked on joining (optional): one of the script's roles, or '' for none.
 * Kept beside the name in the participant's entry; results by role only ever show groups of at
 * least `ROLE_MIN_ANSWERS` (see `roleGroups`).
 */
export function setParticipantRole(doc: Y.Doc, participantId: string, roleId: string, origin: unknown = ORIGIN.intent): void {
  setParticipantField(doc, participantId, 'role', roleId, origin);
}

/** Whether `roleId` is a role this workshop's script offers ('' — no role — always is). */
export function isKnownRole(doc: Y.Doc, roleId: string): boolean {
  const script = readScript(doc);
  return roleId === '' || (script !== null && rolesOfScript(script).some((r) => r.id === roleId));
}

/** Each participant's role id, for those who picked one the script still knows. */
export function readParticipantRoles(doc: Y.Doc): Map<string, string> {
  const roles = new Map<string, string>();
  roots(doc).participants.forEach((entry, participantId) => {
    if (!(entry instanceof Y.Map)) return;
    const role = asString(entry.get('role'));
    if (role && isKnownRole(doc, role)) roles.set(participantId, role);
  });
  return roles;
}
