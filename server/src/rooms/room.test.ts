import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
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

async function setup(failCommit: () => Error | null) {
  const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'visiebord-room-')));
  const doc = new Y.Doc();
  initWorkshop(doc, { script, title: 'T', now: 1 });
  await store.createWorkshop(
    { id: 'w', joinCode: 'ABC234', facilitatorKeyHash: 'f', beamerKeyHash: 'b', createdAt: 1, lastActivityAt: 1, deleteAfter: 2 },
    Y.encodeStateAsUpdate(doc),
  );
  const failing: Store = {
    ...store,
    commitChanges: async (id, changes) => {
      const error = failCommit();
      if (error) throw error;
      return store.commitChanges(id, changes);
    },
  };
  const failures: unknown[] = [];
  const room = await Room.load('w', failing, { compactEvery: 1000, onActivity: () => undefined, onFailure: (_r, e) => failures.push(e) });
  return { room, store, failures };
}

const reload = (store: Store) => Room.load('w', store, { compactEvery: 1000, onActivity: () => undefined, onFailure: () => undefined });

describe('a room and its store', () => {
  it('passes a rule’s refusal through and stays usable', async () => {
    const { room, failures } = await setup(() => null);
    await expect(
      room.change(() => {
        throw new AppError('canvas_locked');
      }),
    ).rejects.toMatchObject({ code: 'canvas_locked' });
    expect(failures).toEqual([]);
    await room.change(() => setCurrentStep(room.doc, 'vragen', 2));
    expect(room.isFailed).toBe(false);
  });

  it('gives up when the store cannot take a change, even when the error looks like a refusal', async () => {
    for (const error of [new Error('SQLITE_FULL'), new AppError('storage_failed')]) {
      const { room, store, failures } = await setup(() => error);
      await expect(room.change(() => addNote(room.doc, { id: 'n', canvasId: 'c', text: 'x', authorId: 'p', createdAt: 3 }))).rejects.toMatchObject({
        code: 'storage_failed',
      });
      expect(room.isFailed).toBe(true);
      expect(failures).toHaveLength(1);
      // What is stored does not have the note; a reload starts from there.
      expect(readNotes((await reload(store)).doc, 'c')).toEqual([]);
    }
  });

  it('stores changes in the order they were made, and answers each only once it is stored', async () => {
    const { room, store } = await setup(() => null);
    const answered: string[] = [];
    const changes = ['a', 'b', 'c'].map((id) =>
      room.change(() => addNote(room.doc, { id, canvasId: 'c', text: id, authorId: 'p', createdAt: 3 })).then(async () => {
        answered.push(id);
        expect(readNotes((await reload(store)).doc, 'c').some((n) => n.id === id)).toBe(true);
      }),
    );
    // Applied at once, so the next change's rules see the previous one.
    expect(readNotes(room.doc, 'c').map((n) => n.id)).toEqual(['a', 'b', 'c']);
    await Promise.all(changes);
    expect(answered).toEqual(['a', 'b', 'c']);
  });

  it('knows which intents are stored: its own, those it loaded, and those other instances tell it of', async () => {
    const { room, store } = await setup(() => null);
    const intent = (intentId: string) => () => ({ intent: { intentId, participantId: 'p', result: '{}', now: 3 } });
    expect(room.intents.mayHaveStored('i1')).toBe(false);
    await room.change(() => addNote(room.doc, { id: 'a', canvasId: 'c', text: 'a', authorId: 'p', createdAt: 3 }), intent('i1'));
    // An intent that changes nothing in the document is stored all the same.
    await room.change(() => undefined, intent('i2'));
    expect([room.intents.mayHaveStored('i1'), room.intents.mayHaveStored('i2'), room.intents.mayHaveStored('i3')]).toEqual([true, true, false]);
    room.intents.learn(['i3']);
    expect(room.intents.mayHaveStored('i3')).toBe(true);
    const again = await reload(store);
    expect([again.intents.mayHaveStored('i1'), again.intents.mayHaveStored('i2'), again.intents.mayHaveStored('i4')]).toEqual([true, true, false]);
  });

  it('stores a facilitator’s update before any beamer is sent it', async () => {
    const { room, store } = await setup(() => null);
    const storedIds = new Set<string>();
    const beamer = listeningSocket(() => storedIds.has('stored'));
    room.sync.add(beamer.ws, { readOnly: true });
    const greeting = beamer.sent.length;

    room.applyUpdate(facilitatorUpdate(room, 'stored'), null);
    expect(beamer.sent.length).toBe(greeting);
    await room.settled();
    for (const n of readNotes((await reload(store)).doc, 'c')) storedIds.add(n.id);
    expect(storedIds.has('stored')).toBe(true);
    expect(beamer.sent.length).toBe(greeting + 1);
  });

  it('gives up, and sends nothing, when the store cannot take a facilitator’s update', async () => {
    const { room, store, failures } = await setup(() => new Error('SQLITE_FULL'));
    const beamer = listeningSocket(() => false);
    room.sync.add(beamer.ws, { readOnly: true });
    const greeting = beamer.sent.length;

    room.applyUpdate(facilitatorUpdate(room, 'lost'), null);
    await room.settled();
    expect(room.isFailed).toBe(true);
    expect(failures).toHaveLength(1);
    expect(beamer.sent.length).toBe(greeting);
    expect(readNotes((await reload(store)).doc, 'c')).toEqual([]);
  });

  it('goes back to what is stored when the store refuses a write whole, keeping its sockets and asking facilitators for their edits', async () => {
    // Postgres refuses an intent another instance stored first with unique_violation; nothing of the write is stored.
    let refuse = true;
    const { room, store, failures } = await setup(() => (refuse ? Object.assign(new Error('duplicate key value violates unique constraint "intents_pkey"'), { code: '23505' }) : null));
    const facilitator = listeningSocket(() => false);
    const beamer = listeningSocket(() => false);
    room.sync.add(facilitator.ws, { readOnly: false });
    room.sync.add(beamer.ws, { readOnly: true });
    const greeting = { facilitator: facilitator.sent.length, beamer: beamer.sent.length };

    const refused = room.change(() => addNote(room.doc, { id: 'twice', canvasId: 'c', text: 'al opgeslagen elders', authorId: 'p', createdAt: 3 }));
    // Made on top of the refused change while it was on its way: refused with it.
    const after = room.change(() => addNote(room.doc, { id: 'after', canvasId: 'c', text: 'daarna', authorId: 'q', createdAt: 4 }));
    await expect(refused).rejects.toMatchObject({ code: 'storage_failed' });
    await expect(after).rejects.toMatchObject({ code: 'storage_failed' });

    expect(room.isFailed).toBe(false);
    expect(failures).toEqual([]);
    expect(readNotes(room.doc, 'c')).toEqual([]);
    // The facilitator is asked (sync step 1) for what it has; the beamer is sent nothing.
    expect(facilitator.sent.length).toBe(greeting.facilitator + 1);
    expect(beamer.sent.length).toBe(greeting.beamer);

    // The room goes on: the next change is stored and passed on.
    refuse = false;
    await room.change(() => addNote(room.doc, { id: 'again', canvasId: 'c', text: 'opnieuw', authorId: 'q', createdAt: 5 }));
    expect(readNotes((await reload(store)).doc, 'c').map((n) => n.id)).toEqual(['again']);
    expect(beamer.sent.length).toBe(greeting.beamer + 1);
  });

  it('syncs a facilitator who connects meanwhile only with what is stored, so a change the store refuses never comes back as theirs', async () => {
    // The store refuses the change the way Postgres refuses an intent another instance stored first.
    let refuse = false;
    const { room } = await setup(() => (refuse ? new Error('duplicate key value violates unique constraint "intents_pkey"') : null));
    const answers: Uint8Array[] = [];
    const ws = { readyState: 1, bufferedAmount: 0, on: (event: string, fn: (data: Buffer, binary: boolean) => void) => (event === 'message' && (listener = fn), ws), send: (data: Uint8Array) => answers.push(data) };
    let listener: ((data: Buffer, binary: boolean) => void) | null = null;

    refuse = true;
    const refused = room.change(() => addNote(room.doc, { id: 'twice', canvasId: 'c', text: 'al opgeslagen elders', authorId: 'p', createdAt: 3 }));
    // A facilitator's console connects and asks for everything while that change waits for the store.
    room.sync.add(ws as unknown as WebSocket, { readOnly: false });
    const facilitator = new Y.Doc();
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, facilitator);
    listener!(Buffer.from(encoding.toUint8Array(step1)), true);
    for (const message of answers) {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) === 0) syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), facilitator, null);
    }
    await expect(refused).rejects.toMatchObject({ code: 'storage_failed' });

    expect(readNotes(facilitator, 'c')).toEqual([]);
    expect(readNotes(room.doc, 'c').map((n) => n.id)).toEqual(['twice']);
  });
});
