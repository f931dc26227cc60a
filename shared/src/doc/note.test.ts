import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNoteMap, readNote } from './note.ts';

function docWithNote(): { doc: Y.Doc; map: Y.Map<unknown> } {
  const doc = new Y.Doc();
  const map = createNoteMap({ id: 'n1', canvasId: 'c1', text: 'Leren van elkaar', authorId: 'p1', createdAt: 1 });
  doc.getMap('notes').set('n1', map);
  return { doc, map };
}

describe('readNote', () => {
  it('reads a note once and gives every reader the same frozen value until its map changes', () => {
    const { map } = docWithNote();
    const first = readNote(map);
    expect(readNote(map)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    map.set('text', 'Samen opleiden');
    const after = readNote(map);
    expect(after).not.toBe(first);
    expect(after?.text).toBe('Samen opleiden');
  });

  it('sees a change made earlier in the same transaction', () => {
    const { doc, map } = docWithNote();
    readNote(map);
    doc.transact(() => {
      map.set('hidden', true);
      expect(readNote(map)?.hidden).toBe(true);
    });
    expect(readNote(map)?.hidden).toBe(true);
  });

  it('sees a change that arrives from another replica', () => {
    const { doc, map } = docWithNote();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readNote(map)?.text).toBe('Leren van elkaar');
    (other.getMap('notes').get('n1') as Y.Map<unknown>).set('text', 'Van de ander');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(readNote(map)?.text).toBe('Van de ander');
  });

  it('refuses what is not a note', () => {
    const doc = new Y.Doc();
    const broken = new Y.Map<unknown>();
    doc.getMap('notes').set('x', broken);
    broken.set('id', 42);
    expect(readNote(broken)).toBeNull();
    expect(readNote('n1')).toBeNull();
  });
});

describe('readNote in an observer', () => {
  it('sees the change the observer is told about, as the console and beamer read notes there', () => {
    const { doc, map } = docWithNote();
    readNote(map);
    const seen: Array<string | undefined> = [];
    doc.getMap('notes').observeDeep(() => seen.push(readNote(map)?.text));
    map.set('text', 'Nieuw');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    (other.getMap('notes').get('n1') as Y.Map<unknown>).set('text', 'Van ver');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(seen).toEqual(['Nieuw', 'Van ver']);
  });
});
