import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deleteExpiredWorkshops } from '../src/retention.ts';
import { api, createWorkshop, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';
import { spawnServer } from './process.ts';

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
  await server.app.store.touchWorkshop(fresh.id, later, later + 1_000_000);
  expect(await deleteExpiredWorkshops(server.app, later)).toBe(1);
  expect((await api(server.url, `/api/workshops/${old.id}`, { token: old.facilitatorKey })).status).toBe(404);
  expect((await api(server.url, `/api/workshops/${fresh.id}`, { token: fresh.facilitatorKey })).status).toBe(200);
});

it('leaves no trace of a deleted workshop in the data folder', async () => {
  const w = await createWorkshop(server.url);
  const phone = await joinWorkshop(server.url, w.joinCode, 'Marieke Geheimnaam');
  await goToStep(server.url, w, 'gedeelde-visie');
  const marker = 'Vertrouwelijk-Zoekwoord-Linde';
  for (let i = 0; i < 5; i++) await postIntent(server.url, w.id, phone.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: `${marker} ${i}` });
  const room = (await server.app.rooms.get(w.id))!;
  await room.compact();
  const contents = () => readdirSync(server.dataDir).map((f) => readFileSync(join(server.dataDir, f)).toString('latin1')).join('\n');
  expect(contents()).toContain(marker);
  expect((await api(server.url, `/api/workshops/${w.id}`, { method: 'DELETE', token: w.facilitatorKey })).status).toBe(204);
  const after = contents();
  expect(after).not.toContain(marker);
  expect(after).not.toContain('Marieke Geheimnaam');
  expect(after).not.toContain(w.joinCode);
});

it('stores and logs no IP address, user agent, key, token or note text', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'visiebord-logs-'));
  const spawned = await spawnServer(dataDir, { LOG_LEVEL: 'debug' });
  try {
    const agent = 'Mozilla/5.0 (Spion-Browser-Kenmerk)';
    const forwarded = '203.0.113.77';
    const headers = { 'user-agent': agent, 'x-forwarded-for': forwarded, 'content-type': 'application/json' };
    const post = async (path: string, body: unknown, token?: string) =>
      (await fetch(spawned.url + path, { method: 'POST', headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) })).json() as Promise<
        Record<string, string>
      >;
    const w = await post('/api/workshops', { script: 'visie-kort' });
    const phone = await post('/api/join', { code: w.joinCode, name: 'Fenna Privénaam' });
    await post(`/api/workshops/${w.id}/flow`, { stepId: 'gedeelde-visie' }, w.facilitatorKey);
    const marker = 'Inhoud-Die-Niet-In-Logs-Hoort';
    await post(`/api/workshops/${w.id}/intents`, { id: crypto.randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text: marker }, phone.participantToken);
    await post('/api/join', { code: 'ZZZZZZ' });
    await fetch(`${spawned.url}/api/workshops/${w.id}?token=${w.facilitatorKey}`, { headers });
    // Sockets carry their key in the query: it must not reach the log either.
    await new Promise<void>((resolve) => {
      const ws = new WebSocket(`${spawned.url.replace('http', 'ws')}/sync/${w.id}?token=${w.facilitatorKey}`, { headers: { 'user-agent': agent } });
      ws.on('message', () => ws.close());
      ws.on('close', () => resolve());
    });
    spawned.child.kill('SIGTERM');
    expect(await spawned.exited).toBe(0);

    const log = spawned.output();
    expect(log).toContain('"url":"/api/join"'); // the log is there, and it is the one we read
    for (const secret of [agent, 'Spion-Browser', forwarded, 'remoteAddress', 'remotePort', 'user-agent', w.facilitatorKey, w.beamerKey, phone.participantToken, marker, 'Fenna Privénaam']) {
      expect(log, secret).not.toContain(secret);
    }
    // No column that could hold an address or a browser, and no trace of them in the files.
    const db = new Database(join(dataDir, 'visiebord.sqlite'), { readonly: true });
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const columns = tables.flatMap((t) => db.prepare<[], { name: string }>(`PRAGMA table_info(${t.name})`).all().map((c) => `${t.name}.${c.name}`));
    db.close();
    expect(columns.length).toBeGreaterThan(10);
    for (const column of columns) expect(column.split('.')[1]).not.toMatch(/(^|_)(ip|addr|address|agent|useragent|remote|browser|device|email)(_|$)/i);
    const files = readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f)).toString('latin1')).join('\n');
    expect(files).not.toContain(agent);
    expect(files).not.toContain(forwarded);
    expect(files).not.toContain('127.0.0.1');
  } finally {
    spawned.child.kill('SIGKILL');
  }
}, 30_000);

it('keeps a workshop as long as its facilitator chose when making it', async () => {
  const { status, body } = await api<{ id: string; facilitatorKey: string }>(server.url, '/api/workshops', { body: { script: 'visie-kort', retentionDays: 7 } });
  expect(status).toBe(201);
  const retention = await api<{ deleteAfterDays: number }>(server.url, `/api/workshops/${body.id}/retention`, { token: body.facilitatorKey });
  expect(retention.body.deleteAfterDays).toBe(7);
  expect((await api(server.url, '/api/workshops', { body: { script: 'visie-kort', retentionDays: 9999 } })).status).toBe(400);
});
