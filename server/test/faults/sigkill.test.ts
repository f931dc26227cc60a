import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { api, createWorkshop, eventually, goToStep, joinWorkshop } from '../helpers.ts';
import { ServerFleet } from '../process.ts';
import { seeded, SimulatedPhone } from './phones.ts';
import { report } from './report.ts';
import type { WorkshopResponse } from '@visiebord/shared/api';

const PHONES = 100;
const KILLS = 3;
const CANVASES = ['wedstrijd', 'spelregels', 'goed-doen', 'trainen'];

type Workshop = WorkshopResponse;

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

it(`keeps every acknowledged note through ${KILLS} kills -9 while ${PHONES} phones post, and phones resend the rest by themselves`, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'visiebord-kills-'));
  const server = await new ServerFleet(dataDir, { COMPACT_EVERY: '200' }).start(1);
  cleanup.push(() => server.killAll());
  const url = () => server.url(0);
  const w = await createWorkshop(url());
  await goToStep(url(), w, 'gedeelde-visie');
  const joined = await Promise.all(Array.from({ length: PHONES }, (_, i) => joinWorkshop(url(), w.joinCode, `Collega ${i}`)));
  const random = seeded(7);
  const phones = joined.map((p) => new SimulatedPhone({ baseUrl: url, workshopId: w.id, token: p.participantToken, random }));
  cleanup.push(() => phones.forEach((p) => p.stop()));
  phones.forEach((p) => p.connect());
  await eventually(() => expect(phones.every((p) => p.hellos === 1)).toBe(true), 10_000);

  // Every phone writes a note every 1.5–3 s (a busy room), whatever the server is doing.
  let written = 0;
  let producing = true;
  const producers = phones.map(async (phone, p) => {
    for (let n = 0; producing; n++) {
      phone.queue({ type: 'note.add', canvasId: CANVASES[(p + n) % CANVASES.length], text: `notitie ${p}-${n}` });
      written++;
      await new Promise((resolve) => setTimeout(resolve, 1_500 + random() * 1_500));
    }
  });

  const readNotes = async () => {
    const r = await api<Workshop>(url(), `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(r.status).toBe(200);
    return r.body.canvases.flatMap((c) => c.notes);
  };
  const checkAcknowledged = async () => {
    // Acknowledged before the read: phones go on posting meanwhile.
    const acked = phones.flatMap((p) => [...p.acknowledged.values()]);
    const notes = await readNotes();
    const byId = new Map(notes.map((n) => [n.id, n.text]));
    for (const { noteId, intent } of acked) expect(byId.get(noteId!)).toBe(intent.text);
    // Exactly once: no text twice, however often it was sent.
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
    return { stored: notes.length, acknowledged: acked.length };
  };

  const rounds: Array<Record<string, number>> = [];
  for (let kill = 1; kill <= KILLS; kill++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const inFlight = phones.reduce((n, p) => n + p.outbox.length, 0);
    await server.kill(0);
    const killedAt = Date.now();
    const hellosBefore = phones.map((p) => p.hellos);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.restart(0);
    const restartMs = Date.now() - killedAt;
    const { stored, acknowledged } = await checkAcknowledged();
    // Generous: on a loaded CI machine a restart takes a while (the 15 s bound is reconnectStorm's).
    await eventually(() => expect(phones.filter((p, i) => p.hellos <= hellosBefore[i]!).length).toBe(0), 30_000);
    const backAfterMs = Math.max(...phones.map((p) => p.lastHelloAt)) - killedAt;
    rounds.push({ kill, inFlight, stored, acknowledged, restartMs, backAfterMs });
  }

  producing = false;
  await Promise.all(producers);
  await Promise.all(phones.map((p) => p.flushed(20_000)));
  const { stored, acknowledged } = await checkAcknowledged();
  const resends = phones.reduce((n, p) => n + p.resends, 0);
  report('sigkill', { phones: PHONES, kills: KILLS, written, stored, acknowledged, resends, rounds });
  // Everything written is stored, once: what was lost in flight came again from the outboxes.
  expect(acknowledged).toBe(written);
  expect(stored).toBe(written);
  expect(resends).toBeGreaterThan(0);

  phones.forEach((p) => p.stop());
  expect(await server.shutdown()).toEqual([0]);
}, 120_000);
