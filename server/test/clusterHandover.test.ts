import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNotes } from '@visiebord/shared/doc';
import type { WorkshopResponse } from '@visiebord/shared/api';
import { api, createWorkshop, eventually, goToStep, joinWorkshop } from './helpers.ts';
import { buildServer, ServerFleet } from './process.ts';
import { needServices, TEST_DATABASE_URL, TEST_REDIS_URL, testSchema } from './services.ts';
import { connectDoc, connectPhone } from './sockets.ts';

/**
 * A phone's retry that reaches a second instance while the first try is still being stored: both
 * instances apply the intent, Postgres keeps one (the intent id is its key) and refuses the other's
 * whole write. The instance that lost goes back to what is stored and keeps serving: its console,
 * beamer and phones stay connected, and both answers name the one note that was stored.
 */
const PORTS = [8393, 8394];
const RACES = 20;

const available = await needServices('Several instances (Postgres + Redis)', { postgres: true, redis: true });
const schema = testSchema('handover');
const cleanup: Array<() => void> = [];

describe.runIf(available)('two instances racing to store one intent', () => {
  beforeAll(() => buildServer());
  afterAll(async () => {
    for (const fn of cleanup.splice(0).reverse()) fn();
    await schema.drop();
  });

  it('the instance that lost keeps its sockets, and the note is stored once', async () => {
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema.name, REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'warn' };
    const servers = await new ServerFleet(mkdtempSync(join(tmpdir(), 'visiebord-handover-')), env, { compiled: true, startTimeoutMs: 60_000, ports: PORTS }).start(2);
    cleanup.push(() => servers.killAll());
    const url = (i: number) => servers.url(i);
    const ws = (i: number) => url(i).replace('http', 'ws');

    const w = await createWorkshop(url(0));
    await goToStep(url(0), w, 'gedeelde-visie');
    const author = await joinWorkshop(url(0), w.joinCode, 'Collega');
    const watcher = await joinWorkshop(url(1), w.joinCode, 'Kijker');
    // On each instance: a facilitator, a beamer and a phone, each noting whether it was closed.
    const consoles = [0, 1].map((i) => connectDoc(ws(i), w.id, w.facilitatorKey));
    const beamers = [0, 1].map((i) => connectDoc(ws(i), w.id, w.beamerKey));
    const phones = [connectPhone(ws(0), w.id, author.participantToken), connectPhone(ws(1), w.id, watcher.participantToken)];
    cleanup.push(...[...consoles, ...beamers, ...phones].map((s) => () => s.close()));
    await Promise.all([...consoles, ...beamers].map((s) => s.synced));
    await Promise.all(phones.map((p) => p.opened));
    const disconnects: string[] = [];
    [...consoles, ...beamers].forEach((s, k) => s.provider.on('status', ({ status }: { status: string }) => status === 'disconnected' && disconnects.push(`sync socket ${k}`)));
    phones.forEach((p, k) => void p.closed.then((code) => disconnects.push(`phone ${k}: ${code}`)));

    // The same intent sent to both instances at once, again and again: some of these race.
    const noteIds: string[] = [];
    for (let race = 0; race < RACES; race++) {
      const intent = { id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: `twee keer verstuurd ${race}` };
      const answers = await Promise.all(
        [0, 1].map((i) => api<{ ok?: boolean; noteId?: string }>(url(i), `/api/workshops/${w.id}/intents`, { body: intent, token: author.participantToken })),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(answers[1]!.body.noteId).toBe(answers[0]!.body.noteId);
      noteIds.push(answers[0]!.body.noteId!);
    }

    // A retry that reaches the other instance after the first try was answered: that instance
    // heard of the stored intent and answers with its note, storing nothing.
    const RETRIES = 5;
    for (let retry = 0; retry < RETRIES; retry++) {
      const intent = { id: randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: `later opnieuw ${retry}` };
      const send = (i: number) => api<{ ok?: boolean; noteId?: string }>(url(i), `/api/workshops/${w.id}/intents`, { body: intent, token: author.participantToken });
      const first = await send(retry % 2);
      const again = await send(1 - (retry % 2));
      expect([first.status, again.status]).toEqual([200, 200]);
      expect(again.body.noteId).toBe(first.body.noteId);
      noteIds.push(first.body.noteId!);
    }

    const texts = (notes: Array<{ text: string }>) => notes.map((n) => n.text).sort();
    const expected = [
      ...Array.from({ length: RACES }, (_, race) => `twee keer verstuurd ${race}`),
      ...Array.from({ length: RETRIES }, (_, retry) => `later opnieuw ${retry}`),
    ].sort();
    await eventually(async () => {
      for (const i of [0, 1]) {
        const r = await api<WorkshopResponse>(url(i), `/api/workshops/${w.id}`, { token: w.facilitatorKey });
        expect(texts(r.body.canvases.flatMap((c) => c.notes))).toEqual(expected);
      }
      for (const s of [...consoles, ...beamers]) expect(texts(readNotes(s.doc, 'wedstrijd'))).toEqual(expected);
      expect([...phones[0]!.state.own.keys()].sort()).toEqual([...noteIds].sort());
    }, 15_000);
    expect(disconnects).toEqual([]);
    expect(await servers.shutdown()).toEqual([0, 0]);
  }, 120_000);
});
