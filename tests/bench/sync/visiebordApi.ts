import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';

/** The prompt step of the short script, and its four canvases. */
export const PROMPT_STEP = 'gedeelde-visie';
export const CANVASES = ['wedstrijd', 'spelregels', 'goed-doen', 'trainen'] as const;

/**
 * Requests over kept-alive connections with node:http, not fetch: posting hundreds of notes a
 * second through fetch's streams cost the generator several times the CPU (and garbage) and made
 * it, not the server, what a phone step measured. Connections per server are not limited, as fetch's.
 */
const agent = new http.Agent({ keepAlive: true });

function call<T>(url: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const payload = Buffer.from(JSON.stringify(body));
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': payload.byteLength };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const request = http.request(url + path, { method: 'POST', headers, agent, timeout: 15_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, body: (text ? JSON.parse(text) : null) as T });
      });
    });
    request.on('timeout', () => request.destroy(new Error('request timed out')));
    request.on('error', reject);
    request.end(payload);
  });
}

export async function createWorkshop(url: string): Promise<CreateWorkshopResponse> {
  const { status, body } = await call<CreateWorkshopResponse>(url, '/api/workshops', { script: 'visie-kort', title: 'Benchmark' });
  if (status !== 201) throw new Error(`create failed: ${status}`);
  return body;
}

export async function goToPromptStep(url: string, workshop: CreateWorkshopResponse): Promise<void> {
  const { status } = await call(url, `/api/workshops/${workshop.id}/flow`, { stepId: PROMPT_STEP }, workshop.facilitatorKey);
  if (status !== 200) throw new Error(`flow failed: ${status}`);
}

export async function join(url: string, code: string, name: string): Promise<JoinResponse> {
  const { status, body } = await call<JoinResponse>(url, '/api/join', { code, name });
  if (status !== 201) throw new Error(`join failed: ${status}`);
  return body;
}

export async function postNote(url: string, workshopId: string, token: string, canvasId: string, text: string): Promise<number> {
  const { status } = await call(url, `/api/workshops/${workshopId}/intents`, { id: randomUUID(), type: 'note.add', canvasId, text }, token);
  return status;
}
