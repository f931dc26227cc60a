/**
 * One shared clock that ticks each second while anything listens (the step timer), for
 * `useSyncExternalStore`: renders read a cached "now" instead of calling Date.now() themselves.
 */
let now = Date.now();
const listeners = new Set<() => void>();
let interval: ReturnType<typeof setInterval> | undefined;

const tick = () => {
  now = Date.now();
  for (const listener of listeners) listener();
};

export function subscribeSeconds(listener: () => void): () => void {
  listeners.add(listener);
  // Freshen at once: React reads the snapshot again after subscribing.
  now = Date.now();
  interval ??= setInterval(tick, 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(interval);
      interval = undefined;
    }
  };
}

export const subscribeNever = () => () => undefined;
export const readSeconds = () => now;
