import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { AppError } from '@visiebord/shared/api';
import { projectRoom, type RoomProjection } from '@visiebord/shared/projection';
import { CLOSE } from '@visiebord/shared/protocol';
import type { Store } from '../store/types.ts';
import { LiveAudience } from './liveAudience.ts';
import { SyncAudience } from './syncAudience.ts';

export type RoomOptions = {
  compactEvery: number;
  /** Called after every stored change, for activity bookkeeping. */
  onActivity: (room: Room) => void;
  /** Called when the room can no longer be trusted to match the disk. */
  onFailure: (room: Room, error: unknown) => void;
  onCompactionFailed?: (room: Room, error: unknown) => void;
};

/**
 * How long notes gather before phones hear of them. Every publish re-projects the whole room and
 * writes to every phone, so a full hall waits a little longer (at most 100 ms, unnoticeable on a
 * phone) and the server spends its time on the beamer and on intents instead (`pnpm bench:sync`).
 */
export function projectionPauseMs(phones: number): number {
  return Math.min(100, 20 + Math.floor(phones / 10));
}

/**
 * One workshop in memory: its document, and the sockets that watch it.
 *
 * The rule that makes Visiebord lose nothing lives here: every document update is appended to the
 * store inside `change()`, and only after the store has taken it is it broadcast or acknowledged.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: Awareness;
  readonly sync: SyncAudience;
  readonly live: LiveAudience;
  private pending: Array<{ update: Uint8Array; origin: unknown }> = [];
  private changing = false;
  /** Whether the document changed during the current `change()`. */
  private docChanged = false;
  private failed = false;
  private lastSeq: number;
  private updatesSinceCompact: number;
  private projectionTimer: NodeJS.Timeout | null = null;
  private projection: RoomProjection | null = null;

  constructor(
    readonly id: string,
    private readonly store: Store,
    private readonly options: RoomOptions,
  ) {
    const stored = store.loadDoc(id);
    if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    this.lastSeq = stored.lastSeq;
    this.updatesSinceCompact = stored.updates.length;
    this.awareness = new Awareness(this.doc);
    // The server takes part in no presence of its own.
    this.awareness.setLocalState(null);
    this.sync = new SyncAudience(this);
    this.live = new LiveAudience(this);
    this.doc.on('update', this.onUpdate);
  }

  get connectionCount(): number {
    return this.sync.size + this.live.size;
  }

  get isFailed(): boolean {
    return this.failed;
  }

  /**
   * Runs `fn` — which may change the document and write to the store — as one store transaction,
   * then tells everyone. If anything fails after the document changed, the room is given up (it
   * reloads from disk on next use) and the caller gets `storage_failed`: nothing is acknowledged
   * that is not on disk.
   */
  change<T>(fn: () => T): T {
    return this.guarded(() => this.store.transaction(fn));
  }

  /**
   * A facilitator's update from the sync socket. Applying it is one Yjs transaction and so one
   * append to the log, which SQLite makes atomic on its own: without a BEGIN and COMMIT around it,
   * the beamers hear of it about 50 µs sooner (`pnpm bench:sync`, fan-out). The rule is the same
   * as for `change()`: stored first, then broadcast; a failed append gives the room up.
   */
  applyUpdate(update: Uint8Array, origin: unknown): void {
    this.guarded(() => Y.applyUpdate(this.doc, update, origin));
  }

  /** Runs `fn`, then broadcasts what it stored; a failure is handled as `change()` describes. */
  private guarded<T>(fn: () => T): T {
    if (this.failed) throw new AppError('storage_failed');
    this.changing = true;
    this.docChanged = false;
    let result: T;
    try {
      result = fn();
    } catch (error) {
      // A rule that said no left the document as it was; anything else, or any error after the
      // document changed (even one dressed as an AppError), means memory and disk may differ.
      const ruleRefusal = error instanceof AppError && error.code !== 'storage_failed' && !this.docChanged;
      this.pending = [];
      if (!ruleRefusal) this.fail(error);
      throw ruleRefusal ? error : new AppError('storage_failed');
    } finally {
      this.changing = false;
    }
    this.flush();
    return result;
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    // Set before the append, so a failed append still counts as a change to undo.
    this.docChanged = true;
    this.lastSeq = this.store.appendUpdate(this.id, update);
    this.updatesSinceCompact++;
    this.pending.push({ update, origin });
    if (!this.changing) this.flush();
  };

  private flush(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    for (const { update, origin } of pending) this.sync.broadcastUpdate(update, origin);
    this.scheduleProjection();
    this.options.onActivity(this);
    if (this.updatesSinceCompact >= this.options.compactEvery) setImmediate(() => this.compactQuietly());
  }

  /** Compaction can wait (a full disk, say): the update log stays complete, so only log it. */
  private compactQuietly(): void {
    try {
      this.compact();
    } catch (error) {
      this.options.onCompactionFailed?.(this, error);
    }
  }

  /** Folds the update log into one snapshot. */
  compact(): void {
    if (this.failed || this.updatesSinceCompact === 0) return;
    this.store.compact(this.id, Y.encodeStateAsUpdate(this.doc), this.lastSeq);
    this.updatesSinceCompact = 0;
  }

  /** The phones' view, computed at most once per tick however many updates arrive. */
  currentProjection(): RoomProjection {
    this.projection ??= projectRoom(this.doc);
    return this.projection;
  }

  private scheduleProjection(): void {
    this.projection = null;
    if (this.projectionTimer || this.live.size === 0) return;
    // A short pause lets a burst of notes reach phones as one message instead of many.
    this.projectionTimer = setTimeout(() => {
      this.projectionTimer = null;
      this.live.publish(this.currentProjection());
    }, projectionPauseMs(this.live.size));
  }

  private fail(error: unknown): void {
    this.failed = true;
    this.options.onFailure(this, error);
  }

  /** Closes every socket with `close` and stops the room. */
  destroy(close: { code: number; reason: string } = CLOSE.shuttingDown): void {
    if (this.projectionTimer) clearTimeout(this.projectionTimer);
    this.projectionTimer = null;
    this.sync.closeAll(close);
    this.live.closeAll(close);
    this.doc.off('update', this.onUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Sockets of either kind, for counting and for the stalled-socket guard. */
  sockets(): WebSocket[] {
    return [...this.sync.sockets(), ...this.live.sockets()];
  }
}
