import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type * as Y from 'yjs';
import { ERRORS } from '@visiebord/shared/api';
import { getVisionText, readNotes, readVision } from '@visiebord/shared/doc';
import { CLOSE } from '@visiebord/shared/protocol';
import { buildApp } from '../../src/app.ts';
import { readConfig } from '../../src/config.ts';
import { openSqliteStore } from '../../src/store/sqliteStore.ts';
import type { Store } from '../../src/store/types.ts';
import { api, createWorkshop, eventually, goToStep, joinWorkshop, testClientDir } from '../helpers.ts';
import { connectDoc } from '../sockets.ts';
import { report } from './report.ts';
import type { WorkshopResponse } from '@visiebord/shared/api';

/** What better-sqlite3 throws when the disk is full. */
const diskFull = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

/** The real SQLite store, except that every write fails like a full disk while `full` is set. */
function fillableStore(dataDir: string) {
  const inner = openSqliteStore(dataDir);
  const state = { full: false };
  const write =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (state.full) throw diskFull();
      return fn(...args);
    };
  const store: Store = {
    ...inner,
    createWorkshop: write(inner.createWorkshop),
    touchWorkshop: write(inner.touchWorkshop),
    appendUpdate: write(inner.appendUpdate),
    commitChange: write(inner.commitChange),
    commitChanges: write(inner.commitChanges),
    compact: write(inner.compact),
    addParticipant: write(inner.addParticipant),
  };
  return { store, state };
}

async function listen(app: FastifyInstance) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;
  return { url, wsUrl: url.replace('http', 'ws') };
}

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

type WorkshopJson = WorkshopResponse;

