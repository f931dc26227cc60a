import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFanout, summarizeRounds, type FanoutResult } from '../../tests/bench/sync/fanout.ts';
import { runPhoneStep } from '../../tests/bench/sync/phones.ts';
import { startPeer } from '../../tests/bench/sync/servers.ts';
import { startServer, type TestServer } from './helpers.ts';

/**
 * The tiny version of `pnpm bench:sync`, so the load generator cannot rot: twenty phones for a few
 * seconds against an in-process server. It asserts that latency figures came out, not how fast.
 */
describe('sync benchmark smoke', () => {
  let server: TestServer;
  beforeAll(async () => {
    // One IP address plays a whole school here, as in the benchmark.
    server = await startServer();
  });
  afterAll(() => server.close());

  it('runs twenty phones and measures post → beamer latency', async () => {
    const result = await runPhoneStep({ url: server.url, wsUrl: server.wsUrl, pid: null }, { phones: 20, measureMs: 3_000, warmupMs: 500, postEveryMs: 1_000 });
    expect(result.posted).toBeGreaterThan(20);
    expect(result.failedPosts).toBe(0);
    expect(result.latency.count).toBe(result.posted - result.lost);
    expect(result.lost).toBe(0);
    for (const value of [result.latency.p50, result.latency.p95, result.latency.p99]) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThan(0);
    }
    expect(result.sentBytesPerSecond).toBeGreaterThan(0);
    // The observing phones timed their own notes; the socket-holding process read every other phone's.
    expect(result.phoneLatency.count).toBeGreaterThan(0);
    expect(result.receivers).toMatchObject({ processes: 1, dropped: 0 });
  }, 15_000);

  it('runs the shared fan-out against Visiebord and both peers and compares their medians', async () => {
    // Six readers, two of them timed: the other four hold their frames until the window closes.
    const options = { readers: 6, timedReaders: 2, measureMs: 1_000, warmupMs: 300, writeEveryMs: 50 };
    const results: FanoutResult[] = [];
    results.push(await runFanout({ name: 'visiebord', pid: process.pid, port: 0, url: server.url, wsUrl: server.wsUrl, output: () => '', stop: async () => undefined }, options));
    for (const kind of ['hocuspocus', 'y-websocket-server'] as const) {
      const peer = await startPeer(kind);
      try {
        results.push(await runFanout(peer, options));
      } finally {
        await peer.stop();
      }
    }
    for (const result of results) {
      expect(result.writes, result.server).toBeGreaterThan(10);
      expect(result.lost, result.server).toBe(0);
      // Every write in the window reached every reader (lost is 0), and was timed by the timed ones.
      expect(result.latency.count, result.server).toBe(result.writes * options.timedReaders);
    }
    expect(summarizeRounds(results).map((s) => [s.server, s.kept])).toEqual([['visiebord', 1], ['hocuspocus', 1], ['y-websocket-server', 1]]);
  }, 40_000);
});
