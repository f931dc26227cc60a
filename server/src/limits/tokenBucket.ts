export type BucketOptions = { burst: number; perSecond: number; now?: () => number };

/** Per-key token buckets with the questions a limiter asks: may I, and how long until I may. */
export type TokenBuckets = {
  /** Takes one token for `key`: 0 when taken, otherwise the seconds until one is there. */
  take(key: string): number;
  /** Seconds until `key` has a token, without taking one (0: it has one now). */
  waitFor(key: string): number;
  /** Takes one token whether or not there is one: the bucket may go below zero, so the wait grows. */
  charge(key: string): void;
  /** Keys held in memory now. */
  readonly size: number;
};

/**
 * Per-key token buckets: a burst is fine (a phone flushing its outbox after the wifi came back),
 * a steady flood is not. Keys are forgotten once their bucket is full again, so what is held in
 * memory (IP addresses among them) lasts minutes, never longer.
 */
export function createTokenBuckets(options: BucketOptions): TokenBuckets {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();

  const level = (key: string, t: number): number => {
    const bucket = buckets.get(key);
    if (!bucket) return options.burst;
    return Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
  };
  const wait = (tokens: number): number => (tokens >= 1 ? 0 : (1 - tokens) / options.perSecond);

  function sweep(t: number) {
    if (t - lastSweep < 60_000) return;
    lastSweep = t;
    for (const key of buckets.keys()) if (level(key, t) >= options.burst) buckets.delete(key);
  }

  return {
    take(key) {
      const t = now();
      sweep(t);
      const tokens = level(key, t);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: t });
        return wait(tokens);
      }
      buckets.set(key, { tokens: tokens - 1, at: t });
      return 0;
    },
    waitFor(key) {
      return wait(level(key, now()));
    },
    charge(key) {
      const t = now();
      sweep(t);
      // A floor, so that a long flood does not lock a shared school address out for hours.
      buckets.set(key, { tokens: Math.max(-options.burst, level(key, t) - 1), at: t });
    },
    get size() {
      return buckets.size;
    },
  };
}

/** Takes one token for a key; false when the key has none left. */
export function createRateLimiter(options: BucketOptions) {
  const buckets = createTokenBuckets(options);
  return (key: string): boolean => buckets.take(key) === 0;
}
