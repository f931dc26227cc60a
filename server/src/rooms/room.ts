import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { AppError } from '@visiebord/shared/api';
import type { NoteDelta, PhoneNote, RoomProjection } from '@visiebord/shared/projection';
import { CLOSE } from '@visiebord/shared/protocol';
import { isWriteRefused } from '../store/storageErrors.ts';
import type { ParticipantRecord, StoredChange, StoredDoc, Store } from '../store/types.ts';
import type { LiveRoom, SyncRoom } from './audienceRoom.ts';
import { LiveAudience } from './liveAudience.ts';
import { ProjectionCache } from './projectionCache.ts';
import { StoredIntents } from './storedIntents.ts';
import { SeqWatermark } from './seqWatermark.ts';
import { SyncAudience } from './syncAudience.ts';

/** Origin of updates another instance stored: applied and passed on here, never stored again. */
export const FROM_PEER = Symbol('from another instance');

export type RoomOptions = {
  compactEvery: number;
  /** Called after every stored change, for activity bookkeeping. */
  onActivity: (room: Room) => void;
  /** Called when the room can no longer be trusted to match the store. */
  onFailure: (room: Room, error: unknown) => void;
  /** Called when the store refused a write as a whole and the room went back to what is stored. */
  onRewound?: (room: Room, error: unknown) => void;
  onCompactionFailed?: (room: Room, error: unknown) => void;
  /**
   * Called with what this room stored in one write — its updates merged into one, the sequence
   * number of the last, how many they were and the intents it answered: other instances hear of
   * it. A write of intents without updates comes with no update, `lastSeq` and `count` 0.
   */
  onStored?: (room: Room, update: Uint8Array, lastSeq: number, count: number, intentIds: string[]) => void;
  /** Phones of this workshop open on other instances: the room is as full as all of them together. */
  phonesElsewhere?: (room: Room) => number;
};

/** A change waiting for the store, with the origins of its updates and its caller's answer. */
type PendingChange = { change: StoredChange; origins: unknown[]; resolve: () => void; reject: (error: unknown) => void };

/** At most this many changes go to the store in one transaction, so one write stays short. */
const MAX_BATCH = 256;

const NO_UPDATE = new Uint8Array(0);

const mergeAll = (updates: Uint8Array[]): Uint8Array => (updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));

/** Consecutive updates with the same origin, together. */
function runsByOrigin(updates: Uint8Array[], origins: unknown[]): Array<{ origin: unknown; updates: Uint8Array[] }> {
  const runs: Array<{ origin: unknown; updates: Uint8Array[] }> = [];
  updates.forEach((update, i) => {
    const last = runs.at(-1);
    if (last && last.origin === origins[i]) last.updates.push(update);
    else runs.push({ origin: origins[i], updates: [update] });
  });
  return runs;
}

