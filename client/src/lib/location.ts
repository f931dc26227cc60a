/** Keys travel in the fragment (`#key=…`) so they never reach a server log with the page load. */
export function readKeyFromHash(hash: string = location.hash): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  return key && key.trim() ? key.trim() : null;
}

/** `ws://host` or `wss://host` for the page's own origin (the dev server proxies sockets). */
export function websocketBase(loc: Pick<Location, 'protocol' | 'host'> = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
}

/** The address people type on their phone: host without scheme, then `/j/CODE`. */
export function joinUrl(code: string, loc: Pick<Location, 'origin'> = location): string {
  return `${loc.origin}/j/${code}`;
}
