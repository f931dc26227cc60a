import { answeredParticipants, readFlow } from '@visiebord/shared/doc';
import { PRESENCE_FIELD, type Presence } from '@visiebord/shared/protocol';
import type { Store } from '../store/types.ts';
import type { Room } from './room.ts';

/** Presence as the console shows it; `elsewhere` are the phones open on other instances. */
export async function computePresence(room: Room, store: Store, elsewhere: ReadonlySet<string> = new Set()): Promise<Presence> {
  const joined = await store.countParticipants(room.id);
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
