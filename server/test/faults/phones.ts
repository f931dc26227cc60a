import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { LiveMessage } from '@visiebord/shared/projection';
import { seededRandom } from '@visiebord/shared/synthesis';

/**
 * A simulated phone as the real client behaves (client/src/features/phone): an outbox of intents
 * sent one at a time until acknowledged, retried with the same id after any trouble, and a `/live`
 * socket that reconnects by itself with jittered exponential backoff.
 */
export type PhoneOptions = {
  baseUrl: () => string;
  workshopId: string;
  token: string;
  /** Backoff for both the outbox and the socket: random between half and all of base·2^n, capped. */
  baseMs?: number;
  maxMs?: number;
  random?: () => number;
};

export type Intent = { id: string; type: string; [field: string]: unknown };

export function jitteredBackoff(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
  return ceiling / 2 + random() * (ceiling / 2);
}

export class SimulatedPhone {
  readonly outbox: Intent[] = [];
  /** Intent id → the server's answer, for every acknowledged intent. */
  readonly acknowledged = new Map<string, { noteId?: string; intent: Intent }>();
  /** Intents the server refused for good (4xx other than 429). */
  readonly refused: Array<{ intent: Intent; status: number; body: unknown }> = [];
  /** How often an intent was sent again after trouble. */
  resends = 0;
  /** Live connections opened so far (a `hello` each). */
  hellos = 0;
  /** How often each answer came (0: no connection), for a test's report. */
  readonly statuses = new Map<number, number>();
  lastHelloAt = 0;
  private ws: WebSocket | null = null;
  private socketAttempts = 0;
  private outboxFailures = 0;
  private sending = false;
  private stopped = false;
  private timers = new Set<NodeJS.Timeout>();
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly random: () => number;

  constructor(private readonly options: PhoneOptions) {
    this.baseMs = options.baseMs ?? 200;
    this.maxMs = options.maxMs ?? 2_000;
    this.random = options.random ?? Math.random;
  }

  get liveOpen(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** While true the phone has no network: connection attempts fail at once, as without wifi. */
  offline = false;

  connect(): void {
    if (this.stopped) return;
    if (this.offline) {
      this.later(() => this.connect(), jitteredBackoff(this.socketAttempts++, this.baseMs, this.maxMs, this.random));
      return;
    }
    const url = `${this.options.baseUrl().replace('http', 'ws')}/live/${this.options.workshopId}?token=${encodeURIComponent(this.options.token)}`;
    // A handshake that hangs (a busy server's full accept queue) is given up and retried, as a browser does.
    const ws = new WebSocket(url, { handshakeTimeout: 5_000 });
    this.ws = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as LiveMessage;
      if (message.t === 'hello') {
        this.hellos++;
        this.lastHelloAt = Date.now();
        this.socketAttempts = 0;
      }
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (this.ws !== ws || this.stopped) return;
      this.later(() => this.connect(), jitteredBackoff(this.socketAttempts++, this.baseMs, this.maxMs, this.random));
    });
  }

  /** Drops the socket as a wifi outage would (no close handshake); it comes back by itself. */
  dropSocket(): void {
    this.ws?.terminate();
  }

  queue(intent: Omit<Intent, 'id'>): Intent {
    const full = { id: randomUUID(), ...intent } as Intent;
    this.outbox.push(full);
    void this.drain();
    return full;
  }

  private async drain(): Promise<void> {
    if (this.sending || this.stopped) return;
    this.sending = true;
    try {
      while (this.outbox.length > 0 && !this.stopped) {
        const intent = this.outbox[0]!;
        let status = 0;
        let body: { noteId?: string } = {};
        try {
          if (this.offline) throw new Error('no network');
          const response = await fetch(`${this.options.baseUrl()}/api/workshops/${this.options.workshopId}/intents`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.token}` },
            body: JSON.stringify(intent),
            signal: AbortSignal.timeout(5_000),
          });
          status = response.status;
          body = (await response.json()) as { noteId?: string };
        } catch {
          status = 0; // no connection: the server is down
        }
        this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
        if (status === 200) {
          this.acknowledged.set(intent.id, { ...(body.noteId ? { noteId: body.noteId } : {}), intent });
          this.outbox.shift();
          this.outboxFailures = 0;
          continue;
        }
        if (status === 0 || status === 429 || status >= 500) {
          this.resends++;
          const wait = jitteredBackoff(this.outboxFailures++, this.baseMs, this.maxMs, this.random);
          await new Promise<void>((resolve) => this.later(resolve, wait));
          continue;
        }
        // Refused (the real phone marks it failed and shows why): recorded, and the outbox moves on.
        this.refused.push({ intent, status, body });
        this.outbox.shift();
      }
    } finally {
      this.sending = false;
    }
  }

  /** Resolves once everything queued is acknowledged. */
  async flushed(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    void this.drain();
    while (this.outbox.length > 0) {
      if (Date.now() > until) throw new Error(`${this.outbox.length} intents still unacknowledged`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.ws?.terminate();
  }

  private later(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }
}

/** A seeded generator, so a failing fault run can be replayed. */
export const seeded = seededRandom;
