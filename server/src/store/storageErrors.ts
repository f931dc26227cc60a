import { AppError } from '@visiebord/shared/api';
import type { Store } from './types.ts';

/** SQLite's ways of saying the disk cannot take (or give) what we ask: full, read-only, broken. */
const SQLITE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM|BUSY|LOCKED|CORRUPT|NOTADB|PROTOCOL)/;
/**
 * Postgres's (SQLSTATE classes 08 connection, 53 resources such as a full disk, 57 operator
 * intervention, 58 system, and 25006 read-only) and the network's ways of saying the same.
 */
const POSTGRES_CODES = /^(08|53|57|58)...$|^25006$|^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)$/;

export const isStorageError = (error: unknown): boolean => {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string') return SQLITE_CODES.test(code) || POSTGRES_CODES.test(code);
  // pg's own "the connection is gone" errors carry no code.
  return error instanceof Error && /Connection terminated|Client has encountered a connection error/.test(error.message);
};

/** Refusals of a write that would store something twice: Postgres's unique_violation and SQLite's. */
const REFUSED_CODES = /^(23505|SQLITE_CONSTRAINT_PRIMARYKEY|SQLITE_CONSTRAINT_UNIQUE)$/;

/**
 * Whether the store refused a write as a whole because part of it was already stored — an intent
 * another instance stored first. The write's transaction is rolled back, so the store holds what it
 * held before and the room can go back to that instead of giving up (`Room`).
 */
export const isWriteRefused = (error: unknown): boolean => {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && REFUSED_CODES.test(code);
};

/**
 * A full or read-only data folder (or an unreachable database) answers `storage_failed` (503, in
 * Dutch, "try again") wherever it shows, instead of a 500 or an acknowledgement of something
 * that is not stored.
 *
 * Three methods pass their errors through untouched: `commitChange`, `commitChanges` and `appendUpdate`. The room
 * (rooms/room.ts) must see a failed document write as what it is — not a refusal — so that it gives
 * the room up and reloads it from the store; it answers `storage_failed` itself.
 *
 * A compaction that does not fit is only reported: the update log is still complete, the snapshot
 * can wait for the next try, and the room compacts from a timer where a throw would stop the process.
 */
export function refuseOnStorageErrors(store: Store, options: { onCompactionFailed?: (error: unknown) => void } = {}): Store {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (error) {
        if (isStorageError(error)) throw new AppError('storage_failed');
        throw error;
      }
    };
  return {
    createWorkshop: guard((w, u, p) => store.createWorkshop(w, u, p)),
    getWorkshop: guard((id) => store.getWorkshop(id)),
    findWorkshopByJoinCode: guard((code) => store.findWorkshopByJoinCode(code)),
    touchWorkshop: guard((id, now, deleteAfter) => store.touchWorkshop(id, now, deleteAfter)),
    deleteWorkshop: guard((id) => store.deleteWorkshop(id)),
    listExpiredWorkshops: guard((now) => store.listExpiredWorkshops(now)),
    countWorkshops: guard(() => store.countWorkshops()),
    commitChange: (id, change) => store.commitChange(id, change),
    commitChanges: (id, changes) => store.commitChanges(id, changes),
    appendUpdate: (id, update) => store.appendUpdate(id, update),
    loadDoc: guard((id) => store.loadDoc(id)),
    async compact(id, snapshot, upto) {
      try {
        await store.compact(id, snapshot, upto);
      } catch (error) {
        if (!isStorageError(error)) throw error;
        options.onCompactionFailed?.(error);
      }
    },
    addParticipant: guard((p) => store.addParticipant(p)),
    findParticipantByToken: guard((id, hash) => store.findParticipantByToken(id, hash)),
    countParticipants: guard((id) => store.countParticipants(id)),
    getIntentResult: guard((id, intentId) => store.getIntentResult(id, intentId)),
    listIntentIds: guard((id) => store.listIntentIds(id)),
    close: () => store.close(),
  };
}
