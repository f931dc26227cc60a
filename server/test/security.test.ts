import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ERRORS, type ErrorResponse } from '@visiebord/shared/api';
import { CLOSE } from '@visiebord/shared/protocol';
import { readConfig } from '../src/config.ts';
import { DAY_MS } from '../src/privacy/retentionWindow.ts';
import { deleteExpiredWorkshops } from '../src/retention.ts';
import { api, createWorkshop, goToStep, joinWorkshop, postIntent, startServer, type TestServer } from './helpers.ts';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const limits = (overrides: Partial<ReturnType<typeof readConfig>['limits']>) => ({ limits: { ...readConfig({}).limits, ...overrides } });

/** Opens a raw socket and resolves with the close code the server sends (or the HTTP refusal). */
function closeCodeOf(url: string, headers: Record<string, string> = {}, send?: (ws: WebSocket) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => send?.(ws));
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => undefined);
    setTimeout(() => reject(new Error('no close within 5 s')), 5_000).unref();
  });
}

describe('websocket upgrade', () => {
  it('accepts sockets from no page, our own host, PUBLIC_URL and ALLOWED_ORIGINS; refuses other sites', async () => {
    server = await startServer({ publicUrl: 'https://visiebord.voorbeeld.nl', allowedOrigins: ['https://intranet.school.nl'] });
    const w = await createWorkshop(server.url);
    const url = `${server.wsUrl}/sync/${w.id}?token=${w.beamerKey}`;
    const openThenClose = (headers: Record<string, string>) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(url, { headers });
        ws.on('message', () => {
          resolve(true);
          ws.close();
        });
        ws.on('close', () => resolve(false));
        ws.on('error', () => resolve(false));
      });
    expect(await openThenClose({})).toBe(true);
    expect(await openThenClose({ origin: server.url })).toBe(true);
    expect(await openThenClose({ origin: 'https://visiebord.voorbeeld.nl' })).toBe(true);
    expect(await openThenClose({ origin: 'https://intranet.school.nl' })).toBe(true);
    for (const origin of ['https://kwaadwillend.example', 'null', 'http://127.0.0.1:1', 'https://visiebord.voorbeeld.nl.example']) {
      expect(await closeCodeOf(url, { origin })).toBe(CLOSE.originNotAllowed.code);
    }
  });

  it('closes a socket that floods with a code after which clients reconnect later', async () => {
    server = await startServer(limits({ socketBurst: 20, socketPerSecond: 5 }));
    const w = await createWorkshop(server.url);
    const code = await closeCodeOf(`${server.wsUrl}/sync/${w.id}?token=${w.facilitatorKey}`, {}, (ws) => {
      // Awareness queries: harmless messages, but a hundred at once is a flood.
      for (let i = 0; i < 100; i++) ws.send(new Uint8Array([3]));
    });
    expect(code).toBe(CLOSE.slowDown.code);
    // The stock y-websocket client stops for good only on 4400–4499.
    expect(code >= 4400 && code < 4500).toBe(false);
    const phone = await joinWorkshop(server.url, w.joinCode);
    const liveCode = await closeCodeOf(`${server.wsUrl}/live/${w.id}?token=${phone.participantToken}`, {}, (ws) => {
      for (let i = 0; i < 50; i++) ws.send('hallo');
    });
    expect(liveCode).toBe(CLOSE.slowDown.code);
  });

  it('refuses messages over the size cap instead of buffering 100 MiB', async () => {
    server = await startServer();
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    // Phones: 4 KiB; facilitators: 16 MiB. ws closes with 1009 (message too big).
    expect(await closeCodeOf(`${server.wsUrl}/live/${w.id}?token=${phone.participantToken}`, {}, (ws) => ws.send(Buffer.alloc(5_000)))).toBe(1009);
    expect(
      await closeCodeOf(`${server.wsUrl}/sync/${w.id}?token=${w.facilitatorKey}`, {}, (ws) => ws.send(Buffer.alloc(16 * 1024 * 1024 + 1))),
    ).toBe(1009);
    expect((await api(server.url, '/healthz')).status).toBe(200);
  });
});

