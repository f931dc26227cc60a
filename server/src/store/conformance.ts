import { describe, expect, it } from 'vitest';
import type { Store, WorkshopRecord } from './types.ts';

/**
 * The behaviour every Store must have. Each implementation's test calls this with a way to open
 * a fresh store (and to reopen the same one, where it persists).
 */
export function runStoreConformance(name: string, open: () => { store: Store; reopen: () => Store }) {
  const workshop = (id: string, joinCode: string, deleteAfter = 10_000): WorkshopRecord => ({
    id,
    joinCode,
    facilitatorKeyHash: `f-${id}`,
    beamerKeyHash: `b-${id}`,
    createdAt: 1,
    lastActivityAt: 1,
    deleteAfter,
  });
  const bytes = (...values: number[]) => new Uint8Array(values);

  describe(`${name} store`, () => {
    it('creates and finds workshops by id and join code', () => {
      const { store } = open();
      store.createWorkshop(workshop('w1', 'ABC234'), bytes(1));
      expect(store.getWorkshop('w1')).toEqual(workshop('w1', 'ABC234'));
      expect(store.findWorkshopByJoinCode('ABC234')?.id).toBe('w1');
      expect(store.findWorkshopByJoinCode('ZZZZZZ')).toBeUndefined();
      expect(store.countWorkshops()).toBe(1);
      expect(() => store.createWorkshop(workshop('w2', 'ABC234'), bytes(1))).toThrow();
    });

    it('keeps the update log in order and replaces it by a snapshot on compaction', () => {
      const { store } = open();
      store.createWorkshop(workshop('w1', 'ABC234'), bytes(1));
      const second = store.appendUpdate('w1', bytes(2));
      store.appendUpdate('w1', bytes(3));
      expect(store.loadDoc('w1')).toEqual({ snapshot: null, updates: [bytes(1), bytes(2), bytes(3)], lastSeq: second + 1 });
      store.compact('w1', bytes(9), second);
      store.appendUpdate('w1', bytes(4));
      const loaded = store.loadDoc('w1');
      expect(loaded.snapshot).toEqual(bytes(9));
      expect(loaded.updates).toEqual([bytes(3), bytes(4)]);
    });

    it('keeps everything across a reopen', () => {
      const { store, reopen } = open();
      store.createWorkshop(workshop('w1', 'ABC234'), bytes(1));
      store.appendUpdate('w1', bytes(2));
      store.addParticipant({ id: 'p1', workshopId: 'w1', tokenHash: 'h1', createdAt: 5 });
      store.recordIntentResult('w1', 'i1', 'p1', '{"noteId":"n1"}', 6);
      store.close();
      const again = reopen();
      expect(again.loadDoc('w1').updates).toEqual([bytes(1), bytes(2)]);
      const next = again.appendUpdate('w1', bytes(3));
      expect(again.loadDoc('w1').lastSeq).toBe(next);
      expect(again.findParticipantByToken('w1', 'h1')?.id).toBe('p1');
      expect(again.getIntentResult('w1', 'i1')).toEqual({ participantId: 'p1', result: '{"noteId":"n1"}' });
      again.close();
    });

    it('finds participants only in their own workshop', () => {
      const { store } = open();
      store.createWorkshop(workshop('w1', 'ABC234'), bytes(1));
      store.createWorkshop(workshop('w2', 'DEF567'), bytes(1));
      store.addParticipant({ id: 'p1', workshopId: 'w1', tokenHash: 'h1', createdAt: 5 });
      expect(store.findParticipantByToken('w2', 'h1')).toBeUndefined();
      expect(store.countParticipants('w1')).toBe(1);
    });

    it('rolls back every write of a failed transaction', () => {
      const { store } = open();
      store.createWorkshop(workshop('w1', 'ABC234'), bytes(1));
      expect(() =>
        store.transaction(() => {
          store.appendUpdate('w1', bytes(2));
          store.recordIntentResult('w1', 'i1', 'p1', '{}', 1);
          throw new Error('rule said no');
        }),
      ).toThrow('rule said no');
      expect(store.loadDoc('w1').updates).toEqual([bytes(1)]);
      expect(store.getIntentResult('w1', 'i1')).toBeUndefined();
      store.appendUpdate('w1', bytes(3));
      expect(store.loadDoc('w1').updates).toEqual([bytes(1), bytes(3)]);
    });

    it('deletes a workshop with everything in it', () => {
      const { store } = open();
      store.createWorkshop(workshop('w1', 'ABC234'), bytes(1));
      store.addParticipant({ id: 'p1', workshopId: 'w1', tokenHash: 'h1', createdAt: 5 });
      store.recordIntentResult('w1', 'i1', 'p1', '{}', 6);
      expect(store.deleteWorkshop('w1')).toBe(true);
      expect(store.getWorkshop('w1')).toBeUndefined();
      expect(store.findWorkshopByJoinCode('ABC234')).toBeUndefined();
      expect(store.findParticipantByToken('w1', 'h1')).toBeUndefined();
      expect(store.getIntentResult('w1', 'i1')).toBeUndefined();
      expect(store.loadDoc('w1')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      expect(store.deleteWorkshop('w1')).toBe(false);
    });

    it('lists workshops past their delete-after date', () => {
      const { store } = open();
      store.createWorkshop(workshop('old', 'ABC234', 100), bytes(1));
      store.createWorkshop(workshop('new', 'DEF567', 1_000), bytes(1));
      expect(store.listExpiredWorkshops(500)).toEqual(['old']);
      store.touchWorkshop('old', 400, 2_000);
      expect(store.listExpiredWorkshops(500)).toEqual([]);
    });
  });
}
