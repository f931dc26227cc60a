import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  assignNoteToCluster,
  createCluster,
  getVisionText,
  moveNote,
  readNotes,
  renameCluster,
  ROOT,
  ROOT_ANSWERS,
  ROOT_VISION,
  setNoteHidden,
} from '@visiebord/shared/doc';
import { createWorkshop, eventually, goToStep, joinWorkshop, startServer, type TestServer } from '../helpers.ts';
import { connectDoc } from '../sockets.ts';
import { seeded, SimulatedPhone } from './phones.ts';
import { report } from './report.ts';

const CANVASES = ['wedstrijd', 'spelregels', 'goed-doen', 'trainen'];
const ROOTS = [...Object.values(ROOT), ...Object.values(ROOT_ANSWERS), ROOT_VISION];

/** Everything a document holds, as plain data: what "identical" means below. */
const contents = (doc: Y.Doc) => Object.fromEntries(ROOTS.map((name) => [name, doc.getMap(name).toJSON()]));

let server: TestServer;
const cleanup: Array<() => void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) fn();
  await server?.close();
});

/**
 * In the style of Yjs's own test helper (tests/testHelper.js): a seeded random mix of edits,
 * disconnects and reconnects by facilitators (stock y-websocket providers) and phones (outbox and
 * intents), through the real server. Offline facilitators keep editing, so their updates arrive
 * late and interleaved with everyone else's. At the end every document must be identical, and
 * every acknowledged intent must show.
 */
