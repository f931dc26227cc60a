import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPhoneStep } from '../../tests/bench/sync/phones.ts';
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
  }, 15_000);
});
