import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { connectRedisPeers } from '../src/cluster/redisPeers.ts';
import type { Peers } from '../src/rooms/peers.ts';
import { eventually } from './helpers.ts';
import { needServices, TEST_REDIS_URL } from './services.ts';

const available = await needServices('Instances talking through Redis', { redis: true });
const warnings: unknown[] = [];
const log = { warn: (...args: unknown[]) => warnings.push(args) } as unknown as FastifyBaseLogger;
const opened: Peers[] = [];

describe.runIf(available)('two instances on one Redis', () => {
  afterAll(async () => {
    await Promise.all(opened.map((p) => p.close()));
  });

  it('hear what the other stored: its updates, their numbers and the intents they answered', async () => {
    const [a, b] = await Promise.all([connectRedisPeers(TEST_REDIS_URL, log), connectRedisPeers(TEST_REDIS_URL, log)]);
    opened.push(a, b);
    const workshop = `peers-${randomUUID()}`;
    const heard: Array<{ update: number[]; lastSeq: number; count: number; intentIds: readonly string[] }> = [];
    const ignore = () => undefined;
    await b.join(workshop, { onUpdate: (update, lastSeq, count, intentIds) => heard.push({ update: [...update], lastSeq, count, intentIds }), onAwareness: ignore, onDeleted: ignore });
    await a.join(workshop, { onUpdate: () => heard.push({ update: [], lastSeq: -1, count: -1, intentIds: ['sent back to its sender'] }), onAwareness: ignore, onDeleted: ignore });

    const intents = [randomUUID(), randomUUID()];
    a.publishUpdate(workshop, Uint8Array.of(1, 2, 3), 41, 3, intents);
    a.publishUpdate(workshop, Uint8Array.of(9), 42);
    // A write of intents alone: no update, no number.
    a.publishUpdate(workshop, new Uint8Array(0), 0, 0, ['ééntje']);
    await eventually(() => expect(heard).toHaveLength(3));
    expect(heard).toEqual([
      { update: [1, 2, 3], lastSeq: 41, count: 3, intentIds: intents },
      { update: [9], lastSeq: 42, count: 1, intentIds: [] },
      { update: [], lastSeq: 0, count: 0, intentIds: ['ééntje'] },
    ]);
    expect(warnings).toEqual([]);
  });
});
