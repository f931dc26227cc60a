import { randomUUID } from 'node:crypto';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';

/** The prompt step of the short script, and its four canvases. */
export const PROMPT_STEP = 'gedeelde-visie';
export const CANVASES = ['wedstrijd', 'spelregels', 'goed-doen', 'trainen'] as const;

async function call<T>(url: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
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
