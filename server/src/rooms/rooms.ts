import type { FastifyBaseLogger } from 'fastify';
import { CLOSE } from '@visiebord/shared/protocol';
import type { Store } from '../store/types.ts';
import { publishPresence } from './presence.ts';
import { Room } from './room.ts';

export type RoomsOptions = {
  compactEvery: number;
  idleUnloadMs: number;
  retentionMs: number;
  log: FastifyBaseLogger;
};

/** How often a busy workshop's last-activity time is written; retention counts in days. */
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;
/** How often the console's and beamer's presence counts are refreshed. */
const PRESENCE_INTERVAL_MS = 1_000;

/**
 * The workshops in memory. A room loads on first use, and unloads (after a compaction) once
 * nobody has been connected for a while.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly activityWrittenAt = new Map<string, number>();

  private readonly presenceTimer: NodeJS.Timeout;

  constructor(
    private readonly store: Store,
    private readonly options: RoomsOptions,
  ) {
    this.presenceTimer = setInterval(() => {
      for (const room of this.rooms.values()) if (!room.isFailed) publishPresence(room, store);
    }, PRESENCE_INTERVAL_MS);
    this.presenceTimer.unref();
  }

  /** The room of an existing workshop, loading it if needed; undefined for an unknown id. */
  get(id: string): Room | undefined {
    const loaded = this.rooms.get(id);
    if (loaded) {
      this.scheduleUnload(loaded);
      return loaded;
    }
    if (!this.store.getWorkshop(id)) return undefined;
    const room = new Room(id, this.store, {
      compactEvery: this.options.compactEvery,
      onActivity: (r) => {
        this.recordActivity(r.id);
        this.schedulePresence(r);
      },
      onFailure: (r, error) => this.evict(r, error),
      onCompactionFailed: (r, error) => this.options.log.warn({ err: error, workshop: r.id }, 'compaction failed; will retry later'),
    });
    this.rooms.set(id, room);
    this.scheduleUnload(room);
    return room;
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
      if (room.connectionCount === 0 && this.rooms.get(room.id) === room) this.unload(room);
      else if (this.rooms.get(room.id) === room) this.scheduleUnload(room);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.id, timer);
  }

  private unload(room: Room, close = CLOSE.shuttingDown): void {
    clearTimeout(this.idleTimers.get(room.id));
    this.idleTimers.delete(room.id);
    this.rooms.delete(room.id);
    try {
      room.compact();
    } catch (error) {
      // The update log is still complete; compaction can wait for the next load.
      this.options.log.warn({ err: error, workshop: room.id }, 'compaction failed');
    }
    room.destroy(close);
  }

  private evict(room: Room, error: unknown): void {
    this.options.log.error({ err: error, workshop: room.id }, 'storage failed; workshop unloaded and will reload from disk');
    clearTimeout(this.idleTimers.get(room.id));
    this.idleTimers.delete(room.id);
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    // Clients reconnect and resync against what is really on disk.
    setImmediate(() => room.destroy(CLOSE.storageFailed));
  }

  private readonly presenceSoon = new Set<Room>();

  /** After an answer, the console's "answered" count follows within a fraction of a second. */
  private schedulePresence(room: Room): void {
    if (this.presenceSoon.has(room)) return;
    this.presenceSoon.add(room);
    setTimeout(() => {
      this.presenceSoon.delete(room);
      if (this.rooms.get(room.id) === room && !room.isFailed) publishPresence(room, this.store);
    }, 150).unref();
  }

  private recordActivity(id: string): void {
    const now = Date.now();
    if (now - (this.activityWrittenAt.get(id) ?? 0) < ACTIVITY_WRITE_INTERVAL_MS) return;
    this.activityWrittenAt.set(id, now);
    this.store.touchWorkshop(id, now, now + this.options.retentionMs);
  }

  /** Deletes a workshop everywhere: sockets told and closed, memory dropped, disk wiped. */
  delete(id: string): boolean {
    const room = this.rooms.get(id);
    if (room) {
      room.live.announceDeleted();
      this.rooms.delete(id);
      clearTimeout(this.idleTimers.get(id));
      this.idleTimers.delete(id);
      room.destroy(CLOSE.deleted);
    }
    this.activityWrittenAt.delete(id);
    return this.store.deleteWorkshop(id);
  }

  /** On shutdown: every room compacted and closed. */
  closeAll(): void {
    clearInterval(this.presenceTimer);
    for (const room of [...this.rooms.values()]) this.unload(room);
  }
}