describe('HTTP rate limits', () => {
  it('limits per participant, so colleagues behind the same school address are not slowed by one busy phone', async () => {
    server = await startServer(limits({ tokenBurst: 10, tokenPerSecond: 0.001 }));
    const w = await createWorkshop(server.url);
    await goToStep(server.url, w, 'gedeelde-visie');
    const [busy, calm] = [await joinWorkshop(server.url, w.joinCode), await joinWorkshop(server.url, w.joinCode)];
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await postIntent(server.url, w.id, busy.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: `n${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const limited = await fetch(`${server.url}/api/workshops/${w.id}/intents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${busy.participantToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toBe(ERRORS.rate_limited.message);
    expect((await postIntent(server.url, w.id, calm.participantToken, { type: 'note.add', canvasId: 'wedstrijd', text: 'rustig' })).status).toBe(200);
  });

  it('limits requests without a token per address, generously, and never the health check', async () => {
    server = await startServer(limits({ ipBurst: 5, ipPerSecond: 0.001 }));
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await api(server.url, '/api/scripts')).status);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect((await api(server.url, '/healthz')).status).toBe(200);
    // The defaults let a whole school (300 phones, a few pages each) in at once.
    const defaults = readConfig({}).limits;
    expect(defaults.ipBurst).toBeGreaterThanOrEqual(1000);
    expect(defaults.ipTokenBurst).toBeGreaterThanOrEqual(3000);
  });
});

describe('join codes', () => {
  it('slows down guessing with a 429 in Dutch, while right codes from the same address stay welcome until it is exhausted', async () => {
    server = await startServer(limits({ joinFailureBurst: 5, joinFailuresPerSecond: 0.001 }));
    const w = await createWorkshop(server.url);
    const guesses: number[] = [];
    for (const code of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD']) guesses.push((await api(server.url, '/api/join', { body: { code } })).status);
    expect(guesses).toEqual([404, 404, 404, 404]);
    expect((await api(server.url, '/api/join', { body: { code: w.joinCode } })).status).toBe(201);
    expect((await api(server.url, '/api/join', { body: { code: 'EEEEEE' } })).status).toBe(404);
    const response = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: w.joinCode }) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.code).toBe('join_rate_limited');
    expect(body.error.message).toMatch(/te veel onjuiste codes/);
  });
});

describe('retention per workshop', () => {
  it('lets the facilitator choose the delete-after days, keeps them through activity, and deletes on time', async () => {
    server = await startServer({ retentionDays: 90 });
    const w = await createWorkshop(server.url);
    const phone = await joinWorkshop(server.url, w.joinCode);
    const path = `/api/workshops/${w.id}`;
    expect((await api<{ deleteAfterDays: number }>(server.url, `${path}/retention`, { token: w.facilitatorKey })).body.deleteAfterDays).toBe(90);
    expect((await api(server.url, path, { method: 'PATCH', body: { deleteAfterDays: 7 }, token: w.beamerKey })).status).toBe(401);
    expect((await api(server.url, path, { method: 'PATCH', body: { deleteAfterDays: 7 }, token: phone.participantToken })).status).toBe(401);
    for (const bad of [0, 366, 2.5, '7', null]) {
      const r = await api<{ error: { code: string } }>(server.url, path, { method: 'PATCH', body: { deleteAfterDays: bad }, token: w.facilitatorKey });
      expect(r.status, String(bad)).toBe(400);
      expect(r.body.error.code).toBe('retention_invalid');
    }
    const set = await api<{ deleteAfterDays: number; deleteAfter: string }>(server.url, path, { method: 'PATCH', body: { deleteAfterDays: 7 }, token: w.facilitatorKey });
    expect(set.status).toBe(200);
    expect(set.body.deleteAfterDays).toBe(7);
    // Activity later moves the date, but keeps the workshop's own seven days.
    const later = Date.now() + 3 * DAY_MS;
    await server.app.store.touchWorkshop(w.id, later, later + 90 * DAY_MS);
    expect((await server.app.store.getWorkshop(w.id))?.deleteAfter).toBe(later + 7 * DAY_MS);
    expect(await deleteExpiredWorkshops(server.app, later + 6 * DAY_MS)).toBe(0);
    expect(await deleteExpiredWorkshops(server.app, later + 7 * DAY_MS)).toBe(1);
    expect((await api(server.url, `${path}/retention`, { token: w.facilitatorKey })).status).toBe(404);
  });
});

describe('security headers', () => {
  it('let pages open websockets only to their own host, and pin https deployments to https', async () => {
    server = await startServer({ publicUrl: 'https://visiebord.voorbeeld.nl' });
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const host = new URL(server.url).host;
    expect(csp).toContain(`connect-src 'self' ws://${host} wss://${host}`);
    expect(csp).not.toMatch(/connect-src[^;]*\s(ws|wss):(\s|;|$)/);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=15552000');
    // A Host header with anything odd in it is not repeated.
    const odd = await server.app.inject({ method: 'GET', url: '/healthz', headers: { host: 'x;script-src *' } });
    expect(odd.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(odd.headers['content-security-policy']).not.toContain('script-src *');
  });
});
