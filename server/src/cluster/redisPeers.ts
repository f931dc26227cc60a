import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';
import type { PeerHandlers, Peers } from '../rooms/peers.ts';

/** What a message on a workshop's channel carries. */
const KIND = { update: 0, awareness: 1, online: 2, deleted: 3, updates: 4, stored: 5 } as const;
const ID_BYTES = 12;
/** Phones an instance reported are counted this long after its last report (it reports every second). */
const ONLINE_FRESH_MS = 3_500;

const CHANNEL_PREFIX = 'visiebord:workshop:';

/**
 * The other instances, through Redis pub/sub: one channel per workshop, subscribed while the
 * workshop is in memory here. Pub/sub and not streams, because Redis only passes things on:
 * every update is in Postgres before it is published, numbered without gaps, so an instance that
 * misses a message (Redis restarting, a slow subscriber) sees the gap at the next number — or
 * after a reconnect — and reads what it missed from Postgres (`Room.catchUp`). Nothing is kept
 * in Redis, so nothing there needs trimming or deleting (docs/deploy.md).
 *
 * A message is: one byte of kind, the sending instance's id, then the payload. What one write
 * stored (`stored`) is the last update's sequence number (8 bytes), how many updates (4 bytes),
 * the ids of the intents it answered (`encodeIds`), then the updates merged into one. Instances
 * that know intents stored elsewhere need not ask the store whether each new one is a retry.
 * (`update` and `updates`, without intent ids, are what earlier versions sent; still read.)
 */
export async function connectRedisPeers(url: string, log: FastifyBaseLogger): Promise<Peers> {
  const self = randomBytes(ID_BYTES);
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  for (const [name, client] of [['publish', pub], ['subscribe', sub]] as const) {
    client.on('error', (error: Error) => log.warn({ err: error }, `redis (${name}) connection: ${error.message}`));
  }
  await Promise.all([pub.connect(), sub.connect()]);

  const handlers = new Map<string, PeerHandlers>();
  const online = new Map<string, Map<string, { ids: string[]; at: number }>>();
  const reconnectHooks: Array<() => void> = [];
  // Registered after the first connection: every later `ready` is a reconnect, after which
  // ioredis has subscribed again and whatever was said meanwhile must be read from the store.
  sub.on('ready', () => {
    for (const hook of reconnectHooks) hook();
  });

  const receive = (workshopId: string, to: PeerHandlers, kind: number, sender: Buffer, payload: Buffer) => {
    if (kind === KIND.update) to.onUpdate(new Uint8Array(payload.subarray(8)), Number(payload.readBigUInt64BE(0)), 1, []);
    else if (kind === KIND.updates) to.onUpdate(new Uint8Array(payload.subarray(12)), Number(payload.readBigUInt64BE(0)), payload.readUInt32BE(8), []);
    else if (kind === KIND.stored) {
      const { ids, end } = decodeIds(payload, 12);
      to.onUpdate(new Uint8Array(payload.subarray(end)), Number(payload.readBigUInt64BE(0)), payload.readUInt32BE(8), ids);
    }
    else if (kind === KIND.awareness) to.onAwareness(new Uint8Array(payload));
    else if (kind === KIND.deleted) to.onDeleted();
    else if (kind === KIND.online) {
      let byInstance = online.get(workshopId);
      if (!byInstance) online.set(workshopId, (byInstance = new Map()));
      byInstance.set(sender.toString('hex'), { ids: JSON.parse(payload.toString('utf8')) as string[], at: Date.now() });
    }
  };

  sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    const sender = message.subarray(1, 1 + ID_BYTES);
    if (message.length < 1 + ID_BYTES || sender.equals(self)) return;
    const workshopId = channel.toString().slice(CHANNEL_PREFIX.length);
    const to = handlers.get(workshopId);
    if (!to) return;
    try {
      receive(workshopId, to, message[0]!, sender, message.subarray(1 + ID_BYTES));
    } catch (error) {
      log.warn({ err: error, workshop: workshopId }, 'unreadable message from another instance');
    }
  });

  const publish = (workshopId: string, kind: number, payload: Uint8Array) => {
    const message = Buffer.concat([Buffer.of(kind), self, payload]);
    pub.publish(CHANNEL_PREFIX + workshopId, message).catch((error: unknown) => log.warn({ err: error, workshop: workshopId }, 'not passed on to other instances'));
  };

  return {
    async join(workshopId, to) {
      handlers.set(workshopId, to);
      await sub.subscribe(CHANNEL_PREFIX + workshopId);
    },
    leave(workshopId) {
      handlers.delete(workshopId);
      online.delete(workshopId);
      sub.unsubscribe(CHANNEL_PREFIX + workshopId).catch(() => undefined);
    },
    publishUpdate(workshopId, update, lastSeq, count = 1, intentIds = []) {
      const head = Buffer.alloc(12);
      head.writeBigUInt64BE(BigInt(lastSeq));
      head.writeUInt32BE(count, 8);
      publish(workshopId, KIND.stored, Buffer.concat([head, encodeIds(intentIds), update]));
    },
    publishAwareness: (workshopId, update) => publish(workshopId, KIND.awareness, update),
    publishOnline: (workshopId, ids) => publish(workshopId, KIND.online, Buffer.from(JSON.stringify(ids))),
    onlineElsewhere(workshopId) {
      const now = Date.now();
      const ids = new Set<string>();
      for (const report of online.get(workshopId)?.values() ?? []) if (now - report.at < ONLINE_FRESH_MS) for (const id of report.ids) ids.add(id);
      return ids;
    },
    publishDeleted: (workshopId) => publish(workshopId, KIND.deleted, new Uint8Array(0)),
    onReconnect(fn) {
      reconnectHooks.push(fn);
    },
    async close() {
      handlers.clear();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}

/** Intent ids: how many (2 bytes), then each as its length (2 bytes) and its UTF-8 bytes. */
export function encodeIds(ids: readonly string[]): Buffer {
  const parts = ids.map((id) => Buffer.from(id, 'utf8'));
  const out = Buffer.alloc(2 + parts.reduce((sum, p) => sum + 2 + p.length, 0));
  let at = out.writeUInt16BE(parts.length, 0);
  for (const part of parts) {
    at = out.writeUInt16BE(part.length, at);
    at += part.copy(out, at);
  }
  return out;
}

/** The ids `encodeIds` wrote at `start`, and where what follows them begins; throws on a short buffer. */
export function decodeIds(buffer: Buffer, start: number): { ids: string[]; end: number } {
  const ids: string[] = [];
  let at = start + 2;
  for (let n = buffer.readUInt16BE(start); n > 0; n--) {
    const length = buffer.readUInt16BE(at);
    if (at + 2 + length > buffer.length) throw new RangeError('intent ids run past the message');
    ids.push(buffer.toString('utf8', at + 2, at + 2 + length));
    at += 2 + length;
  }
  return { ids, end: at };
}
