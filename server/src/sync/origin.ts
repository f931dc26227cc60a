/**
 * Which pages may open a websocket. Browsers always send `Origin` on a websocket upgrade, and a
 * page on another site could otherwise use a facilitator's link it learned to read a workshop
 * (cross-site websocket hijacking). Allowed: no Origin at all (a program, not a browser page), the
 * host the request was sent to, PUBLIC_URL's origin, and what ALLOWED_ORIGINS lists.
 */
export function createOriginCheck(options: { publicUrl: string | null; allowedOrigins: readonly string[] }) {
  const allowed = new Set<string>();
  for (const entry of [options.publicUrl, ...options.allowedOrigins]) {
    const origin = entry ? originOf(entry) : null;
    if (origin) allowed.add(origin);
  }

  /** True when a socket opened from `origin`, sent to `host`, may proceed. */
  return function isAllowedOrigin(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) return true;
    const normalised = originOf(origin);
    if (!normalised) return false; // "null" (a sandboxed frame, a file) or garbage
    if (allowed.has(normalised)) return true;
    return host !== undefined && sameHost(new URL(normalised), host);
  };
}

/** The origin names the host the request went to (a port in Host must match; none means the default). */
function sameHost(origin: URL, host: string): boolean {
  let target: URL;
  try {
    target = new URL(`${origin.protocol}//${host}`);
  } catch {
    return false;
  }
  return target.hostname === origin.hostname && target.port === origin.port;
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}
