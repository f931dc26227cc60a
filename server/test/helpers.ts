import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';
import { buildApp } from '../src/app.ts';
import { readConfig, type Config } from '../src/config.ts';

/** A stand-in page, so server tests behave the same whether or not the real client was built. */
export const testClientDir = fileURLToPath(new URL('./fixtures/client', import.meta.url));

/** A real server on a free loopback port with its own data folder (Hocuspocus's `newHocuspocus`). */
export async function startServer(overrides: Partial<Config> = {}) {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'visiebord-test-'));
  const config = { ...readConfig({}), dataDir, clientDir: testClientDir, port: 0, host: '127.0.0.1', idleUnloadSeconds: 60, ...overrides };
  const app = await buildApp({ config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;
  return { app, url, wsUrl: url.replace('http', 'ws'), dataDir, close: () => app.close() };
}

export type TestServer = Awaited<ReturnType<typeof startServer>>;

export async function api<T = unknown>(
  url: string,
  path: string,
  init: { method?: string; body?: unknown; token?: string; raw?: string } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(url + path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function createWorkshop(url: string, script = 'visie-kort') {
  const { status, body } = await api<CreateWorkshopResponse>(url, '/api/workshops', { body: { script } });
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function joinWorkshop(url: string, code: string, name?: string) {
  const { status, body } = await api<JoinResponse>(url, '/api/join', { body: { code, name } });
  if (status !== 201) throw new Error(`join failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function goToStep(url: string, workshop: CreateWorkshopResponse, stepId: string) {
  const { status } = await api(url, `/api/workshops/${workshop.id}/flow`, { body: { stepId }, token: workshop.facilitatorKey });
  if (status !== 200) throw new Error(`flow failed: ${status}`);
}

export function postIntent(url: string, workshopId: string, token: string, intent: Record<string, unknown>) {
  return api<{ ok?: boolean; noteId?: string; error?: { code: string; message: string } }>(url, `/api/workshops/${workshopId}/intents`, {
    body: { id: randomUUID(), ...intent },
    token,
  });
}

/** Polls until `check` passes or the time is up; returns the last error otherwise. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
