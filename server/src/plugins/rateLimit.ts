import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '@visiebord/shared/api';
import { bearerToken, hashSecret } from '../auth/secrets.ts';
import type { Limits } from '../config.ts';
import { createTokenBuckets } from '../limits/tokenBucket.ts';

/** Paths no limit applies to: load balancers and monitors poll them. */
const UNLIMITED = new Set(['/healthz']);

/** Answers 429 with a Retry-After the client can follow. */
export function tooMany(reply: FastifyReply, waitSeconds: number, code: 'rate_limited' | 'join_rate_limited' = 'rate_limited'): never {
  reply.header('Retry-After', String(Math.max(1, Math.ceil(waitSeconds))));
  throw new AppError(code);
}

/**
 * HTTP rate limits that fit a school: 300 colleagues share one IP address, so a request with a
 * bearer token (a participant or facilitator) counts against that token, with a generous per-IP
 * backstop against made-up tokens; a request without one counts against its IP address.
 *
 * Addresses and tokens live only in memory, in buckets forgotten minutes after they fill up again
 * (tokens only as hashes); nothing of it is logged or stored (docs/privacy.md).
 */
export function registerRateLimit(app: FastifyInstance, limits: Limits): void {
  const perIp = createTokenBuckets({ burst: limits.ipBurst, perSecond: limits.ipPerSecond });
  const perToken = createTokenBuckets({ burst: limits.tokenBurst, perSecond: limits.tokenPerSecond });
  const perIpWithToken = createTokenBuckets({ burst: limits.ipTokenBurst, perSecond: limits.ipTokenPerSecond });

  app.addHook('onRequest', async (request, reply) => {
    if (UNLIMITED.has(request.url.split('?')[0] ?? '')) return;
    const token = bearerToken(request.headers.authorization);
    if (token) {
      const wait = Math.max(perIpWithToken.take(request.ip), perToken.take(hashSecret(token)));
      if (wait > 0) tooMany(reply, wait);
      return;
    }
    const wait = perIp.take(request.ip);
    if (wait > 0) tooMany(reply, wait);
  });
}
