import { answeredParticipants, readFlow } from '@visiebord/shared/doc';
import { PRESENCE_FIELD, type Presence } from '@visiebord/shared/protocol';
import type { Store } from '../store/types.ts';
import type { Room } from './room.ts';

export function computePresence(room: Room, store: Store): Presence {
  const { currentStepId } = readFlow(room.doc);
  return {
    joined: store.countParticipants(room.id),
    online: room.live.onlineParticipants().size,
    answered: answeredParticipants(room.doc, currentStepId).size,
    stepId: currentStepId,
  };
}

/** Publishes presence as the server's awareness state when it changed; cheap enough to call every second. */
export function publishPresence(room: Room, store: Store): void {
  if (room.sync.size === 0) return;
  const presence = computePresence(room, store);
  const current = room.awareness.getLocalState()?.[PRESENCE_FIELD];
  if (JSON.stringify(current) === JSON.stringify(presence)) return;
  room.awareness.setLocalState({ [PRESENCE_FIELD]: presence });
}
