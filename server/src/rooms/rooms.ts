import type { FastifyBaseLogger } from 'fastify';
import { CLOSE } from '@visiebord/shared/protocol';
import type { Store } from '../store/types.ts';
import type { Peers } from './peers.ts';
import { publishPresence } from './presence.ts';
import { Room } from './room.ts';

export type RoomsOptions = {
  compactEvery: number;
  idleUnloadMs: number;
  retentionMs: number;
  log: FastifyBaseLogger;
  /** The other instances serving the same workshops, when there are any. */
  peers?: Peers;
};

/** How often a busy workshop's last-activity time is written; retention counts in days. */
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;
/** How often the console's and beamer's presence counts are refreshed. */
const PRESENCE_INTERVAL_MS = 1_000;
/** How soon after an answer they are refreshed, and how far apart such refreshes stay at least. */
const PRESENCE_SOON_MS = 150;
const PRESENCE_SOON_GAP_MS = 500;
/**
 * How long an update from another instance may be missing before the store is asked for it. Only
 * a lost message (Redis restarting) needs the store; a late one (a busy instance publishing after
 * its commit) is far more common, and reading the whole document costs the room a lot.
 */
const CATCH_UP_AFTER_MS = 1_000;

/**
 * The workshops in memory. A room loads on first use, and unloads (after a compaction) once
 * nobody has been connected for a while.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | undefined>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly activityWrittenAt = new Map<string, number>();
  private readonly catchUps = new Set<string>();
  private readonly presenceTimer: NodeJS.Timeout;
  private readonly peers: Peers | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: RoomsOptions,
  ) {
    this.peers = options.peers;
    // Whatever other instances stored while the link was down is read from the store.
    this.peers?.onReconnect(() => {
      for (const room of this.rooms.values()) room.catchUp().catch((error: unknown) => options.log.warn({ err: error, workshop: room.id }, 'catching up from the store failed'));
    });
    this.presenceTimer = setInterval(() => {
      for (const room of this.rooms.values()) {
        if (room.isFailed) continue;
        this.peers?.publishOnline(room.id, [...room.live.onlineParticipants()]);
        this.refreshPresence(room);
      }
    }, PRESENCE_INTERVAL_MS);
    this.presenceTimer.unref();
  }

  /** The room of an existing workshop, loading it if needed; undefined for an unknown id. */
  async get(id: string): Promise<Room | undefined> {
    const loaded = this.rooms.get(id);
    if (loaded) {
      this.scheduleUnload(loaded);
      return loaded;
    }
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  /** The room if it is in memory now; for tests and the stalled-socket guard. */
  loadedRoom(id: string): Room | undefined {
    return this.rooms.get(id);
  }

  private async load(id: string): Promise<Room | undefined> {
    if (!(await this.store.getWorkshop(id))) return undefined;
    // Listen before reading, so nothing stored elsewhere meanwhile is missed: it waits here.
    const early: Array<[Uint8Array, number, number, readonly string[]]> = [];
    const loaded: { room?: Room } = {};
    await this.peers?.join(id, {
      onUpdate: (update, lastSeq, count, intentIds) => {
        if (loaded.room) this.applyFromPeer(loaded.room, update, lastSeq, count, intentIds);
        else early.push([update, lastSeq, count, intentIds]);
      },
      onAwareness: (update) => loaded.room?.sync.applyPeerAwareness(update),
      onDeleted: () => {
        if (loaded.room) this.drop(loaded.room, CLOSE.deleted);
      },
    });
    const room = await Room.load(id, this.store, {
      compactEvery: this.options.compactEvery,
      onActivity: (r) => {
        this.recordActivity(r.id);
        this.schedulePresence(r);
      },
      onFailure: (r, error) => this.evict(r, error),
      onRewound: (r, error) =>
        this.options.log.info({ err: error, workshop: r.id }, 'a write was refused (stored elsewhere first); the workshop went back to what is stored'),
      onCompactionFailed: (r, error) => this.options.log.warn({ err: error, workshop: r.id }, 'compaction failed; will retry later'),
      onStored: (r, update, lastSeq, count, intentIds) => this.peers?.publishUpdate(r.id, update, lastSeq, count, intentIds),
      phonesElsewhere: (r) => this.peers?.onlineElsewhere(r.id).size ?? 0,
    });
    loaded.room = room;
    if (this.peers) room.sync.onLocalAwareness = (update) => this.peers?.publishAwareness(id, update);
    for (const [update, lastSeq, count, intentIds] of early) this.applyFromPeer(room, update, lastSeq, count, intentIds);
    this.rooms.set(id, room);
    this.scheduleUnload(room);
    return room;
  }

  private applyFromPeer(room: Room, update: Uint8Array, lastSeq: number, count: number, intentIds: readonly string[]): void {
    room.intents.learn(intentIds);
    if (count === 0) return;
    try {
      room.applyFromPeer(update, lastSeq, count);
    } catch (error) {
      this.options.log.warn({ err: error, workshop: room.id }, 'unreadable update from another instance; reading the store');
    }
    if (room.hasGap) this.scheduleCatchUp(room);
  }

  /**
   * An update from another instance went missing (or is still on its way): read the store shortly,
   * if that very gap is still open then. In a busy room updates from several instances often
   * arrive a little out of order, so some gap is nearly always open for a moment; reading the
   * whole document for each of those would cost more than the room itself (`pnpm bench:sync`).
   */
  private scheduleCatchUp(room: Room): void {
    if (this.catchUps.has(room.id)) return;
    this.catchUps.add(room.id);
    const missingFrom = room.storedUpTo;
    const check = () => {
      this.catchUps.delete(room.id);
      if (this.rooms.get(room.id) !== room || !room.hasGap) return;
      // That gap closed; a newer one gets its own wait.
      if (room.storedUpTo > missingFrom) return this.scheduleCatchUp(room);
      room.catchUp().catch((error: unknown) => this.options.log.warn({ err: error, workshop: room.id }, 'catching up from the store failed'));
    };
    // Checked after the event loop has read its sockets: a timer that fires late on a busy
    // instance runs before the messages that arrived meanwhile are read.
    setTimeout(() => setImmediate(check), CATCH_UP_AFTER_MS).unref();
  }

  get size(): number {
    return this.rooms.size;
  }

  isLoaded(id: string): boolean {
    return this.rooms.has(id);
  }

  /** Call when a socket closes: an empty room starts its idle countdown. */
  released(room: Room): void {
    this.scheduleUnload(room);
  }

  private scheduleUnload(room: Room): void {
    clearTimeout(this.idleTimers.get(room.id));
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.id);
      if (room.connectionCount === 0 && this.rooms.get(room.id) === room) void this.unload(room);
      else if (this.rooms.get(room.id) === room) this.scheduleUnload(room);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.id, timer);
  }

  /** Takes a room out of memory; with `close`, its sockets are told why. */
  private drop(room: Room, close: { code: number; reason: string }): void {
    clearTimeout(this.idleTimers.get(room.id));
    this.idleTimers.delete(room.id);
    if (this.rooms.get(room.id) === room) {
      this.rooms.delete(room.id);
      this.peers?.leave(room.id);
    }
    if (close === CLOSE.deleted) room.live.announceDeleted();
    room.destroy(close);
  }

  private async unload(room: Room, close = CLOSE.shuttingDown): Promise<void> {
    if (this.rooms.get(room.id) === room) {
      this.rooms.delete(room.id);
      this.peers?.leave(room.id);
    }
    clearTimeout(this.idleTimers.get(room.id));
    this.idleTimers.delete(room.id);
    try {
      await room.settled();
      await room.compact();
    } catch (error) {
      // The update log is still complete; compaction can wait for the next load.
      this.options.log.warn({ err: error, workshop: room.id }, 'compaction failed');
    }
    room.destroy(close);
  }

  private evict(room: Room, error: unknown): void {
    this.options.log.error({ err: error, workshop: room.id }, 'storage failed; workshop unloaded and will reload from the store');
    clearTimeout(this.idleTimers.get(room.id));
    this.idleTimers.delete(room.id);
    if (this.rooms.get(room.id) === room) {
      this.rooms.delete(room.id);
      this.peers?.leave(room.id);
    }
    // Clients reconnect and resync against what is really stored.
    setImmediate(() => room.destroy(CLOSE.storageFailed));
  }

  private readonly presenceSoon = new Set<Room>();
  private readonly presenceSoonAt = new WeakMap<Room, number>();

  /**
   * After an answer, the console's "answered" count follows within a fraction of a second; in a
   * busy room at most twice a second, since counting the answers reads every note of the step.
   */
  private schedulePresence(room: Room): void {
    if (this.presenceSoon.has(room)) return;
    this.presenceSoon.add(room);
    const wait = Math.max(PRESENCE_SOON_MS, (this.presenceSoonAt.get(room) ?? 0) + PRESENCE_SOON_GAP_MS - Date.now());
    setTimeout(() => {
      this.presenceSoon.delete(room);
      this.presenceSoonAt.set(room, Date.now());
      if (this.rooms.get(room.id) === room && !room.isFailed) this.refreshPresence(room);
    }, wait).unref();
  }

  private refreshPresence(room: Room): void {
    publishPresence(room, this.store, this.peers?.onlineElsewhere(room.id)).catch((error: unknown) =>
      this.options.log.warn({ err: error, workshop: room.id }, 'presence not refreshed'),
    );
  }

  private recordActivity(id: string): void {
    const now = Date.now();
    if (now - (this.activityWrittenAt.get(id) ?? 0) < ACTIVITY_WRITE_INTERVAL_MS) return;
    this.activityWrittenAt.set(id, now);
    this.store.touchWorkshop(id, now, now + this.options.retentionMs).catch((error: unknown) =>
      this.options.log.warn({ err: error, workshop: id }, 'last activity not written; retention counts from the previous one'),
    );
  }

  /** Deletes a workshop everywhere: sockets told and closed, memory dropped, stored data wiped. */
  async delete(id: string): Promise<boolean> {
    const room = this.rooms.get(id);
    if (room) this.drop(room, CLOSE.deleted);
    this.activityWrittenAt.delete(id);
    const deleted = await this.store.deleteWorkshop(id);
    this.peers?.publishDeleted(id);
    return deleted;
  }

  /** On shutdown: every room's writes finished, compacted and closed. */
  async closeAll(): Promise<void> {
    clearInterval(this.presenceTimer);
    await Promise.all([...this.rooms.values()].map((room) => this.unload(room)));
  }
}
