import { describe, expect, it } from 'vitest';
import {
  emptyOutbox,
  enqueueAdd,
  enqueueDelete,
  enqueueEdit,
  markFailed,
  markRetry,
  markSending,
  markSent,
  nextToSend,
  requestFor,
  restoreOutbox,
  retryEntry,
  type Outbox,
} from './outbox';

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

/** Sends the head of the outbox and lets the server answer. */
function deliver(outbox: Outbox, answer: { noteId?: string } = {}) {
  const entry = nextToSend(outbox);
  if (!entry) throw new Error('nothing to send');
  const body = requestFor(outbox, entry);
  return { body, outbox: markSent(markSending(outbox, entry.id), entry.id, answer) };
}

describe('outbox', () => {
  it('sends in order, one at a time, and keeps the intent id across retries', () => {
    const newId = ids();
    let box = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'een' }, newId).outbox;
    box = enqueueAdd(box, { canvasId: 'c', text: 'twee' }, newId).outbox;
    const first = nextToSend(box)!;
    expect(first).toMatchObject({ id: 'id-1', text: 'een' });
    box = markSending(box, first.id);
    expect(nextToSend(box)).toBeNull();
    box = markRetry(box, first.id);
    const again = nextToSend(box)!;
    expect(again.id).toBe('id-1');
    expect(again.attempts).toBe(1);
    const { outbox } = deliver(box, { noteId: 'n1' });
    expect(nextToSend(outbox)).toMatchObject({ id: 'id-2', text: 'twee' });
  });

  it('changes an unsent note in place instead of queueing an edit', () => {
    const newId = ids();
    const { outbox, noteKey } = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'eerst' }, newId);
    const edited = enqueueEdit(outbox, noteKey, 'beter', newId);
    expect(edited.entries).toHaveLength(1);
    expect(edited.entries[0]).toMatchObject({ type: 'note.add', id: 'id-1', text: 'beter' });
  });

  it('forgets an unsent note that is deleted: the server never hears of it', () => {
    const newId = ids();
    const { outbox, noteKey } = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'weg' }, newId);
    expect(enqueueDelete(outbox, noteKey, newId).entries).toEqual([]);
  });

  it('never changes an entry the server may have seen; it queues an edit for the new note id', () => {
    const newId = ids();
    const added = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'eerst' }, newId);
    let box = markRetry(markSending(added.outbox, 'id-1'), 'id-1'); // sent, answer lost
    box = enqueueEdit(box, added.noteKey, 'tweede versie', newId);
    expect(box.entries.map((e) => e.type)).toEqual(['note.add', 'note.edit']);
    const sent = deliver(box, { noteId: 'n1' });
    expect(sent.body).toMatchObject({ id: 'id-1', text: 'eerst' });
    const edit = deliver(sent.outbox);
    expect(edit.body).toEqual({ id: 'id-2', type: 'note.edit', noteId: 'n1', text: 'tweede versie' });
    expect(edit.outbox).toEqual(emptyOutbox());
  });

  it('merges repeated edits of a server note that are still waiting', () => {
    const newId = ids();
    let box = enqueueEdit(emptyOutbox(), 'n1', 'a', newId);
    box = enqueueEdit(box, 'n1', 'b', newId);
    expect(box.entries).toEqual([expect.objectContaining({ type: 'note.edit', noteKey: 'n1', text: 'b', id: 'id-1' })]);
    box = enqueueDelete(box, 'n1', newId);
    expect(box.entries).toEqual([expect.objectContaining({ type: 'note.delete', noteKey: 'n1' })]);
    expect(enqueueEdit(box, 'n1', 'c', newId)).toBe(box);
  });

  it('keeps a refused note visible and lets the person fix it under a new id', () => {
    const newId = ids();
    const { outbox, noteKey } = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'x'.repeat(600) }, newId);
    let box = markFailed(markSending(outbox, 'id-1'), 'id-1', 'Je notitie is te lang.');
    expect(box.entries[0]).toMatchObject({ state: 'failed', error: 'Je notitie is te lang.' });
    expect(nextToSend(box)).toBeNull();
    box = enqueueEdit(box, noteKey, 'korter', newId);
    expect(box.entries[0]).toMatchObject({ state: 'queued', text: 'korter', id: 'id-2', attempts: 0 });
    expect(box.entries[0]).not.toHaveProperty('error');
  });

  it('folds edits queued behind a refused add into it, and drops it with a queued delete', () => {
    const newId = ids();
    const added = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'a' }, newId);
    const inFlight = markSending(added.outbox, 'id-1');
    const withEdit = enqueueEdit(inFlight, added.noteKey, 'b', newId);
    expect(markFailed(withEdit, 'id-1', 'dicht').entries).toEqual([expect.objectContaining({ type: 'note.add', text: 'b', state: 'failed' })]);
    const withDelete = enqueueDelete(inFlight, added.noteKey, newId);
    expect(markFailed(withDelete, 'id-1', 'dicht')).toEqual(emptyOutbox());
  });

  it('skips refused entries and sends what comes after them', () => {
    const newId = ids();
    let box = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'a' }, newId).outbox;
    box = enqueueAdd(box, { canvasId: 'c', text: 'b' }, newId).outbox;
    box = markFailed(markSending(box, 'id-1'), 'id-1', 'nee');
    expect(nextToSend(box)?.id).toBe('id-2');
    box = retryEntry(box, 'id-1', newId);
    expect(box.entries[0]).toMatchObject({ id: 'id-3', state: 'queued' });
  });

  it('survives a reload: what was on its way is sent again with the same id', () => {
    const newId = ids();
    const box = markSending(enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'a' }, newId).outbox, 'id-1');
    const restored = restoreOutbox(JSON.parse(JSON.stringify(box)));
    expect(nextToSend(restored)).toMatchObject({ id: 'id-1', state: 'queued', attempts: 1 });
    expect(restoreOutbox('nonsense')).toEqual(emptyOutbox());
    expect(restoreOutbox({ entries: [{ id: 1 }, null], resolved: { a: 2 } })).toEqual(emptyOutbox());
  });
});
