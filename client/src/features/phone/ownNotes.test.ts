import type { PhoneNote } from '@visiebord/shared/projection';
import { describe, expect, it } from 'vitest';
import { applyAcknowledged } from '../../state/phoneStore';
import { emptyOutbox, enqueueAdd, enqueueDelete, enqueueEdit, markFailed, markSending, markSent } from './outbox';
import { ownNoteViews } from './ownNotes';

const note = (id: string, text: string): PhoneNote => ({ id, canvasId: 'c', text, mine: true, hidden: false, updatedAt: 1 });

describe('ownNoteViews', () => {
  it('shows a queued note at once, then exactly once after the acknowledgement and the own message', () => {
    let n = 0;
    const newId = () => `id-${++n}`;
    const added = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'hallo' }, newId);
    expect(ownNoteViews({}, added.outbox)).toEqual([expect.objectContaining({ key: added.noteKey, text: 'hallo', state: 'queued' })]);

    const sending = markSending(added.outbox, 'id-1');
    expect(ownNoteViews({}, sending)[0]?.state).toBe('sending');

    const sent = markSent(sending, 'id-1', { noteId: 'n1' });
    const own = applyAcknowledged({}, { id: 'id-1', type: 'note.add', canvasId: 'c', text: 'hallo' }, { noteId: 'n1' });
    expect(ownNoteViews(own, sent)).toEqual([expect.objectContaining({ key: 'n1', state: 'sent' })]);
    // The server's own message for the same note changes nothing.
    expect(ownNoteViews({ ...own, n1: note('n1', 'hallo') }, sent)).toHaveLength(1);
  });

  it('lays pending edits and deletes over the server copy, newest first', () => {
    const newId = () => 'x';
    const own = { n1: note('n1', 'oud'), n2: note('n2', 'blijft') };
    expect(ownNoteViews(own, enqueueEdit(emptyOutbox(), 'n1', 'nieuw', newId)).map((v) => [v.key, v.text, v.state])).toEqual([
      ['n2', 'blijft', 'sent'],
      ['n1', 'nieuw', 'queued'],
    ]);
    expect(ownNoteViews(own, enqueueDelete(emptyOutbox(), 'n1', newId)).map((v) => v.key)).toEqual(['n2']);
  });

  it('shows a refusal with its reason', () => {
    const box = enqueueAdd(emptyOutbox(), { canvasId: 'c', text: 'te laat' }, () => 'id-1').outbox;
    const failed = markFailed(markSending(box, 'id-1'), 'id-1', 'Deze vraag is gesloten.');
    expect(ownNoteViews({}, failed)[0]).toMatchObject({ state: 'failed', error: 'Deze vraag is gesloten.', entryId: 'id-1' });
  });
});
