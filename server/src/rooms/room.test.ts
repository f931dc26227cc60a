import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@visiebord/shared/api';
import { addNote, initWorkshop, readNotes, setCurrentStep } from '@visiebord/shared/doc';
import { scriptSchema } from '@visiebord/shared/script';
import { openSqliteStore } from '../store/sqliteStore.ts';
import type { Store } from '../store/types.ts';
import { Room } from './room.ts';

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
});
