import type { WorkshopSnapshot } from '@visiebord/shared/doc';
import { createStore } from 'zustand/vanilla';

/** The sync socket as the console and beamer show it; `unauthorized` and `gone` are final. */
export type SyncStatus = 'connecting' | 'connected' | 'disconnected' | 'unauthorized' | 'gone';

/** The facilitator's and beamer's view of a workshop: plain data, written only by `bindDoc` and the provider. */
export type WorkshopState = {
  snapshot: WorkshopSnapshot | null;
  /** True once the first full sync with the server is done (before that the document is empty). */
  synced: boolean;
  status: SyncStatus;
};

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;

export const createWorkshopStore = () =>
  createStore<WorkshopState>()(() => ({ snapshot: null, synced: false, status: 'connecting' }));
