import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestDoc } from '../testing/fixtures.ts';
import { countNotesBy, getNotesMap, readNotes } from './access.ts';
import { addNote, removeNote } from './mutations.ts';

const AUTHORS = ['anna', 'bram', 'chris'];
const byReading = (doc: Y.Doc, author: string) => readNotes(doc, 'wedstrijd').filter((n) => n.authorId === author).length;

describe('counting one author’s notes', () => {
  it('agrees with reading every note, through adds, deletes, replaced keys and updates from elsewhere', () => {
    const doc = createTestDoc();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(other, update));
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    const ids: string[] = [];
    for (let step = 0; step < 400; step++) {
      const roll = random(10);
      if (roll < 6 || ids.length === 0) {
        const id = `n${step}`;
        ids.push(id);
        addNote(doc, { id, canvasId: 'wedstrijd', text: `notitie ${step}`, authorId: AUTHORS[random(3)]!, createdAt: step });
      } else if (roll < 8) {
        removeNote(doc, ids.splice(random(ids.length), 1)[0]!);
      } else {
        // The same key written again by someone else (a hostile or mistaken write): the count follows the note now there.
        addNote(doc, { id: ids[random(ids.length)]!, canvasId: 'wedstrijd', text: 'overschreven', authorId: AUTHORS[random(3)]!, createdAt: step });
      }
      if (step % 25 === 0) for (const author of AUTHORS) expect(countNotesBy(doc, 'wedstrijd', author)).toBe(byReading(doc, author));
    }
    for (const author of AUTHORS) {
      expect(countNotesBy(doc, 'wedstrijd', author)).toBe(byReading(doc, author));
      // A second document that only received updates counts the same.
      expect(countNotesBy(other, 'wedstrijd', author)).toBe(byReading(other, author));
    }
  });

  it('counts a note added earlier in the same transaction', () => {
    const doc = createTestDoc();
    addNote(doc, { id: 'a', canvasId: 'wedstrijd', text: 'een', authorId: 'anna', createdAt: 1 });
    expect(countNotesBy(doc, 'wedstrijd', 'anna')).toBe(1);
    doc.transact(() => {
      addNote(doc, { id: 'b', canvasId: 'wedstrijd', text: 'twee', authorId: 'anna', createdAt: 2 });
      expect(countNotesBy(doc, 'wedstrijd', 'anna')).toBe(2);
    });
    expect(countNotesBy(doc, 'wedstrijd', 'anna')).toBe(2);
    expect(getNotesMap(doc, 'wedstrijd')?.size).toBe(2);
  });
});
