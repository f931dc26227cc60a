import type { WebSocket } from 'ws';
import { readFollowUpOf } from '@visiebord/shared/doc';
import {
  diffNotes,
  isEmptyDelta,
  projectAllSteps,
  projectAnswers,
  sameStep,
  type LiveMessage,
  type PhoneNote,
  type PhoneStep,
  type RoomProjection,
} from '@visiebord/shared/projection';
import { LIVE_PROTOCOL_VERSION } from '@visiebord/shared/protocol';
import type { LiveRoom } from './audienceRoom.ts';
import { sendOrDrop, shareMessage, type SharedMessage } from './socketSend.ts';

/** What one phone was last sent of its own, so it gets only changes: its notes, and its answers per step. */
type LiveConn = { participantId: string; own: ReadonlyMap<string, PhoneNote>; mine: Map<string, string> };

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

  constructor(private readonly room: LiveRoom) {}

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
    const conn: LiveConn = { participantId: participant.id, own, mine: new Map() };
    this.conns.set(ws, conn);
    // Phones have nothing to say on this socket; intents go over HTTP.
    ws.on('message', () => undefined);
    ws.on('close', () => this.conns.delete(ws));
    sendOrDrop(ws, encode({ t: 'hello', v: LIVE_PROTOCOL_VERSION, participantId: participant.id, name: participant.name, title }));
    sendOrDrop(ws, encode({ t: 'step', step: projection.step, serverNow: Date.now() }));
    sendOrDrop(ws, encode({ t: 'notes', reset: true, upsert: [...projection.publicNotes.values()], remove: [] }));
    sendOrDrop(ws, encode({ t: 'own', reset: true, upsert: [...own.values()], remove: [] }));
    this.sendAnswers(ws, conn, this.answerableSteps(projection.step));
  }

  /**
   * The steps a phone answers now: the room's step during a study day; in a follow-up every step,
   * since each phone goes through them at its own pace and, after a reload, must see what it gave.
   */
  private answerableSteps(current: PhoneStep | null): PhoneStep[] {
    if (readFollowUpOf(this.room.doc)) return projectAllSteps(this.room.doc);
    return current ? [current] : [];
  }

  /** The phone's own answers to those steps, each when it changed. */
  private sendAnswers(ws: WebSocket, conn: LiveConn, steps: readonly PhoneStep[]): void {
    // A phone forgets its answers to a step it left, so coming back to that step sends them again.
    for (const stepId of conn.mine.keys()) if (!steps.some((step) => step.id === stepId)) conn.mine.delete(stepId);
    for (const step of steps) {
      const mine = encode({ t: 'mine', stepId: step.id, answers: projectAnswers(this.room.doc, step, conn.participantId) });
      if (mine === conn.mine.get(step.id)) continue;
      conn.mine.set(step.id, mine);
      sendOrDrop(ws, mine);
    }
  }

  publish(projection: RoomProjection): void {
    const shared: SharedMessage[] = [];
    if (!sameStep(this.lastStep, projection.step)) shared.push(shareMessage(encode({ t: 'step', step: projection.step, serverNow: Date.now() })));
    const delta = this.room.publicDelta(this.lastPublic, projection.publicNotes);
    if (!isEmptyDelta(delta)) shared.push(shareMessage(encode({ t: 'notes', reset: false, ...delta })));
    this.lastStep = projection.step;
    this.lastPublic = projection.publicNotes;

    const steps = this.conns.size > 0 ? this.answerableSteps(projection.step) : [];
    for (const [ws, conn] of this.conns) {
      for (const message of shared) sendOrDrop(ws, message);
      const own = projection.ownByAuthor.get(conn.participantId) ?? NO_NOTES;
      // A phone whose notes did not change keeps the very same map (`ProjectionCache`).
      if (own !== conn.own) {
        const ownDelta = diffNotes(conn.own, own);
        conn.own = own;
        if (!isEmptyDelta(ownDelta)) sendOrDrop(ws, encode({ t: 'own', reset: false, ...ownDelta }));
      }
      this.sendAnswers(ws, conn, steps);
    }
  }

  /** Tells phones the workshop is gone, so they can say so instead of reconnecting. */
  announceDeleted(): void {
    const message = shareMessage(encode({ t: 'deleted' }));
    for (const ws of this.conns.keys()) sendOrDrop(ws, message);
  }

  closeAll(close: { code: number; reason: string }): void {
    for (const ws of [...this.conns.keys()]) ws.close(close.code, close.reason);
    this.conns.clear();
  }
}