describe('convergence under random faults', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: facilitators and phones end with the same document, nothing acknowledged lost`, async () => {
      const random = seeded(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      server = await startServer();
      const w = await createWorkshop(server.url);
      await goToStep(server.url, w, 'gedeelde-visie');

      const facilitators = [0, 1, 2].map(() => connectDoc(server.wsUrl, w.id, w.facilitatorKey));
      cleanup.push(() => facilitators.forEach((f) => f.close()));
      await Promise.all(facilitators.map((f) => f.synced));
      const joined = await Promise.all([0, 1, 2, 3].map((i) => joinWorkshop(server.url, w.joinCode, `Collega ${i}`)));
      const phones = joined.map((p) => new SimulatedPhone({ baseUrl: () => server.url, workshopId: w.id, token: p.participantToken, baseMs: 20, maxMs: 200, random }));
      cleanup.push(() => phones.forEach((p) => p.stop()));
      phones.forEach((p) => p.connect());

      const counts: Record<string, number> = {};
      const did = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);
      const ownNotes = (phone: SimulatedPhone) => {
        const deleted = new Set(
          [...phone.acknowledged.values()].map((a) => a.intent).concat(phone.outbox).filter((i) => i.type === 'note.delete').map((i) => i.noteId),
        );
        return [...phone.acknowledged.values()].filter((a) => a.noteId && !deleted.has(a.noteId)).map((a) => a.noteId!);
      };
      let duplicates = 0;

      for (let step = 0; step < 250; step++) {
        const r = random();
        const f = pick(facilitators);
        const phone = pick(phones);
        if (r < 0.1) {
          if (f.provider.wsconnected || f.provider.wsconnecting) f.provider.disconnect();
          else f.provider.connect();
          did('facilitator online/offline');
        } else if (r < 0.35) {
          const text = getVisionText(f.doc, pick(CANVASES));
          if (random() < 0.7 || text.length === 0) text.insert(Math.floor(random() * (text.length + 1)), pick(['wij ', 'leren ', 'samen ', '🙂', 'é']));
          else text.delete(Math.floor(random() * text.length), 1);
          did('facilitator types');
        } else if (r < 0.5) {
          const canvasId = pick(CANVASES);
          const notes = readNotes(f.doc, canvasId);
          const note = notes.length > 0 ? pick(notes) : null;
          const action = random();
          if (note && action < 0.4) moveNote(f.doc, note.id, Math.round(random() * 1000), Math.round(random() * 600));
          else if (note && action < 0.6) setNoteHidden(f.doc, note.id, random() < 0.5);
          else if (note && action < 0.8) {
            const clusterId = `c${Math.floor(random() * 3)}`;
            createCluster(f.doc, canvasId, { id: clusterId, label: `Groep ${clusterId}` });
            assignNoteToCluster(f.doc, note.id, clusterId);
          } else renameCluster(f.doc, canvasId, 'c0', pick(['Samen', 'Leren', 'Opleiden']));
          did('facilitator arranges');
        } else if (r < 0.58) {
          phone.offline = !phone.offline;
          if (phone.offline) phone.dropSocket();
          did('phone online/offline');
        } else if (r < 0.85) {
          phone.queue({ type: 'note.add', canvasId: pick(CANVASES), text: `notitie ${step} <b>${pick(['=1+1', '# kop', '😀'])}</b>` });
          did('phone adds');
        } else if (r < 0.93) {
          const own = ownNotes(phone);
          if (own.length > 0) phone.queue({ type: 'note.edit', noteId: pick(own), text: `bewerkt ${step}` });
          did('phone edits');
        } else if (r < 0.97) {
          const own = ownNotes(phone);
          if (own.length > 0) phone.queue({ type: 'note.delete', noteId: pick(own) });
          did('phone deletes');
        } else {
          // A retry of something already acknowledged: the first answer, nothing twice.
          const done = [...phone.acknowledged.values()].filter((a) => a.intent.type === 'note.add');
          if (done.length > 0 && !phone.offline) {
            const again = pick(done);
            const response = await fetch(`${server.url}/api/workshops/${w.id}/intents`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${joined[phones.indexOf(phone)]!.participantToken}` },
              body: JSON.stringify(again.intent),
            });
            expect(response.status).toBe(200);
            expect(((await response.json()) as { noteId: string }).noteId).toBe(again.noteId);
            duplicates++;
          }
          did('phone retries');
        }
        if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 20)));
      }

      // Everyone back online; every outbox drained; every provider synced.
      for (const phone of phones) phone.offline = false;
      for (const f of facilitators) if (!f.provider.wsconnected && !f.provider.wsconnecting) f.provider.connect();
      await Promise.all(phones.map((p) => p.flushed(10_000)));
      expect(phones.flatMap((p) => p.refused)).toEqual([]);
      const room = (await server.app.rooms.get(w.id))!;
      await eventually(() => {
        const expected = contents(room.doc);
        for (const f of facilitators) expect(contents(f.doc)).toEqual(expected);
        for (const f of facilitators) expect(Y.encodeStateVector(f.doc)).toEqual(Y.encodeStateVector(room.doc));
      }, 10_000);

      // Every acknowledged intent shows: added notes are there with their last text, deleted ones gone.
      let checked = 0;
      for (const phone of phones) {
        const expected = new Map<string, string | null>();
        for (const { noteId, intent } of phone.acknowledged.values()) {
          if (intent.type === 'note.add') expected.set(noteId!, intent.text as string);
          if (intent.type === 'note.edit') expected.set(intent.noteId as string, intent.text as string);
          if (intent.type === 'note.delete') expected.set(intent.noteId as string, null);
        }
        const stored = new Map(CANVASES.flatMap((c) => readNotes(room.doc, c)).map((n) => [n.id, n.text]));
        for (const [noteId, text] of expected) {
          if (text === null) expect(stored.has(noteId)).toBe(false);
          else expect(stored.get(noteId)).toBe(text);
          checked++;
        }
      }
      // And what the server holds is what it stored: a fresh load from disk reads the same.
      const fromDisk = new Y.Doc();
      const saved = await server.app.store.loadDoc(w.id);
      if (saved.snapshot) Y.applyUpdate(fromDisk, saved.snapshot);
      for (const update of saved.updates) Y.applyUpdate(fromDisk, update);
      expect(contents(fromDisk)).toEqual(contents(room.doc));
      report(`convergence seed ${seed}`, { ...counts, duplicates, notesChecked: checked, phoneResends: phones.reduce((n, p) => n + p.resends, 0) });
      expect(checked).toBeGreaterThan(10);
    }, 40_000);
  }
});
