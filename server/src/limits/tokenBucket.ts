/**
 * Per-key token buckets: a burst is fine (a phone flushing its outbox after the wifi came back),
 * a steady flood is not. Keys are forgotten once their bucket is full again.
 */
export function createRateLimiter(options: { burst: number; perSecond: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();

  function sweep(t: number) {
    if (t - lastSweep < 60_000) return;
    lastSweep = t;
    for (const [key, b] of buckets) if (b.tokens + ((t - b.at) / 1000) * options.perSecond >= options.burst) buckets.delete(key);
  }

  /** Takes one token for `key`; false when the key has none left. */
  return function allow(key: string): boolean {
    const t = now();
    sweep(t);
    const bucket = buckets.get(key) ?? { tokens: options.burst, at: t };
    const tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
    if (tokens < 1) {
      buckets.set(key, { tokens, at: t });
      return false;
    }
    buckets.set(key, { tokens: tokens - 1, at: t });
    return true;
  };
}
