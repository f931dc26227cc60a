import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, testClientDir, type TestServer } from './helpers.ts';

let server: TestServer;
const script = 'console.log("Visiebord");'.repeat(100);

beforeAll(async () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'visiebord-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Visiebord</title>');
  writeFileSync(join(clientDir, 'phone.html'), '<!doctype html><title>Visiebord</title><link rel="modulepreload" href="/assets/phone-1234.js">');
  writeFileSync(join(clientDir, 'assets', 'app-1234.js'), script);
  writeFileSync(join(clientDir, 'assets', 'app-1234.js.br'), brotliCompressSync(script));
  mkdirSync(join(clientDir, '.vite'));
  writeFileSync(join(clientDir, '.vite', 'routes.json'), '{"PhonePage":{"js":[],"css":[]}}');
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

it('keeps the build’s own notes to itself', async () => {
  for (const path of ['/.vite/routes.json', '/%2Evite/routes.json']) {
    const response = await fetch(server.url + path);
    expect(response.status, path).toBe(404);
    expect(await response.text(), path).not.toContain('PhonePage');
  }
});

it('answers the phone route, and only that route, with the page that preloads the phone', async () => {
  const page = async (path: string) => {
    const response = await fetch(server.url + path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('cache-control'), path).toBe('no-cache');
    expect(response.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    return response.text();
  };
  for (const path of ['/j/ABC234', '/j/abc%20234', '/j/ABC234/', '/j/ABC234?via=qr']) expect(await page(path), path).toContain('phone-1234.js');
  for (const path of ['/', '/f/some-id', '/b/some-id', '/j', '/j/ABC234/extra', '/x/ABC234']) expect(await page(path), path).not.toContain('phone-1234.js');
});

it('serves the phone route with the plain page when the build has no phone page', async () => {
  const plain = await startServer({ clientDir: testClientDir });
  try {
    const response = await fetch(`${plain.url}/j/ABC234`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Visiebord</title>');
  } finally {
    await plain.close();
  }
});
