import { describe, expect, it } from 'vitest';
import { summarizeRounds, type FanoutResult } from './fanout.ts';
import { median } from './stats.ts';

function round(server: FanoutResult['server'], p95: number, cpuShare: number, saturated = false): FanoutResult {
  return {
    server,
    readers: 500,
    latency: { count: 100, p50: p95 / 2, p95, p99: p95 * 2, max: p95 * 3 },
    writes: 100,
    lost: 0,
    serverCpuShare: cpuShare,
    peakRssBytes: 1,
    sentBytesPerSecond: 1,
    generator: { lagP99Ms: 1, cpuShare: 0.3, saturated },
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, and ignores what is not a number', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('summarizeRounds', () => {
  it('gives each server the medians of its kept rounds, so one noisy round does not decide', () => {
    const [ours, peer] = summarizeRounds([
      round('visiebord', 9, 0.1),
      round('hocuspocus', 8, 0.2),
      round('visiebord', 30, 0.3),
      round('hocuspocus', 10, 0.2),
      round('visiebord', 10, 0.1),
      round('hocuspocus', 12, 0.2),
      round('visiebord', 1, 0.01, true),
    ]);
    expect(ours).toMatchObject({ server: 'visiebord', rounds: 4, kept: 3, p95: 10, p95Range: [9, 30], cpuShare: 0.1 });
    expect(peer).toMatchObject({ server: 'hocuspocus', rounds: 3, kept: 3, p95: 10, p95Range: [8, 12] });
  });
});
