import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { api, createWorkshop, eventually, goToStep, joinWorkshop } from '../helpers.ts';
import { spawnServer } from '../process.ts';
import { seeded, SimulatedPhone } from './phones.ts';
import { report } from './report.ts';

const PHONES = 300;
const OUTAGE_MS = 3_000;

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

it(`brings ${PHONES} phones back within 15 s after the wifi drops, spread out, with the server responsive`, async () => {
  const server = await spawnServer(mkdtempSync(join(tmpdir(), 'visiebord-storm-')));
  cleanup.push(() => server.child.kill('SIGKILL'));
  const w = await createWorkshop(server.url);
  await goToStep(server.url, w, 'gedeelde-visie');
  const joined: Awaited<ReturnType<typeof joinWorkshop>>[] = [];
  for (let i = 0; i < PHONES; i += 50) joined.push(...(await Promise.all(Array.from({ length: 50 }, () => joinWorkshop(server.url, w.joinCode)))));
  const random = seeded(300);
  // The real phone's backoff (client/src/lib/backoff.ts): half to all of 500 ms · 2^n, at most 15 s.
  const phones = joined.map((p) => new SimulatedPhone({ baseUrl: () => server.url, workshopId: w.id, token: p.participantToken, baseMs: 500, maxMs: 15_000, random }));
  cleanup.push(() => phones.forEach((p) => p.stop()));
  phones.forEach((p) => p.connect());
  await eventually(() => expect(phones.every((p) => p.hellos === 1)).toBe(true), 15_000);
  const online = async () => (await api<{ participants: { online: number } }>(server.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).body.participants.online;
  await eventually(async () => expect(await online()).toBe(PHONES), 5_000);

  // The health check is polled throughout, as a monitor would.
  const latencies: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const started = performance.now();
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  // The wifi goes: every socket dies at once, and every attempt fails until it is back.
  for (const phone of phones) {
    phone.offline = true;
    phone.dropSocket();
  }
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
  const backAt = Date.now();
  for (const phone of phones) phone.offline = false;
  await eventually(() => expect(phones.filter((p) => p.hellos < 2).length).toBe(0), 15_000);
  const returns = phones.map((p) => p.lastHelloAt - backAt).sort((a, b) => a - b);
  await eventually(async () => expect(await online()).toBe(PHONES), 5_000);
  polling = false;
  await poller;

  latencies.sort((a, b) => a - b);
  // How spread the returns are: the most phones reconnecting within any 100 ms.
  let peak = 0;
  for (let i = 0, j = 0; i < returns.length; i++) {
    while (returns[i]! - returns[j]! > 100) j++;
    peak = Math.max(peak, i - j + 1);
  }
  const numbers = {
    phones: PHONES,
    allBackMs: returns.at(-1),
    medianBackMs: percentile(returns, 0.5),
    peakPer100ms: peak,
    healthzP50Ms: Math.round(percentile(latencies, 0.5)),
    healthzP95Ms: Math.round(percentile(latencies, 0.95)),
    healthzMaxMs: Math.round(latencies.at(-1)!),
  };
  report('reconnect storm', numbers);
  expect(returns.at(-1)!).toBeLessThan(15_000);
  // Jitter: not everyone at once.
  expect(peak).toBeLessThan(PHONES / 2);
  expect(numbers.healthzMaxMs).toBeLessThan(1_000);

  phones.forEach((p) => p.stop());
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}, 60_000);
