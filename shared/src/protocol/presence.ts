/**
 * The room's presence, counted by the server per authenticated connection and shared with the
 * facilitator and the beamer as the server's own awareness state (never phone-to-phone traffic).
 */
export type Presence = { joined: number; online: number; answered: number; stepId: string };

export const PRESENCE_FIELD = 'visiebordPresence';

/** Finds the server's presence among a y-websocket awareness's states. */
export function findPresence(states: ReadonlyMap<number, Record<string, unknown>>): Presence | null {
  for (const state of states.values()) {
    const value = state[PRESENCE_FIELD];
    if (value && typeof value === 'object') {
      const p = value as Record<string, unknown>;
      if (typeof p.joined === 'number' && typeof p.online === 'number' && typeof p.answered === 'number') {
        return { joined: p.joined, online: p.online, answered: p.answered, stepId: typeof p.stepId === 'string' ? p.stepId : '' };
      }
    }
  }
  return null;
}
