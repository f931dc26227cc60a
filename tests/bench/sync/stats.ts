import { monitorEventLoopDelay } from 'node:perf_hooks';

/** The value below which `p` percent of the samples lie (nearest rank); NaN for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export type Latency = { count: number; p50: number; p95: number; p99: number; max: number };

export function summarize(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
  };
}

/**
 * Limits past which the load generator, not the server, would be what we measure: a generator
 * busy most of its core, or whose event loop stalls long enough to add visibly to latencies.
 */
export const GENERATOR_LIMITS = { lagP99Ms: 100, cpuShare: 0.85 } as const;

export type GeneratorLoad = { lagP99Ms: number; cpuShare: number; saturated: boolean };

/**
 * Watches this process (the load generator): event-loop delay and CPU share of one core.
 * A step where the generator is saturated measures the generator, so it is discarded.
 */
export function watchGenerator(): { stop: () => GeneratorLoad } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  return {
    stop: () => {
      histogram.disable();
      const cpu = process.cpuUsage(cpu0);
      const elapsedMs = performance.now() - t0;
      const lagP99Ms = histogram.percentile(99) / 1e6;
      const cpuShare = (cpu.user + cpu.system) / 1000 / Math.max(1, elapsedMs);
      return { lagP99Ms, cpuShare, saturated: lagP99Ms > GENERATOR_LIMITS.lagP99Ms || cpuShare > GENERATOR_LIMITS.cpuShare };
    },
  };
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `task` over `items` with at most `width` at a time. */
export async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

export const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
