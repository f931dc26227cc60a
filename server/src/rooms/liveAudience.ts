import type { WebSocket } from 'ws';
import { diffNotes, isEmptyDelta, sameStep, type LiveMessage, type PhoneNote, type PhoneStep, type RoomProjection } from '@visiebord/shared/projection';
import type { Room } from './room.ts';
import { sendOrDrop } from './socketSend.ts';

type LiveConn = { participantId: string; own: ReadonlyMap<string, PhoneNote> };

const NO_NOTES: ReadonlyMap<string, PhoneNote> = new Map();

const encode = (message: LiveMessage): string => JSON.stringify(message);

/**
 * Phones: they never see the document, only their projection of it (DESIGN.md, "Who sees what").
 * What everyone may see is serialised once and sent to all; each phone's own notes go to it alone.
 * After the first full view, phones get only what changed.
 */
export class LiveAudience {
  private readonly conns = new Map<WebSocket, LiveConn>();
  private lastStep: PhoneStep | null = null;
  private lastPublic: ReadonlyMap<string, PhoneNote> = NO_NOTES;

  constructor(private readonly room: Room) {}

  get size(): number {
    return this.conns.size;
  }

  sockets(): WebSocket[] {
    return [...this.conns.keys()];
  }

  /** Distinct participants with at least one open socket. */
  onlineParticipants(): Set<string> {
    return new Set([...this.conns.values()].map((c) => c.participantId));
  }

  add(ws: WebSocket, participant: { id: string; name: string }, title: string): void {
    const projection = this.room.currentProjection();
    if (this.conns.size === 0) {
      this.lastStep = projection.step;
      this.lastPublic = projection.publicNotes;
    }
    const own = projection.ownByAuthor.get(participant.id) ?? NO_NOTES;
    this.conns.set(ws, { participantId: participant.id, own });
    // Phones have nothing to say on this socket; intents go over HTTP.
    ws.on('message', () => undefined);
    ws.on('close', () => this.conns.delete(ws));
    sendOrDrop(ws, encode({ t: 'hello', participantId: participant.id, name: participant.name, title }));
    sendOrDrop(ws, encode({ t: 'step', step: projection.step }));
    sendOrDrop(ws, encode({ t: 'notes', reset: true, upsert: [...projection.publicNotes.values()], remove: [] }));
    sendOrDrop(ws, encode({ t: 'own', reset: true, upsert: [...own.values()], remove: [] }));
  }

  publish(projection: RoomProjection): void {
    const shared: string[] = [];
    if (!sameStep(this.lastStep, projection.step)) shared.push(encode({ t: 'step', step: projection.step }));
    const delta = diffNotes(this.lastPublic, projection.publicNotes);
    if (!isEmptyDelta(delta)) shared.push(encode({ t: 'notes', reset: false, ...delta }));
    this.lastStep = projection.step;
    this.lastPublic = projection.publicNotes;

    for (const [ws, conn] of this.conns) {
      for (const message of shared) sendOrDrop(ws, message);
      const own = projection.ownByAuthor.get(conn.participantId) ?? NO_NOTES;
      const ownDelta = diffNotes(conn.own, own);
      conn.own = own;
      if (!isEmptyDelta(ownDelta)) sendOrDrop(ws, encode({ t: 'own', reset: false, ...ownDelta }));
    }
  }

  /** Tells phones the workshop is gone, so they can say so instead of reconnecting. */
  announceDeleted(): void {
    const message = encode({ t: 'deleted' });
    for (const ws of this.conns.keys()) sendOrDrop(ws, message);
  }

  closeAll(close: { code: number; reason: string }): void {
    for (const ws of [...this.conns.keys()]) ws.close(close.code, close.reason);
    this.conns.clear();
  }
}
