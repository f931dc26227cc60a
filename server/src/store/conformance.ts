import { describe, expect, it } from 'vitest';
import { isWriteRefused } from './storageErrors.ts';
import type { Store, WorkshopRecord } from './types.ts';

export type OpenStore = () => Promise<{ store: Store; reopen: () => Promise<Store> }>;

/**
 * The behaviour every Store must have. Each implementation's test calls this with a way to open
 * a fresh store (and to reopen the same one, where it persists). Workshop ids and join codes are
 * made unique per call, so stores that share a database (Postgres) can run it too.
 */
export function runStoreConformance(name: string, open: OpenStore) {
  let run = 0;
  const unique = () => `${Date.now().toString(36)}${(run++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
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
  /** Fresh ids for one test: workshop ids, join codes and participant token hashes. */
  const ids = () => {
    const u = unique();
    return { w1: `w1-${u}`, w2: `w2-${u}`, code1: `A-${u}`, code2: `B-${u}`, h1: `h1-${u}`, p1: `p1-${u}`, p2: `p2-${u}` };
  };

  describe(`${name} store`, () => {
    it('creates and finds workshops by id and join code', async () => {
      const { store } = await open();
      const { w1, w2, code1 } = ids();
      const before = await store.countWorkshops();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      expect(await store.getWorkshop(w1)).toEqual(workshop(w1, code1));
      expect((await store.findWorkshopByJoinCode(code1))?.id).toBe(w1);
      expect(await store.findWorkshopByJoinCode('ZZZZZZ')).toBeUndefined();
      expect(await store.countWorkshops()).toBe(before + 1);
      await expect(store.createWorkshop(workshop(w2, code1), bytes(1))).rejects.toThrow();
      expect(await store.getWorkshop(w2)).toBeUndefined();
      await store.close();
    });

    it('keeps the update log in order and replaces it by a snapshot on compaction', async () => {
      const { store } = await open();
      const { w1, code1 } = ids();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      const second = await store.appendUpdate(w1, bytes(2));
      await store.appendUpdate(w1, bytes(3));
      expect(await store.loadDoc(w1)).toEqual({ snapshot: null, updates: [bytes(1), bytes(2), bytes(3)], lastSeq: second + 1 });
      await store.compact(w1, bytes(9), second);
      await store.appendUpdate(w1, bytes(4));
      const loaded = await store.loadDoc(w1);
      expect(loaded.snapshot).toEqual(bytes(9));
      expect(loaded.updates).toEqual([bytes(3), bytes(4)]);
      await store.close();
    });

    it('numbers a change’s updates one after another and stores what came with them', async () => {
      const { store } = await open();
      const { w1, code1, h1, p1 } = ids();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      const first = (await store.loadDoc(w1)).lastSeq;
      const last = await store.commitChange(w1, {
        updates: [bytes(2), bytes(3)],
        participant: { id: p1, workshopId: w1, tokenHash: h1, createdAt: 5 },
        intent: { intentId: 'i1', participantId: p1, result: '{"noteId":"n1"}', now: 6 },
      });
      expect(last).toBe(first + 2);
      expect(await store.commitChange(w1, { updates: [], intent: { intentId: 'i2', participantId: p1, result: '{}', now: 7 } })).toBe(0);
      expect((await store.loadDoc(w1)).updates).toEqual([bytes(1), bytes(2), bytes(3)]);
      expect((await store.findParticipantByToken(w1, h1))?.id).toBe(p1);
      expect(await store.getIntentResult(w1, 'i1')).toEqual({ participantId: p1, result: '{"noteId":"n1"}' });
      expect(await store.getIntentResult(w1, 'i2')).toEqual({ participantId: p1, result: '{}' });
      await store.close();
    });

    it('stores several changes in one transaction, numbered in order, all of them or none', async () => {
      const { store } = await open();
      const { w1, code1, h1, p1 } = ids();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      const first = (await store.loadDoc(w1)).lastSeq;
      const last = await store.commitChanges(w1, [
        { updates: [bytes(2)], participant: { id: p1, workshopId: w1, tokenHash: h1, createdAt: 5 } },
        { updates: [], intent: { intentId: 'i1', participantId: p1, result: '{"noteId":"n1"}', now: 6 } },
        { updates: [bytes(3), bytes(4)], intent: { intentId: 'i2', participantId: p1, result: '{"noteId":"n2"}', now: 7 } },
      ]);
      expect(last).toBe(first + 3);
      expect(await store.commitChanges(w1, [{ updates: [], intent: { intentId: 'i3', participantId: p1, result: '{}', now: 8 } }])).toBe(0);
      expect((await store.findParticipantByToken(w1, h1))?.id).toBe(p1);
      expect(await store.getIntentResult(w1, 'i2')).toEqual({ participantId: p1, result: '{"noteId":"n2"}' });
      expect((await store.listIntentIds(w1)).sort()).toEqual(['i1', 'i2', 'i3']);
      // One change of a batch refused (an intent id already stored): nothing of the batch is written.
      await expect(
        store.commitChanges(w1, [
          { updates: [bytes(5)], intent: { intentId: 'i4', participantId: p1, result: '{}', now: 9 } },
          { updates: [bytes(6)], intent: { intentId: 'i1', participantId: p1, result: '{"x":1}', now: 9 } },
        ]),
      ).rejects.toSatisfy(isWriteRefused);
      expect(await store.getIntentResult(w1, 'i4')).toBeUndefined();
      expect((await store.listIntentIds(w1)).sort()).toEqual(['i1', 'i2', 'i3']);
      const next = await store.appendUpdate(w1, bytes(7));
      expect(next).toBe(last + 1);
      expect((await store.loadDoc(w1)).updates).toEqual([bytes(1), bytes(2), bytes(3), bytes(4), bytes(7)]);
      await store.close();
    });

    it('keeps everything across a reopen', async () => {
      const { store, reopen } = await open();
      const { w1, code1, h1, p1 } = ids();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      await store.appendUpdate(w1, bytes(2));
      await store.addParticipant({ id: p1, workshopId: w1, tokenHash: h1, createdAt: 5 });
      await store.commitChange(w1, { updates: [], intent: { intentId: 'i1', participantId: p1, result: '{"noteId":"n1"}', now: 6 } });
      await store.close();
      const again = await reopen();
      expect((await again.loadDoc(w1)).updates).toEqual([bytes(1), bytes(2)]);
      const next = await again.appendUpdate(w1, bytes(3));
      expect((await again.loadDoc(w1)).lastSeq).toBe(next);
      expect((await again.findParticipantByToken(w1, h1))?.id).toBe(p1);
      expect(await again.getIntentResult(w1, 'i1')).toEqual({ participantId: p1, result: '{"noteId":"n1"}' });
      await again.close();
    });

    it('finds participants only in their own workshop', async () => {
      const { store } = await open();
      const { w1, w2, code1, code2, h1, p1 } = ids();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      await store.createWorkshop(workshop(w2, code2), bytes(1), [{ id: `${p1}x`, workshopId: w2, tokenHash: `${h1}x`, createdAt: 1 }]);
      await store.addParticipant({ id: p1, workshopId: w1, tokenHash: h1, createdAt: 5 });
      expect(await store.findParticipantByToken(w2, h1)).toBeUndefined();
      expect(await store.countParticipants(w1)).toBe(1);
      expect(await store.countParticipants(w2)).toBe(1);
      await store.close();
    });

    it('writes nothing of a change that fails', async () => {
      const { store } = await open();
      const { w1, code1, p1 } = ids();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      await store.commitChange(w1, { updates: [bytes(2)], intent: { intentId: 'i1', participantId: p1, result: '{}', now: 1 } });
      // The same intent id twice: the second change is refused as a whole.
      await expect(store.commitChange(w1, { updates: [bytes(3)], intent: { intentId: 'i1', participantId: p1, result: '{"x":1}', now: 2 } })).rejects.toSatisfy(isWriteRefused);
      expect((await store.loadDoc(w1)).updates).toEqual([bytes(1), bytes(2)]);
      expect(await store.getIntentResult(w1, 'i1')).toEqual({ participantId: p1, result: '{}' });
      const next = await store.appendUpdate(w1, bytes(4));
      expect(await store.loadDoc(w1)).toEqual({ snapshot: null, updates: [bytes(1), bytes(2), bytes(4)], lastSeq: next });
      await store.close();
    });

    it('deletes a workshop with everything in it', async () => {
      const { store } = await open();
      const { w1, code1, h1, p1 } = ids();
      await store.createWorkshop(workshop(w1, code1), bytes(1));
      await store.addParticipant({ id: p1, workshopId: w1, tokenHash: h1, createdAt: 5 });
      await store.commitChange(w1, { updates: [bytes(2)], intent: { intentId: 'i1', participantId: p1, result: '{}', now: 6 } });
      await store.compact(w1, bytes(9), 1);
      expect(await store.deleteWorkshop(w1)).toBe(true);
      expect(await store.getWorkshop(w1)).toBeUndefined();
      expect(await store.findWorkshopByJoinCode(code1)).toBeUndefined();
      expect(await store.findParticipantByToken(w1, h1)).toBeUndefined();
      expect(await store.getIntentResult(w1, 'i1')).toBeUndefined();
      expect(await store.listIntentIds(w1)).toEqual([]);
      expect(await store.loadDoc(w1)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      expect(await store.deleteWorkshop(w1)).toBe(false);
      await store.close();
    });

    it('lists workshops past their delete-after date', async () => {
      const { store } = await open();
      const { w1, w2, code1, code2 } = ids();
      // Only this test's workshops: a shared database (Postgres) holds other tests' too.
      const mine = (list: string[]) => list.filter((id) => id === w1 || id === w2);
      await store.createWorkshop(workshop(w1, code1, 100), bytes(1));
      await store.createWorkshop(workshop(w2, code2, 1_000), bytes(1));
      expect(mine(await store.listExpiredWorkshops(500))).toEqual([w1]);
      // Later activity moves the date past 500, whether the store keeps the workshop's own window or not.
      await store.touchWorkshop(w1, 450, 2_000);
      expect(mine(await store.listExpiredWorkshops(500))).toEqual([]);
      await store.close();
    });
  });
}
