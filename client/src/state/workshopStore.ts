import type { Flow, Results, Vision, WorkshopSnapshot } from '@visiebord/shared/doc';
import type { Presence } from '@visiebord/shared/protocol';
import { createStore } from 'zustand/vanilla';

/** The sync socket as the console and beamer show it; `unauthorized` and `gone` are final. */
export type SyncStatus = 'connecting' | 'connected' | 'disconnected' | 'unauthorized' | 'gone';

/** The facilitator's and beamer's view of a workshop: plain data, written only by `bindDoc` and the provider. */
export type WorkshopState = {
  snapshot: WorkshopSnapshot | null;
  /** Timer and spotlight of the current step. */
  flow: Flow | null;
  /** Polls, dots, rubric, sorts, explanations and reactions, added up (no names). */
  results: Results | null;
  /** The draft vision per question and the statement, as text. */
  vision: Vision | null;
  /** Whether the workshop has follow-ups or is one (`inTrajectory`): the console then shows the trajectory. */
  inTrajectory: boolean;
  /** Joined, online and answered, as counted by the server. */
  presence: Presence | null;
  /** True once the first full sync with the server is done (before that the document is empty). */
  synced: boolean;
  status: SyncStatus;
};

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;

export const createWorkshopStore = () =>
  createStore<WorkshopState>()(() => ({
    snapshot: null,
    flow: null,
    results: null,
    vision: null,
    inTrajectory: false,
    presence: null,
    synced: false,
    status: 'connecting',
  }));
