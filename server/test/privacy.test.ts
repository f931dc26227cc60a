import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deleteExpiredWorkshops } from '../src/retention.ts';
import { api, createWorkshop, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

it('sends security headers that allow nothing from other hosts and no inline script', async () => {
  const response = await fetch(`${server.url}/healthz`);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
});

it('deletes workshops past their delete-after date, and only those', async () => {
  const old = await createWorkshop(server.url);
  const fresh = await createWorkshop(server.url);
  await joinWorkshop(server.url, old.joinCode);
  const later = Date.now() + server.app.config.retentionDays * 24 * 60 * 60 * 1000 + 1000;
  server.app.store.touchWorkshop(fresh.id, later, later + 1_000_000);
  expect(deleteExpiredWorkshops(server.app, later)).toBe(1);
  expect((await api(server.url, `/api/workshops/${old.id}`, { token: old.facilitatorKey })).status).toBe(404);
  expect((await api(server.url, `/api/workshops/${fresh.id}`, { token: fresh.facilitatorKey })).status).toBe(200);
});

it('leaves no trace of a deleted workshop in the data folder', async () => {
  const w = await createWorkshop(server.url);
  const phone = await joinWorkshop(server.url, w.joinCode, 'Marieke Geheimnaam');
  await goToStep(server.url, w, 'gedeelde-visie');
  const marker = 'Vertrouwelijk-Zoekwoord-Linde';
  for (let i = 0; i < 5; i++) await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: `${marker} ${i}` });
  const room = server.app.rooms.get(w.id)!;
  room.compact();
  const contents = () => readdirSync(server.dataDir).map((f) => readFileSync(join(server.dataDir, f)).toString('latin1')).join('\n');
  expect(contents()).toContain(marker);
  expect((await api(server.url, `/api/workshops/${w.id}`, { method: 'DELETE', token: w.facilitatorKey })).status).toBe(204);
  const after = contents();
  expect(after).not.toContain(marker);
  expect(after).not.toContain('Marieke Geheimnaam');
  expect(after).not.toContain(w.joinCode);
});
