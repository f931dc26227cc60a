import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { CreateWorkshopResponse, ExplainScore, IntentResponse, JoinResponse, SynthesisResponse } from '@visiebord/shared/api';
import AxeBuilder from '@axe-core/playwright';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Step helpers for the beamer spec: a facilitator and phones that speak HTTP, no phone UI needed. */

export type CreatedByApi = CreateWorkshopResponse;

export class FacilitatorApi {
  constructor(
    readonly request: APIRequestContext,
    readonly workshop: CreatedByApi,
  ) {}

  static async create(request: APIRequestContext, script: string): Promise<FacilitatorApi> {
    const response = await request.post('/api/workshops', { data: { script, title: 'Studiedag De Linde' } });
    expect(response.status()).toBe(201);
    return new FacilitatorApi(request, (await response.json()) as CreatedByApi);
  }

  private get auth() {
    return { authorization: `Bearer ${this.workshop.facilitatorKey}` };
  }

  async post<T>(path: string, data: unknown): Promise<T> {
    const response = await this.request.post(`/api/workshops/${this.workshop.id}${path}`, { data, headers: this.auth });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  goTo(stepId: string) {
    return this.post('/flow', { stepId });
  }

  timer(body: { action: 'start'; seconds?: number } | { action: 'pause' | 'addMinute' | 'clear' }) {
    return this.post('/timer', body);
  }

  synthesis() {
    return this.post<SynthesisResponse>('/synthesis', {});
  }

  async explainScore(stepId: string) {
    const response = await this.request.get(`/api/workshops/${this.workshop.id}/explain-score?stepId=${stepId}`, { headers: this.auth });
    return (await response.json()) as ExplainScore;
  }

  /** The beamer's path (with its key in the fragment) on the test server. */
  beamerPath(): string {
    const url = new URL(this.workshop.urls.beamer);
    return url.pathname + url.hash;
  }
}

export class ApiPhone {
  constructor(
    readonly request: APIRequestContext,
    readonly workshopId: string,
    readonly token: string,
  ) {}

  static async join(request: APIRequestContext, code: string, name?: string): Promise<ApiPhone> {
    const response = await request.post('/api/join', { data: { code, name } });
    expect(response.status()).toBe(201);
    const body = (await response.json()) as JoinResponse;
    return new ApiPhone(request, body.workshopId, body.participantToken);
  }

  async intent<T = IntentResponse>(type: string, fields: Record<string, unknown>): Promise<T> {
    const response = await this.request.post(`/api/workshops/${this.workshopId}/intents`, {
      data: { id: crypto.randomUUID(), type, ...fields },
      headers: { authorization: `Bearer ${this.token}` },
    });
    expect(response.ok(), `${type}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }
}

/**
 * A second facilitator's document over the sync socket (the y-websocket wire format): lets the
 * spec use shared mutations the HTTP API has no route for, such as the spotlight.
 */
export async function facilitatorDoc(baseURL: string, workshopId: string, key: string): Promise<{ doc: Y.Doc; close: () => void }> {
  const doc = new Y.Doc();
  const socket = new WebSocket(`${baseURL.replace(/^http/, 'ws')}/sync/${workshopId}?token=${encodeURIComponent(key)}`);
  const send = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // messageSync
    write(encoder);
    socket.send(encoding.toUint8Array(encoder));
  };
  const synced = new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => send((encoder) => syncProtocol.writeSyncStep1(encoder, doc)));
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, 0);
      const kind = syncProtocol.readSyncMessage(decoder, reply, doc, 'server');
      if (encoding.length(reply) > 1) socket.send(encoding.toUint8Array(reply));
      if (kind === syncProtocol.messageYjsSyncStep2) resolve();
    });
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') send((encoder) => syncProtocol.writeUpdate(encoder, update));
  });
  await synced;
  return { doc, close: () => socket.close() };
}

/** No serious or critical WCAG 2.2 AA problem on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Screenshots to look at, per step type and size, kept after the run (BEAMER_SCREENS moves them). */
export async function shoot(page: Page, name: string) {
  const size = page.viewportSize();
  const folder = process.env.BEAMER_SCREENS ?? 'test-results/beamer-screens';
  await page.screenshot({ path: `${folder}/${name}-${size?.width ?? 0}x${size?.height ?? 0}.png` });
}
