import type { FastifyInstance } from 'fastify';

/**
 * Everything Visiebord shows comes from this server: no third-party hosts, no inline scripts.
 * Notes are text, and even if one slipped into the page as markup it could run nothing.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A Host header we are willing to repeat in a header: a name or address and a port, nothing else. */
const PLAIN_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * Websockets only to the host the page came from. Older Safari does not let `'self'` cover ws:
 * and wss:, and the bare schemes would let a page talk to any socket on the internet, so the host
 * is named. When Host looks odd, only `'self'` is allowed.
 */
function connectSources(host: string | undefined): string {
  if (!host || !PLAIN_HOST.test(host)) return "connect-src 'self'";
  return `connect-src 'self' ws://${host} wss://${host}`;
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  // Browsers ignore HSTS over plain http; it only pins an https deployment to https.
  const https = app.config.publicUrl?.startsWith('https://') ?? false;
  app.addHook('onSend', async (request, reply) => {
    reply.header('Content-Security-Policy', `${POLICY}; ${connectSources(request.headers.host)}`);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    // Links out of Visiebord never carry a workshop address along.
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (https) reply.header('Strict-Transport-Security', 'max-age=15552000');
  });
}
