import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addNote, editNoteText, getCanvasMap, initWorkshop, removeNote, setCurrentStep, setNoteHidden } from '@visiebord/shared/doc';
import { diffNotes, projectRoom, type NoteDelta, type RoomProjection } from '@visiebord/shared/projection';
import { scriptSchema } from '@visiebord/shared/script';
import { ProjectionCache } from './projectionCache.ts';

const script = scriptSchema.parse({
  id: 't',
  title: 'T',
  steps: [
    { id: 'vragen', type: 'prompt', title: 'Vragen', canvases: [{ id: 'a', prompt: 'A?' }, { id: 'b', prompt: 'B?', reveal: 'open' }] },
    { id: 'meer', type: 'prompt', title: 'Meer', canvases: [{ id: 'c', prompt: 'C?' }] },
  ],
});

/** A projection as comparable data: the order of the maps aside. */
const plain = (p: RoomProjection) => ({
  step: p.step,
  publicNotes: [...p.publicNotes.entries()].sort(([x], [y]) => x.localeCompare(y)),
  ownByAuthor: [...p.ownByAuthor.entries()].map(([author, own]) => [author, [...own.entries()].sort(([x], [y]) => x.localeCompare(y))] as const).sort(([x], [y]) => x.localeCompare(y)),
});

/** A delta as comparable data: its order aside. */
const sorted = (d: NoteDelta) => ({ upsert: d.upsert.map((n) => n.id).sort(), remove: [...d.remove].sort() });

function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('ProjectionCache', () => {
  it('gives what projectRoom gives after every change, reading only the changed notes when only notes changed', () => {
    // Changes are made on one document and reach the projected one as updates, as the stored document gets them.
    const source = new Y.Doc();
    initWorkshop(source, { script, title: 'T', now: 1 });
    setCurrentStep(source, 'vragen', 2);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(source));
    source.on('update', (update: Uint8Array) => Y.applyUpdate(stored, update));
    const cache = new ProjectionCache(stored);

    const random = seeded(7);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const ids: string[] = [];
    let made = 0;
    const add = () => {
      const id = `n${made++}`;
      addNote(source, { id, canvasId: pick(['a', 'b', 'c']), text: `notitie ${id}`, authorId: pick(['p1', 'p2', 'p3']), createdAt: made });
      ids.push(id);
    };
    const changes: Array<() => void> = [
      add,
      add,
      add,
      () => ids.length && editNoteText(source, pick(ids), `anders ${made}`, made),
      () => ids.length && setNoteHidden(source, pick(ids), random() < 0.5),
      () => ids.length && removeNote(source, ids.splice(Math.floor(random() * ids.length), 1)[0]!),
      // Several notes in one transaction, as one update.
      () => source.transact(() => [add(), add(), ids.length && editNoteText(source, pick(ids), 'samen', made)]),
      () => random() < 0.3 && getCanvasMap(source, 'a')!.set('revealed', random() < 0.5),
      () => random() < 0.2 && setCurrentStep(source, pick(['vragen', 'meer']), made),
    ];
    let published = cache.current().publicNotes;
    for (let i = 0; i < 400; i++) {
      pick(changes)();
      const now = cache.current();
      expect(plain(now)).toEqual(plain(projectRoom(stored)));
      // A publish now and then, a few projections apart (phones joining in between): the delta
      // read from the changed notes is the one a whole comparison finds.
      if (random() < 0.4) {
        expect(sorted(cache.publicDelta(published, now.publicNotes))).toEqual(sorted(diffNotes(published, now.publicNotes)));
        published = now.publicNotes;
      }
    }
    // Most publishes read a note or two, not the whole room.
    expect(cache.counts.notes).toBeGreaterThan(cache.counts.whole * 3);
  });

  it('hands out the same projection while nothing changed', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { script, title: 'T', now: 1 });
    setCurrentStep(doc, 'vragen', 2);
    const cache = new ProjectionCache(doc);
    addNote(doc, { id: 'x', canvasId: 'a', text: 'x', authorId: 'p', createdAt: 3 });
    const first = cache.current();
    expect(cache.current()).toBe(first);
    cache.destroy();
  });
});
