import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@visiebord/shared/api';
import { addNote, initWorkshop, readNotes, setCurrentStep } from '@visiebord/shared/doc';
import { scriptSchema } from '@visiebord/shared/script';
import { openSqliteStore } from '../store/sqliteStore.ts';
import type { Store } from '../store/types.ts';
import { Room } from './room.ts';

/** A beamer's socket as the sync audience sees it; each message it is sent is noted with what the disk held then. */
function listeningSocket(onSend: () => boolean) {
  const sent: Array<{ bytes: number; storedThen: boolean }> = [];
  const ws = { readyState: 1, bufferedAmount: 0, on: () => ws, send: (data: Uint8Array) => sent.push({ bytes: data.byteLength, storedThen: onSend() }) };
  return { ws: ws as unknown as WebSocket, sent };
}

function facilitatorUpdate(room: Room, text: string): Uint8Array {
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(remote);
  addNote(remote, { id: text, canvasId: 'c', text, authorId: 'p', createdAt: 3 });
  return Y.encodeStateAsUpdate(remote, before);
}

const script = scriptSchema.parse({
  id: 't',
  title: 'T',
  steps: [{ id: 'vragen', type: 'prompt', title: 'Vragen', canvases: [{ id: 'c', prompt: 'Vraag?' }] }],
});

function setup(failAppend: () => Error | null) {
  const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'visiebord-room-')));
  const doc = new Y.Doc();
  initWorkshop(doc, { script, title: 'T', now: 1 });
  store.createWorkshop(
    { id: 'w', joinCode: 'ABC234', facilitatorKeyHash: 'f', beamerKeyHash: 'b', createdAt: 1, lastActivityAt: 1, deleteAfter: 2 },
    Y.encodeStateAsUpdate(doc),
  );
  const failing: Store = {
    ...store,
    appendUpdate: (id, update) => {
      const error = failAppend();
      if (error) throw error;
      return store.appendUpdate(id, update);
    },
  };
  const failures: unknown[] = [];
  const room = new Room('w', failing, { compactEvery: 1000, onActivity: () => undefined, onFailure: (_r, e) => failures.push(e) });
  return { room, store, failures };
}

describe('a room and its store', () => {
  it('passes a rule’s refusal through and stays usable', () => {
    const { room, failures } = setup(() => null);
    expect(() => room.change(() => {
      throw new AppError('canvas_locked');
    })).toThrow(expect.objectContaining({ code: 'canvas_locked' }));
    expect(failures).toEqual([]);
    room.change(() => setCurrentStep(room.doc, 'vragen', 2));
    expect(room.isFailed).toBe(false);
  });

  it('gives up when the store cannot take a change, even when the error looks like a refusal', () => {
    for (const error of [new Error('SQLITE_FULL'), new AppError('storage_failed')]) {
      const { room, store, failures } = setup(() => error);
      expect(() => room.change(() => addNote(room.doc, { id: 'n', canvasId: 'c', text: 'x', authorId: 'p', createdAt: 3 }))).toThrow(
        expect.objectContaining({ code: 'storage_failed' }),
      );
      expect(room.isFailed).toBe(true);
      expect(failures).toHaveLength(1);
      // What is on disk does not have the note; a reload starts from there.
      const reloaded = new Room('w', store, { compactEvery: 1000, onActivity: () => undefined, onFailure: () => undefined });
      expect(readNotes(reloaded.doc, 'c')).toEqual([]);
    }
  });

  it('stores a facilitator’s update before any beamer is sent it', () => {
    const { room, store } = setup(() => null);
    const reloadHas = (id: string) => readNotes(new Room('w', store, { compactEvery: 1000, onActivity: () => undefined, onFailure: () => undefined }).doc, 'c').some((n) => n.id === id);
    const beamer = listeningSocket(() => reloadHas('stored'));
    room.sync.add(beamer.ws, { readOnly: true });
    const greeting = beamer.sent.length;

    room.applyUpdate(facilitatorUpdate(room, 'stored'), null);
    expect(beamer.sent.slice(greeting)).toEqual([expect.objectContaining({ storedThen: true })]);
    expect(reloadHas('stored')).toBe(true);
  });

  it('gives up, and sends nothing, when the store cannot take a facilitator’s update', () => {
    const { room, store, failures } = setup(() => new Error('SQLITE_FULL'));
    const beamer = listeningSocket(() => false);
    room.sync.add(beamer.ws, { readOnly: true });
    const greeting = beamer.sent.length;

    expect(() => room.applyUpdate(facilitatorUpdate(room, 'lost'), null)).toThrow(expect.objectContaining({ code: 'storage_failed' }));
    expect(room.isFailed).toBe(true);
    expect(failures).toHaveLength(1);
    expect(beamer.sent.length).toBe(greeting);
    const reloaded = new Room('w', store, { compactEvery: 1000, onActivity: () => undefined, onFailure: () => undefined });
    expect(readNotes(reloaded.doc, 'c')).toEqual([]);
  });
});
