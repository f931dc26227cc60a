import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { NoteDelta, PhoneNote, RoomProjection } from '@visiebord/shared/projection';

/** What the phones' audience needs of its room: the document to read answers from, and the projection. */
export interface LiveRoom {
  readonly doc: Y.Doc;
  currentProjection(): RoomProjection;
  /** What changed between two public views `currentProjection` handed out. */
  publicDelta(prev: ReadonlyMap<string, PhoneNote>, next: ReadonlyMap<string, PhoneNote>): NoteDelta;
}

/** What the facilitator and beamer audience needs of its room: the document, presence, and a way in for updates. */
export interface SyncRoom {
  readonly doc: Y.Doc;
  /** The document as stored: what sockets are synced from (see `Room.storedDoc`). */
  readonly storedDoc: Y.Doc;
  readonly awareness: Awareness;
  readonly isFailed: boolean;
  /** Stores a facilitator's update, then passes it on; throws only for a malformed update (a failed write closes the room). */
  applyUpdate(update: Uint8Array, origin: unknown): void;
}
