import { createTokenBuckets, type TokenBuckets } from './tokenBucket.ts';

/** How many times more wrong codes the whole server tolerates than one address. */
const GLOBAL_FACTOR = 50;

export type JoinGuard = {
  /** Seconds this address must wait before it may try a code (0: go ahead). */
  waitFor(ip: string): number;
  /** Counts a wrong code against the address and against everyone. */
  failed(ip: string): void;
};

/**
 * Slows down guessing join codes. Every wrong code costs a token, per address and for the whole
 * server; an address that keeps guessing owes more and more waiting, up to burst/perSecond. Only
 * wrong codes count, so three hundred colleagues joining from one school address never wait; a few
 * typos among them cost nothing noticeable.
 *
 * With 31⁶ codes and the defaults (20 at once, then one per two seconds) a guesser needs years for
 * an even chance at one of a hundred open workshops.
 */
export function createJoinGuard(options: { burst: number; perSecond: number; now?: () => number }): JoinGuard {
  const perAddress: TokenBuckets = createTokenBuckets(options);
  const everyone: TokenBuckets = createTokenBuckets({
    burst: options.burst * GLOBAL_FACTOR,
    perSecond: options.perSecond * GLOBAL_FACTOR,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    waitFor: (ip) => Math.max(perAddress.waitFor(ip), everyone.waitFor('*')),
    failed(ip) {
      perAddress.charge(ip);
      everyone.charge('*');
    },
  };
}
