/**
 * A tiny pathname router: four surfaces do not need a router library, and the phone's download
 * stays small. `navigate` uses the History API and tells subscribers.
 */
export type Route =
  | { name: 'landing' }
  | { name: 'facilitator'; workshopId: string }
  | { name: 'beamer'; workshopId: string }
  | { name: 'phone'; code: string }
  | { name: 'notFound' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'landing' };
  const [head, value] = parts;
  if (parts.length === 2 && value) {
    if (head === 'f') return { name: 'facilitator', workshopId: value };
    if (head === 'b') return { name: 'beamer', workshopId: value };
    if (head === 'j') return { name: 'phone', code: value };
  }
  return { name: 'notFound' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const listeners = new Set<() => void>();

export function subscribeToLocation(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export const currentPathname = () => location.pathname;

/** Goes to a path of this app without a page load (the hash, with a key in it, stays in the browser). */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}
