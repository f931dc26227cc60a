import type { Store } from '../store/types.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionWindows = {
  /** The store to hand the rest of the app. */
  store: Store;
  /** Gives one workshop its own retention: deleted `days` after its last activity, counting from now. */
  setDays(workshopId: string, days: number, now?: number): Promise<void>;
  /** The workshop's retention in whole days, or undefined for an unknown workshop. */
  days(workshopId: string): Promise<number | undefined>;
};

/**
 * Retention per workshop (AVG), without a new column: a workshop's window is the distance between
 * its last activity and its delete-after date, set at creation from RETENTION_DAYS and changed by
 * the facilitator. Every later `touchWorkshop` keeps that distance instead of the deployment's
 * default that the caller passes.
 */
export function keepRetentionWindows(inner: Store): RetentionWindows {
  const windowOf = async (workshopId: string): Promise<number | undefined> => {
    const record = await inner.getWorkshop(workshopId);
    return record && record.deleteAfter - record.lastActivityAt;
  };
  // Everything else is the inner store's own (also when its methods live on a prototype).
  const store: Store = Object.assign(Object.create(inner) as Store, {
    async touchWorkshop(id: string, now: number, deleteAfter: number) {
      await inner.touchWorkshop(id, now, now + ((await windowOf(id)) ?? deleteAfter - now));
    },
  });
  return {
    store,
    async setDays(workshopId, days, now = Date.now()) {
      await inner.touchWorkshop(workshopId, now, now + days * DAY_MS);
    },
    async days(workshopId) {
      const window = await windowOf(workshopId);
      return window === undefined ? undefined : Math.round(window / DAY_MS);
    },
  };
}
