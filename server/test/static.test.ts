import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';

let server: TestServer;
const script = 'console.log("Visiebord");'.repeat(100);

beforeAll(async () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'visiebord-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Visiebord</title>');
  writeFileSync(join(clientDir, 'assets', 'app-1234.js'), script);
  writeFileSync(join(clientDir, 'assets', 'app-1234.js.br'), brotliCompressSync(script));
  server = await startServer({ clientDir });
});
afterAll(async () => {
  await server.close();
});

it('sends the pre-compressed copy of an asset to a browser that accepts it, cached for good', async () => {
  const response = await fetch(`${server.url}/assets/app-1234.js`, { headers: { 'accept-encoding': 'br' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-encoding')).toBe('br');
  expect(response.headers.get('cache-control')).toContain('immutable');
  expect(await response.text()).toBe(script);
});

it('answers the app routes with the page and unknown API paths with a JSON error', async () => {
  for (const path of ['/', '/j/ABC234', '/f/some-id', '/b/some-id']) {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Visiebord</title>');
  }
  const api = await fetch(`${server.url}/api/bestaat-niet`);
  expect(api.status).toBe(404);
  expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  expect((await fetch(`${server.url}/assets/ontbreekt.js`)).status).toBe(404);
});
