import { AppError } from '@visiebord/shared/api';
import type { Store } from '../store/types.ts';

/** SQLite's ways of saying the disk cannot take (or give) what we ask: full, read-only, broken. */
const STORAGE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM|BUSY|LOCKED|CORRUPT|NOTADB|PROTOCOL)/;

export const isStorageError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && STORAGE_CODES.test((error as { code: string }).code);

/**
 * A full or read-only data folder answers `storage_failed` (503, in Dutch, "try again") wherever
 * it shows, instead of a 500 or an acknowledgement of something that is not on disk.
 *
 * Two methods pass their errors through untouched: `appendUpdate` and `transaction`. The room
 * (rooms/room.ts) must see a failed document write as what it is — not a refusal — so that it gives
 * the room up and reloads it from disk; it answers `storage_failed` itself.
 *
 * A compaction that does not fit is only reported: the update log is still complete, the snapshot
 * can wait for the next try, and the room compacts from a timer where a throw would stop the process.
 */
export function refuseOnStorageErrors(store: Store, options: { onCompactionFailed?: (error: unknown) => void } = {}): Store {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        if (isStorageError(error)) throw new AppError('storage_failed');
        throw error;
      }
    };
  return {
    createWorkshop: guard((w, u) => store.createWorkshop(w, u)),
    getWorkshop: guard((id) => store.getWorkshop(id)),
    findWorkshopByJoinCode: guard((code) => store.findWorkshopByJoinCode(code)),
    touchWorkshop: guard((id, now, deleteAfter) => store.touchWorkshop(id, now, deleteAfter)),
    deleteWorkshop: guard((id) => store.deleteWorkshop(id)),
    listExpiredWorkshops: guard((now) => store.listExpiredWorkshops(now)),
    countWorkshops: guard(() => store.countWorkshops()),
    appendUpdate: (id, update) => store.appendUpdate(id, update),
    loadDoc: guard((id) => store.loadDoc(id)),
    compact(id, snapshot, upto) {
      try {
        store.compact(id, snapshot, upto);
      } catch (error) {
        if (!isStorageError(error)) throw error;
        options.onCompactionFailed?.(error);
      }
    },
    addParticipant: guard((p) => store.addParticipant(p)),
    findParticipantByToken: guard((id, hash) => store.findParticipantByToken(id, hash)),
    countParticipants: guard((id) => store.countParticipants(id)),
    getIntentResult: guard((id, intentId) => store.getIntentResult(id, intentId)),
    recordIntentResult: guard((id, intentId, participantId, result, now) => store.recordIntentResult(id, intentId, participantId, result, now)),
    transaction: (fn) => store.transaction(fn),
    close: () => store.close(),
  };
}
