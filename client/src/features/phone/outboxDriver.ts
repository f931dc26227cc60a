import type { IntentResult } from '@visiebord/shared/api';
import { ApiError } from '../../lib/api';
import { backoffDelay } from '../../lib/backoff';
import { markFailed, markRetry, markSending, markSent, nextToSend, requestFor, type IntentBody, type Outbox } from './outbox';
import { apiErrorText } from '../../i18n/errors';

export type OutboxDriverDeps = {
  read: () => Outbox;
  write: (outbox: Outbox) => void;
  send: (body: IntentBody) => Promise<IntentResult>;
  /** Called after the server acknowledged an entry: what was sent and what came back. */
  acknowledged: (sent: IntentBody, answer: IntentResult) => void;
  /** The token is no longer valid: the page joins again, then kicks the driver. */
  unauthorized: () => void;
  random?: () => number;
};

export type OutboxDriver = {
  /** Try now (the network is back, a note was queued); resets the backoff. */
  kick: () => void;
  stop: () => void;
};

/**
 * Drains the outbox: one entry at a time, in order. Temporary trouble (no network, 429, 5xx)
 * keeps the entry and retries with jittered backoff up to ~15 s; a refusal marks it failed and
 * moves on; a 401 pauses everything until the page has joined again.
 */
export function createOutboxDriver(deps: OutboxDriverDeps): OutboxDriver {
  let running = false;
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void drain(), backoffDelay(failures, { random: deps.random }));
  };

  async function drain(): Promise<void> {
    if (running || stopped) return;
    running = true;
    try {
      for (;;) {
        if (stopped) return;
        const outbox = deps.read();
        const entry = nextToSend(outbox);
        if (!entry) return;
        const body = requestFor(outbox, entry);
        deps.write(markSending(outbox, entry.id));
        try {
          const answer = await deps.send(body);
          failures = 0;
          deps.write(markSent(deps.read(), entry.id, answer));
          deps.acknowledged(body, answer);
        } catch (error) {
          const apiError = error instanceof ApiError ? error : new ApiError(0, 'network', 'Geen verbinding.');
          if (apiError.status === 401) {
            deps.write(markRetry(deps.read(), entry.id));
            deps.unauthorized();
            return;
          }
          if (apiError.retryable) {
            deps.write(markRetry(deps.read(), entry.id));
            failures++;
            schedule();
            return;
          }
          // Kept as the person reads it, in the workshop's language.
          deps.write(markFailed(deps.read(), entry.id, apiErrorText(apiError)));
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    kick() {
      if (stopped) return;
      failures = 0;
      clearTimeout(timer);
      void drain();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
