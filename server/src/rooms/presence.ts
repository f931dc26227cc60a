import { answeredParticipants, readFlow } from '@visiebord/shared/doc';
import { PRESENCE_FIELD, type Presence } from '@visiebord/shared/protocol';
import type { Store } from '../store/types.ts';
import type { Room } from './room.ts';

/**
 * How long a workshop's count of joined phones is reused. Presence is refreshed shortly after
 * every answer, so that the console's "answered" follows; the count of joined phones need not,
 * and counting them in the store each time was a query several times a second per instance.
 */
const JOINED_FRESH_MS = 900;
const joinedCounts = new WeakMap<Room, { count: number; at: number }>();

async function countJoined(room: Room, store: Store): Promise<number> {
  const known = joinedCounts.get(room);
  if (known && Date.now() - known.at < JOINED_FRESH_MS) return known.count;
  const count = await store.countParticipants(room.id);
  joinedCounts.set(room, { count, at: Date.now() });
  return count;
}

/** Presence as the console shows it; `elsewhere` are the phones open on other instances. */
export async function computePresence(room: Room, store: Store, elsewhere: ReadonlySet<string> = new Set()): Promise<Presence> {
  const joined = await countJoined(room, store);
  const { currentStepId } = readFlow(room.doc);
  const online = new Set([...room.live.onlineParticipants(), ...elsewhere]);
  return { joined, online: online.size, answered: answeredParticipants(room.doc, currentStepId).size, stepId: currentStepId };
}

/** Publishes presence as the server's awareness state when it changed; cheap enough to call every second. */
export async function publishPresence(room: Room, store: Store, elsewhere?: ReadonlySet<string>): Promise<void> {
  if (room.sync.size === 0) return;
  const presence = await computePresence(room, store, elsewhere);
  if (room.isFailed) return;
  const current = room.awareness.getLocalState()?.[PRESENCE_FIELD];
  if (JSON.stringify(current) === JSON.stringify(presence)) return;
  room.awareness.setLocalState({ [PRESENCE_FIELD]: presence });
}
