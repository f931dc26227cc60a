/**
 * Jittered exponential backoff ("full jitter" with a floor): after a failure, wait a random time
 * between half and all of `base · 2^attempt`, capped. Jitter keeps 300 phones that lost the same
 * wifi from knocking on the server in the same millisecond when it comes back.
 */
export function backoffDelay(attempt: number, options: { baseMs?: number; maxMs?: number; random?: () => number } = {}): number {
  const { baseMs = 500, maxMs = 15_000, random = Math.random } = options;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt, 20)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