describe('a data folder that cannot take more', () => {
  it('refuses writes with storage_failed (503, in Dutch) instead of acknowledging them, and takes them again afterwards', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'visiebord-full-'));
    const { store, state } = fillableStore(dataDir);
    const config = { ...readConfig({}), dataDir, clientDir: testClientDir, idleUnloadSeconds: 60 };
    const app = await buildApp({ config, store, logger: false });
    cleanup.push(() => app.close());
    const { url, wsUrl } = await listen(app);

    const w = await createWorkshop(url);
    await goToStep(url, w, 'gedeelde-visie');
    const phone = await joinWorkshop(url, w.joinCode, 'Anna');
    const facilitator = connectDoc(wsUrl, w.id, w.facilitatorKey);
    cleanup.push(() => facilitator.close());
    await facilitator.synced;
    const closes: number[] = [];
    facilitator.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });

    const post = (id: string, text: string) =>
      api<{ noteId?: string; error?: { code: string; message: string } }>(url, `/api/workshops/${w.id}/intents`, {
        body: { id, type: 'note.add', canvasId: 'wedstrijd', text },
        token: phone.participantToken,
      });
    const before = await post(randomUUID(), 'voor de volle schijf');
    expect(before.status).toBe(200);

    state.full = true;
    const refusedId = randomUUID();
    const refused = await post(refusedId, 'op een volle schijf');
    expect(refused.status).toBe(503);
    expect(refused.body.error).toEqual({ code: 'storage_failed', message: ERRORS.storage_failed.message });
    // The same for joining and for a new workshop: never a 500, never an acknowledgement.
    for (const [path, body] of [['/api/join', { code: w.joinCode, name: 'Bram' }], ['/api/workshops', { script: 'visie-kort' }]] as const) {
      const r = await api<{ error?: { code: string } }>(url, path, { body });
      expect(r.status, path).toBe(503);
      expect(r.body.error?.code).toBe('storage_failed');
    }
    // A facilitator's edit is not stored, so it is not passed on: the socket closes with a code
    // after which the provider reconnects, and it keeps the edit to send again.
    getVisionText(facilitator.doc, 'wedstrijd').insert(0, 'Onze wedstrijd');
    await eventually(() => expect(closes).toContain(CLOSE.storageFailed.code));
    expect((await api(url, '/healthz')).status).toBe(200);
    const whileFull = await api<WorkshopJson>(url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(whileFull.status).toBe(200);
    expect(whileFull.body.canvases.find((c) => c.id === 'wedstrijd')!.notes.map((n) => n.text)).toEqual(['voor de volle schijf']);

    state.full = false;
    // The phone's outbox sends the same intent again; now it is stored, once.
    expect((await post(refusedId, 'op een volle schijf')).status).toBe(200);
    expect((await post(refusedId, 'op een volle schijf')).status).toBe(200);
    // Read without creating: a text made here would compete with the facilitator's for the key.
    const visionOf = (doc: Y.Doc) => readVision(doc).parts.find((p) => p.canvasId === 'wedstrijd')?.text;
    await eventually(async () => expect(visionOf((await app.rooms.get(w.id))!.doc)).toBe('Onze wedstrijd'), 8_000);

    // What is on disk is exactly what was acknowledged.
    await app.close();
    facilitator.close();
    const reopened = openSqliteStore(dataDir);
    cleanup.push(() => reopened.close());
    const again = await buildApp({ config, store: reopened, logger: false });
    cleanup.push(() => again.close());
    const room = (await again.rooms.get(w.id))!;
    expect(readNotes(room.doc, 'wedstrijd').map((n) => n.text).sort()).toEqual(['op een volle schijf', 'voor de volle schijf']);
    expect(visionOf(room.doc)).toBe('Onze wedstrijd');
  });

  it('keeps serving when only compaction fails: the update log stays complete', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'visiebord-nocompact-'));
    const inner = openSqliteStore(dataDir);
    let compactions = 0;
    const store: Store = {
      ...inner,
      compact: async () => {
        compactions++;
        throw diskFull();
      },
    };
    const config = { ...readConfig({}), dataDir, idleUnloadSeconds: 60, compactEvery: 3 };
    const app = await buildApp({ config, store, logger: false });
    cleanup.push(() => app.close());
    const { url } = await listen(app);
    const w = await createWorkshop(url);
    await goToStep(url, w, 'gedeelde-visie');
    const phone = await joinWorkshop(url, w.joinCode);
    for (let i = 0; i < 12; i++) {
      const r = await api(url, `/api/workshops/${w.id}/intents`, { body: { id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: `n${i}` }, token: phone.participantToken });
      expect(r.status).toBe(200);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(compactions).toBeGreaterThan(0);
    expect((await api(url, '/healthz')).status).toBe(200);
    expect(readNotes((await app.rooms.get(w.id))!.doc, 'wedstrijd')).toHaveLength(12);
  });

  // A real full disk: a tmpfs of a few hundred KiB. Needs root and mount(2); skipped where either is missing.
  const mountPoint = mkdtempSync(join(tmpdir(), 'visiebord-tmpfs-'));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=640k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  } catch {
    rmSync(mountPoint, { recursive: true, force: true });
  }
  afterAll(() => {
    if (!mounted) return;
    execFileSync('umount', ['-l', mountPoint], { stdio: 'ignore' });
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(!mounted)('on a really full filesystem acknowledges only what it stored', async () => {
    // Compacting often: a snapshot that does not fit must not take the server down either.
    const config = { ...readConfig({}), dataDir: mountPoint, idleUnloadSeconds: 60, compactEvery: 5 };
    const app = await buildApp({ config, logger: false });
    cleanup.push(() => app.close().catch(() => undefined));
    const { url, wsUrl } = await listen(app);
    const w = await createWorkshop(url);
    await goToStep(url, w, 'gedeelde-visie');
    const phones = await Promise.all([1, 2, 3].map(() => joinWorkshop(url, w.joinCode)));
    const facilitator = connectDoc(wsUrl, w.id, w.facilitatorKey);
    cleanup.push(() => facilitator.close());
    await facilitator.synced;

    // Notes from phones while the facilitator pastes long drafts, until the disk is full.
    const acknowledged = new Map<string, string>();
    const refusals = new Map<number, number>();
    let full = false;
    for (let round = 0; round < 200 && !full; round++) {
      getVisionText(facilitator.doc, `v${round % 4}`).insert(0, `${'Visietekst '.repeat(800)}${round}`);
      const phone = phones[round % phones.length]!;
      const text = `notitie ${round} ${'ǂ'.repeat(200)}`;
      const r = await api<{ noteId?: string; error?: { code: string } }>(url, `/api/workshops/${w.id}/intents`, {
        body: { id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text },
        token: phone.participantToken,
      });
      if (r.status === 200 && r.body.noteId) acknowledged.set(r.body.noteId, text);
      else {
        refusals.set(r.status, (refusals.get(r.status) ?? 0) + 1);
        if (r.body.error?.code === 'storage_failed') full = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    report('tmpfs full', { acknowledged: acknowledged.size, refusals: Object.fromEntries(refusals) });
    expect(full).toBe(true);
    expect([...refusals.keys()].every((status) => status === 503 || status === 429)).toBe(true);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect((await api(url, '/healthz')).status).toBe(200);
    facilitator.close();
    await app.close().catch(() => undefined);

    // Everything acknowledged is on the (still full) disk, once.
    const reopened = openSqliteStore(mountPoint);
    try {
      const stored = await reopened.loadDoc(w.id);
      const Y = await import('yjs');
      const doc = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      const notes = readNotes(doc, 'wedstrijd');
      const byId = new Map(notes.map((n) => [n.id, n.text]));
      for (const [id, text] of acknowledged) expect(byId.get(id)).toBe(text);
      expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
    } finally {
      reopened.close();
    }
  });
});
