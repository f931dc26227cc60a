import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNotes } from '@visiebord/shared/doc';
import { seeded, SimulatedPhone } from './faults/phones.ts';
import { report } from './faults/report.ts';
import { api, createWorkshop, eventually, goToStep, joinWorkshop } from './helpers.ts';
import { buildServer, ServerFleet } from './process.ts';
import { needServices, TEST_DATABASE_URL, TEST_REDIS_URL, testSchema } from './services.ts';
import { connectDoc } from './sockets.ts';
import type { WorkshopResponse } from '@visiebord/shared/api';

/**
 * Several instances on one Postgres and one Redis, the way docs/deploy.md runs them: the compiled
 * server, three processes, phones spread over them, the beamer and the facilitator each on another
 * instance — and one instance killed with SIGKILL twice while the phones post.
 */
const INSTANCES = 3;
const PORTS = [8390, 8391, 8392];
const PHONES = 100;
const CANVASES = ['wedstrijd', 'spelregels', 'goed-doen', 'trainen'];

type Workshop = WorkshopResponse;

const available = await needServices('Several instances (Postgres + Redis)', { postgres: true, redis: true });
const schema = testSchema('cluster');
const cleanup: Array<() => void> = [];

describe.runIf(available)('several instances on one Postgres and Redis', () => {
  beforeAll(() => buildServer());
  afterAll(async () => {
    for (const fn of cleanup.splice(0).reverse()) fn();
    await schema.drop();
  });

  it(`keep every acknowledged note once, everywhere, while one of ${INSTANCES} instances is killed -9 twice under ${PHONES} phones`, async () => {
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema.name, REDIS_URL: TEST_REDIS_URL, COMPACT_EVERY: '200', LOG_LEVEL: 'warn' };
    const dataDir = mkdtempSync(join(tmpdir(), 'visiebord-cluster-'));
    // Generous: a loaded CI machine starts a process slowly.
    const servers = await new ServerFleet(dataDir, env, { compiled: true, startTimeoutMs: 60_000, ports: PORTS }).start(INSTANCES);
    cleanup.push(() => servers.killAll());
    const url = (i: number) => servers.url(i);

    const w = await createWorkshop(url(0));
    await goToStep(url(2), w, 'gedeelde-visie');
    // The beamer on instance 1, the facilitator on instance 2; neither is the one that gets killed.
    const beamer = connectDoc(url(1).replace('http', 'ws'), w.id, w.beamerKey);
    const facilitator = connectDoc(url(2).replace('http', 'ws'), w.id, w.facilitatorKey);
    cleanup.push(() => beamer.close(), () => facilitator.close());
    await Promise.all([beamer.synced, facilitator.synced]);

    // Each phone has its own instance (as a load balancer would spread them) and moves to the next
    // living one while its own is down.
    const joined = await Promise.all(Array.from({ length: PHONES }, (_, i) => joinWorkshop(url(i % INSTANCES), w.joinCode, `Collega ${i}`)));
    const random = seeded(14);
    const instanceFor = (p: number) => [0, 1, 2].map((k) => (p + k) % INSTANCES).find((i) => servers.alive(i)) ?? 0;
    const phones = joined.map((p, i) => new SimulatedPhone({ baseUrl: () => url(instanceFor(i)), workshopId: w.id, token: p.participantToken, random }));
    cleanup.push(() => phones.forEach((p) => p.stop()));
    phones.forEach((p) => p.connect());
    await eventually(() => expect(phones.every((p) => p.hellos >= 1)).toBe(true), 15_000);

    let written = 0;
    let producing = true;
    const producers = phones.map(async (phone, p) => {
      for (let n = 0; producing; n++) {
        phone.queue({ type: 'note.add', canvasId: CANVASES[(p + n) % CANVASES.length], text: `notitie ${p}-${n}` });
        written++;
        await new Promise((resolve) => setTimeout(resolve, 2_500 + random() * 2_500));
      }
    });

    const notesOn = async (i: number) => {
      const r = await api<Workshop>(url(i), `/api/workshops/${w.id}`, { token: w.facilitatorKey });
      expect(r.status).toBe(200);
      return r.body.canvases.flatMap((c) => c.notes);
    };
    const acknowledgedCount = () => phones.reduce((n, p) => n + p.acknowledged.size, 0);
    /** Waits until the phones have had `more` notes acknowledged, however slow the machine is. */
    const progress = async (more: number) => {
      const from = acknowledgedCount();
      await eventually(() => expect(acknowledgedCount()).toBeGreaterThanOrEqual(from + more), 120_000);
    };
    const rounds: Array<Record<string, number>> = [];
    for (let kill = 1; kill <= 2; kill++) {
      // Killed while the phones are busy posting: a good share of them has just been answered.
      await progress(PHONES / 2);
      const inFlight = phones.reduce((n, p) => n + p.outbox.length, 0);
      await servers.kill(0);
      const killedAt = Date.now();
      // Acknowledged before the kill, so on the instances that live.
      const acked = phones.flatMap((p) => [...p.acknowledged.values()]);
      for (const i of [1, 2]) {
        const byId = new Map((await notesOn(i)).map((n) => [n.id, n.text]));
        for (const { noteId, intent } of acked) expect(byId.get(noteId!)).toBe(intent.text);
      }
      // Down while the phones move to the other instances and go on posting there.
      await progress(PHONES / 4);
      await servers.restart(0);
      rounds.push({ kill, inFlight, acknowledged: acked.length, downMs: Date.now() - killedAt });
    }

    producing = false;
    await Promise.all(producers);
    // Generous: on a loaded machine three instances, Postgres, Redis and 100 phones share two cores.
    await Promise.all(phones.map((p) => p.flushed(90_000)));
    const acked = phones.flatMap((p) => [...p.acknowledged.values()]);
    expect(phones.flatMap((p) => p.refused)).toEqual([]);

    // Every instance, the beamer and the facilitator end with the same notes: each acknowledged one, once.
    const texts = (notes: Array<{ id: string; text: string }>) => notes.map((n) => `${n.id} ${n.text}`).sort();
    await eventually(async () => {
      const [a, b, c] = await Promise.all([0, 1, 2].map(notesOn));
      expect(texts(b!)).toEqual(texts(a!));
      expect(texts(c!)).toEqual(texts(a!));
      const onBeamer = CANVASES.flatMap((id) => readNotes(beamer.doc, id));
      const onConsole = CANVASES.flatMap((id) => readNotes(facilitator.doc, id));
      expect(texts(onBeamer)).toEqual(texts(a!));
      expect(texts(onConsole)).toEqual(texts(a!));
    }, 15_000);
    const notes = await notesOn(0);
    const byId = new Map(notes.map((n) => [n.id, n.text]));
    for (const { noteId, intent } of acked) expect(byId.get(noteId!)).toBe(intent.text);
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
    expect(acked.length).toBe(written);
    expect(notes.length).toBe(written);
    const resends = phones.reduce((n, p) => n + p.resends, 0);
    const answers = Object.fromEntries([...phones.flatMap((p) => [...p.statuses])].reduce((m, [k, v]) => m.set(k, (m.get(k) ?? 0) + v), new Map<number, number>()));
    report('cluster', { instances: INSTANCES, phones: PHONES, kills: 2, written, stored: notes.length, resends, answers, rounds });

    // The whole documents match too, not only the notes.
    const full = await Promise.all([0, 1, 2].map(async (i) => (await api<Workshop>(url(i), `/api/workshops/${w.id}`, { token: w.facilitatorKey })).body));
    const comparable = (x: Workshop) => JSON.stringify({ ...x, online: undefined, participants: undefined });
    expect(comparable(full[1]!)).toBe(comparable(full[0]!));
    expect(comparable(full[2]!)).toBe(comparable(full[0]!));

    phones.forEach((p) => p.stop());
    expect(await servers.shutdown()).toEqual([0, 0, 0]);
  }, 300_000);
});
