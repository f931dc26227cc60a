import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { SyncRoom } from './audienceRoom.ts';
import { sendOrDrop, shareMessage } from './socketSend.ts';

/** Message types of the y-websocket protocol. */
const MESSAGE = { sync: 0, awareness: 1, queryAwareness: 3 } as const;

type SyncConn = { readOnly: boolean; clientIds: Set<number> };

/** Origins of awareness changes that are not a socket's own message. */
const LEFT = Symbol('socket closed');
const FROM_PEER = Symbol('from another instance');

/**
 * Facilitator and beamer sockets speaking the y-websocket protocol, so the stock provider works.
 * Facilitators write; a beamer is read-only: its sync requests are answered, its updates dropped.
 */
export class SyncAudience {
  private readonly conns = new Map<WebSocket, SyncConn>();
  /** Hears the presence of this instance's sockets, for the other instances (see `Peers`). */
  onLocalAwareness: ((update: Uint8Array) => void) | null = null;

  constructor(private readonly room: SyncRoom) {
    room.awareness.on('update', this.onAwareness);
  }

  get size(): number {
    return this.conns.size;
  }

  sockets(): WebSocket[] {
    return [...this.conns.keys()];
  }

  add(ws: WebSocket, options: { readOnly: boolean }): void {
    this.conns.set(ws, { readOnly: options.readOnly, clientIds: new Set() });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) this.receive(ws, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    });
    ws.on('close', () => this.remove(ws));

    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE.sync);
    syncProtocol.writeSyncStep1(step1, this.room.storedDoc);
    sendOrDrop(ws, encoding.toUint8Array(step1));
    const states = this.room.awareness.getStates();
    if (states.size > 0) {
      sendOrDrop(ws, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, [...states.keys()])));
    }
  }

  /** Untrusted bytes: decoded inside try/catch; a socket that sends garbage is closed, nothing thrown. */
  private receive(ws: WebSocket, data: Uint8Array): void {
    const conn = this.conns.get(ws);
    if (!conn) return;
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE.sync) this.receiveSync(ws, conn, decoder);
      else if (type === MESSAGE.awareness) {
        awarenessProtocol.applyAwarenessUpdate(this.room.awareness, decoding.readVarUint8Array(decoder), ws);
      } else if (type === MESSAGE.queryAwareness) {
        const states = this.room.awareness.getStates();
        sendOrDrop(ws, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, [...states.keys()])));
      }
    } catch {
      // A storage failure already closed the room; anything else is a malformed message.
      if (!this.room.isFailed) ws.close(1003, 'malformed message');
    }
  }

  private receiveSync(ws: WebSocket, conn: SyncConn, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE.sync);
      syncProtocol.readSyncStep1(decoder, reply, this.room.storedDoc);
      sendOrDrop(ws, encoding.toUint8Array(reply));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) return;
    const update = decoding.readVarUint8Array(decoder);
    if (conn.readOnly) return;
    this.room.applyUpdate(update, ws);
  }

  /**
   * Asks every facilitator's provider for what it has that the room lacks (sync step 1, as on
   * connecting): after the room went back to what is stored, their refused edits come back.
   */
  askWritersForUpdates(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeSyncStep1(encoder, this.room.storedDoc);
    const message = shareMessage(encoding.toUint8Array(encoder));
    for (const [ws, conn] of this.conns) if (!conn.readOnly) sendOrDrop(ws, message);
  }

  /** Sends one stored update to every socket but the one it came from. */
  broadcastUpdate(update: Uint8Array, origin: unknown): void {
    if (this.conns.size === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeUpdate(encoder, update);
    const message = shareMessage(encoding.toUint8Array(encoder));
    for (const ws of this.conns.keys()) if (ws !== origin) sendOrDrop(ws, message);
  }

  private onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed];
    const conn = this.conns.get(origin as WebSocket);
    if (conn) {
      for (const id of added) conn.clientIds.add(id);
      for (const id of removed) conn.clientIds.delete(id);
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, changed);
    if ((conn || origin === LEFT) && this.onLocalAwareness) this.onLocalAwareness(update);
    const message = shareMessage(awarenessMessage(update));
    for (const ws of this.conns.keys()) sendOrDrop(ws, message);
  };

  private remove(ws: WebSocket): void {
    const conn = this.conns.get(ws);
    if (!conn) return;
    this.conns.delete(ws);
    if (conn.clientIds.size > 0) awarenessProtocol.removeAwarenessStates(this.room.awareness, [...conn.clientIds], LEFT);
  }

  /** Presence of a facilitator or beamer on another instance. */
  applyPeerAwareness(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.room.awareness, update, FROM_PEER);
    } catch {
      // Unreadable presence is only presence: dropped.
    }
  }

  closeAll(close: { code: number; reason: string }): void {
    for (const ws of [...this.conns.keys()]) ws.close(close.code, close.reason);
    this.conns.clear();
  }
}

function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