/** What a change writes besides its document updates. */
export type ChangeExtras = Omit<StoredChange, 'updates'>;

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
 * The rule that makes Visiebord lose nothing lives here: a change is applied to the document at
 * once (so the next intent's rules see it), but it is broadcast and acknowledged only after the
 * store has taken it. Changes go to the store one after another, in the order they were made.
 */
export class Room implements LiveRoom, SyncRoom {
  /** The document with every change made, stored or still on its way (see `rewind`). */
  private working = new Y.Doc({ gc: true });
  /**
   * The document as the store holds it: `doc` without the changes still on their way to the store.
   * Sockets are synced from this one, so a change that fails to be stored (say, an intent another
   * instance stored first) never reaches a facilitator, who would otherwise send it back later as
   * their own and so store a note twice.
   */
  readonly storedDoc = new Y.Doc({ gc: true });
  readonly awareness: Awareness;
  readonly sync: SyncAudience;
  readonly live: LiveAudience;
  /** Changes waiting for the store, in the order they were made. */
  private pending: PendingChange[] = [];
  /** The write now running, which goes on until nothing waits; null while idle. */
  private writing: Promise<void> | null = null;
  /** Local changes applied to the document but not yet stored. */
  private unstored = 0;
  /** Updates of the change now running, with their origins. */
  private collecting: Array<{ update: Uint8Array; origin: unknown }> | null = null;
  private failed = false;
  private readonly stored: SeqWatermark;
  private updatesSinceCompact: number;
  private projectionTimer: NodeJS.Timeout | null = null;
  /** Updates from other instances not yet passed on to this instance's sync sockets. */
  private fromPeers: Uint8Array[] = [];
  /** The phones' view of the stored document, kept up to date note by note. */
  private readonly projections = new ProjectionCache(this.storedDoc);
  /**
   * Phones this room has seen, by their token's hash: a phone sends its token with every intent,
   * and asking the store each time was a round trip per note. A participant is never changed nor
   * removed but with its workshop, and that takes this room out of memory with it.
   */
  readonly participants = new Map<string, ParticipantRecord>();
  /** The intents stored for this workshop: a new one costs no look-up in the store. */
  readonly intents: StoredIntents;

  /** Loads the workshop's document from the store. */
  static async load(id: string, store: Store, options: RoomOptions): Promise<Room> {
    const [initial, intentIds] = await Promise.all([store.loadDoc(id), store.listIntentIds(id)]);
    return new Room(id, store, options, initial, intentIds);
  }

  constructor(
    readonly id: string,
    private readonly store: Store,
    private readonly options: RoomOptions,
    initial: StoredDoc,
    intentIds?: Iterable<string>,
  ) {
    this.intents = new StoredIntents(intentIds);
    for (const doc of [this.working, this.storedDoc]) {
      if (initial.snapshot) Y.applyUpdate(doc, initial.snapshot);
      for (const update of initial.updates) Y.applyUpdate(doc, update);
    }
    this.stored = new SeqWatermark(initial.lastSeq);
    this.updatesSinceCompact = initial.updates.length;
    // Presence has a document of its own: the working one is replaced when the room goes back (`rewind`).
    this.awareness = new Awareness(new Y.Doc());
    // The server takes part in no presence of its own.
    this.awareness.setLocalState(null);
    this.sync = new SyncAudience(this);
    this.live = new LiveAudience(this);
    this.working.on('update', this.onUpdate);
  }

  /**
   * The workshop as this room knows it, changes on their way to the store included: what the next
   * intent's rules read. Read it anew each time; after the store refused a write it is another one.
   */
  get doc(): Y.Doc {
    return this.working;
  }

  get connectionCount(): number {
    return this.sync.size + this.live.size;
  }

  get isFailed(): boolean {
    return this.failed;
  }

  /** The highest sequence number up to which this room holds every stored update. */
  get storedUpTo(): number {
    return this.stored.upTo;
  }

  /**
   * Runs `fn` on the document, stores its updates together with `extras(result)` as one change,
   * then tells everyone and resolves with `fn`'s result. A rule that says no (an AppError before
   * the document changed) rejects as it is; anything else gives the room up (it reloads from the
   * store on next use) and rejects with `storage_failed`: nothing is acknowledged that is not stored.
   */
  change<T>(fn: () => T, extras?: (result: T) => ChangeExtras): Promise<T> {
    if (this.failed) return Promise.reject(new AppError('storage_failed'));
    const collected: Array<{ update: Uint8Array; origin: unknown }> = [];
    this.collecting = collected;
    let result: T;
    try {
      result = fn();
    } catch (error) {
      const ruleRefusal = error instanceof AppError && error.code !== 'storage_failed' && collected.length === 0;
      if (ruleRefusal) return Promise.reject(error);
      this.fail(error);
      return Promise.reject(new AppError('storage_failed'));
    } finally {
      this.collecting = null;
    }
    const more = extras?.(result);
    if (collected.length === 0 && !more) return Promise.resolve(result);
    return this.store_({ updates: collected.map((c) => c.update), ...more }, collected.map((c) => c.origin)).then(() => result);
  }

  /**
   * A facilitator's update from the sync socket: applied now, passed on once stored. A failed
   * store gives the room up, which closes the sockets (their providers reconnect and send again).
   */
  applyUpdate(update: Uint8Array, origin: unknown): void {
    if (this.failed) return;
    Y.applyUpdate(this.doc, update, origin);
  }

  /**
   * Updates another instance stored (`count` of them, merged, ending at sequence number `lastSeq`):
   * applied and passed on, not stored.
   */
  applyFromPeer(update: Uint8Array, lastSeq: number, count = 1): void {
    if (this.failed) return;
    Y.applyUpdate(this.storedDoc, update);
    // Applied while nothing listens for the working document's updates: Yjs would otherwise encode
    // each one again only to hand it over, and a peer's update is passed on as it came.
    this.working.off('update', this.onUpdate);
    try {
      Y.applyUpdate(this.working, update, FROM_PEER);
    } finally {
      this.working.on('update', this.onUpdate);
    }
    this.passOnFromPeers(update);
    this.stored.mark(lastSeq, count);
  }

  /** Whether updates stored elsewhere have not all arrived here (see `catchUp`). */
  get hasGap(): boolean {
    return this.stored.hasGap;
  }

  /** Reads what the store holds and applies what this room missed (Yjs ignores what it has). */
  async catchUp(): Promise<void> {
    // What was missed may have answered intents too.
    const [stored, intentIds] = await Promise.all([this.store.loadDoc(this.id), this.store.listIntentIds(this.id)]);
    if (this.failed) return;
    this.intents.learn(intentIds);
    for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
      Y.applyUpdate(this.storedDoc, update);
      Y.applyUpdate(this.doc, update, FROM_PEER);
    }
    this.stored.reach(stored.lastSeq);
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_PEER) {
      this.passOnFromPeers(update);
      return;
    }
    if (this.collecting) {
      this.collecting.push({ update, origin });
      return;
    }
    // An update made outside `change()` (a facilitator's): stored on its own; a failure already gave the room up.
    this.store_({ updates: [update] }, [origin]).catch(() => undefined);
  };

  /** Queues one change for the store; once stored, it is broadcast. */
  private store_(change: StoredChange, origins: unknown[]): Promise<void> {
    this.unstored++;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ change, origins, resolve, reject });
      this.writing ??= this.writeAll();
    });
  }

  /**
   * Writes what waits, one batch at a time: what gathered during one write goes to the store
   * together, as one transaction (a busy room commits once per round trip, not once per note).
   * Each change is acknowledged only once its batch is stored.
   */
  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) await this.writeBatch(this.pending.splice(0, MAX_BATCH));
    this.writing = null;
  }

  private async writeBatch(batch: PendingChange[]): Promise<void> {
    try {
      if (this.failed) throw new AppError('storage_failed');
      let lastSeq: number;
      try {
        lastSeq = await this.store.commitChanges(this.id, batch.map((p) => p.change));
      } catch (error) {
        if (isWriteRefused(error)) this.rewind(error);
        else this.fail(error);
        throw new AppError('storage_failed');
      }
      const updates = batch.flatMap((p) => p.change.updates);
      const intentIds = batch.flatMap((p) => (p.change.intent ? [p.change.intent.intentId] : []));
      this.intents.learn(intentIds);
      this.stored.mark(lastSeq, updates.length);
      this.updatesSinceCompact += updates.length;
      this.broadcast(updates, batch.flatMap((p) => p.origins), lastSeq, intentIds);
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      this.unstored -= batch.length;
    }
  }

  /**
   * The store refused a write as a whole (an intent another instance stored first) and so holds
   * what it held before. The room goes back to that instead of giving up: the working document is
   * made again from the stored one, and every change made since the refused write began is refused
   * with it (its caller answers `storage_failed`, and a phone's outbox sends it again; an intent the
   * other instance stored is answered from there). Sockets stay open: they were only ever sent what
   * is stored. Facilitators are asked for what they have that the room now lacks, so an edit of
   * theirs among the refused ones comes back as a new update.
   */
  private rewind(error: unknown): void {
    const later = this.pending.splice(0);
    this.unstored -= later.length;
    for (const p of later) p.reject(new AppError('storage_failed'));
    this.working.off('update', this.onUpdate);
    this.working.destroy();
    this.working = new Y.Doc({ gc: true });
    Y.applyUpdate(this.working, Y.encodeStateAsUpdate(this.storedDoc));
    this.working.on('update', this.onUpdate);
    this.sync.askWritersForUpdates();
    this.options.onRewound?.(this, error);
  }

  /**
   * Passes on what one write stored: one message per origin to beamers and facilitators (not back
   * to the facilitator it came from), one to the other instances.
   */
  private broadcast(updates: Uint8Array[], origins: unknown[], lastSeq: number, intentIds: string[]): void {
    if (updates.length === 0) {
      if (intentIds.length > 0) this.options.onStored?.(this, NO_UPDATE, 0, 0, intentIds);
      return;
    }
    const all = mergeAll(updates);
    Y.applyUpdate(this.storedDoc, all);
    const runs = runsByOrigin(updates, origins);
    if (this.sync.size > 0) for (const run of runs) this.sync.broadcastUpdate(runs.length === 1 ? all : mergeAll(run.updates), run.origin);
    this.options.onStored?.(this, all, lastSeq, updates.length, intentIds);
    this.scheduleProjection();
    this.options.onActivity(this);
    if (this.updatesSinceCompact >= this.options.compactEvery) setImmediate(() => void this.compactQuietly());
  }

  /**
   * Updates from other instances reach this instance's beamers and facilitators together, once per
   * turn of the event loop: in a busy room one message instead of one per note and per socket.
   */
  private passOnFromPeers(update: Uint8Array): void {
    this.scheduleProjection();
    // Most instances have no beamer or facilitator of this workshop; one that connects later is
    // synced from the stored document, which has the update already.
    if (this.sync.size === 0) return;
    this.fromPeers.push(update);
    if (this.fromPeers.length === 1) setImmediate(this.flushFromPeers);
  }

  private readonly flushFromPeers = () => {
    const updates = this.fromPeers;
    this.fromPeers = [];
    if (!this.failed && updates.length > 0) this.sync.broadcastUpdate(mergeAll(updates), FROM_PEER);
  };

  /** Compaction can wait (a full disk, say): the update log stays complete, so only log it. */
  private async compactQuietly(): Promise<void> {
    try {
      await this.compact();
    } catch (error) {
      this.options.onCompactionFailed?.(this, error);
    }
  }

  /**
   * Folds the update log into one snapshot. Only while no change of this room waits for the store:
   * a snapshot must never hold what might yet fail to be stored (and so be sent again).
   */
  async compact(): Promise<void> {
    if (this.failed || this.updatesSinceCompact === 0 || this.unstored > 0) return;
    const upTo = this.stored.upTo;
    const snapshot = Y.encodeStateAsUpdate(this.working);
    this.updatesSinceCompact = 0;
    await this.store.compact(this.id, snapshot, upTo);
  }

  /** Resolves once every change made so far has been stored (or refused). */
  settled(): Promise<void> {
    return this.writing ?? Promise.resolve();
  }

  /** The phones' view of what is stored, re-read only where it changed (`ProjectionCache`). */
  currentProjection(): RoomProjection {
    return this.projections.current();
  }

  publicDelta(prev: ReadonlyMap<string, PhoneNote>, next: ReadonlyMap<string, PhoneNote>): NoteDelta {
    return this.projections.publicDelta(prev, next);
  }

  private scheduleProjection(): void {
    if (this.projectionTimer || this.live.size === 0) return;
    // A short pause lets a burst of notes reach phones as one message instead of many. Every
    // instance re-projects the whole room for its own phones, so the pause follows the whole room's
    // size: three instances with a third of the phones each would otherwise each re-project more often.
    const phones = this.live.size + (this.options.phonesElsewhere?.(this) ?? 0);
    this.projectionTimer = setTimeout(() => {
      this.projectionTimer = null;
      this.live.publish(this.currentProjection());
    }, projectionPauseMs(phones));
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.options.onFailure(this, error);
  }

  /** Closes every socket with `close` and stops the room. */
  destroy(close: { code: number; reason: string } = CLOSE.shuttingDown): void {
    if (this.projectionTimer) clearTimeout(this.projectionTimer);
    this.projectionTimer = null;
    this.sync.closeAll(close);
    this.live.closeAll(close);
    this.working.off('update', this.onUpdate);
    this.awareness.destroy();
    this.awareness.doc.destroy();
    this.working.destroy();
    this.projections.destroy();
    this.storedDoc.destroy();
  }

  /** Sockets of either kind, for counting and for the stalled-socket guard. */
  sockets(): WebSocket[] {
    return [...this.sync.sockets(), ...this.live.sockets()];
  }
}
