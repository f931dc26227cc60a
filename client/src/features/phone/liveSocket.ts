import { FINAL_CLOSE_CODES } from '@visiebord/shared/protocol';
import { backoffDelay } from '../../lib/backoff';
import type { HeldSocket } from './earlyLive';

export type LiveSocketStatus = 'connecting' | 'open' | 'closed';

export type LiveSocket = {
  /** Skip the wait (the browser says the network is back). */
  reconnectNow: () => void;
  close: () => void;
};

/**
 * The phone's `/live` socket: reconnects with jittered backoff after every drop, except when the
 * server closed with a final code (bad token, workshop gone) — retrying cannot help then.
 * `adopt` may hand over a socket for `url` opened earlier (`earlyLive.ts`): the first attempt
 * uses it, and what it saw meanwhile is replayed in order, as if it had just happened.
 */
export function connectLive(options: {
  url: string;
  onMessage: (data: unknown) => void;
  onStatus: (status: LiveSocketStatus) => void;
  onFinal: (code: number) => void;
  adopt?: (url: string) => HeldSocket | null;
}): LiveSocket {
  let socket: WebSocket | null = null;
  let attempts = 0;
  let closed = false;
  let everOpened = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = () => {
    clearTimeout(timer);
    if (closed) return;
    // Only the very first attempt reports "connecting"; later attempts stay "closed" until one
    // succeeds, so the offline banner does not flicker with every retry.
    const first = attempts === 0 && !everOpened;
    if (first) options.onStatus('connecting');
    const held = first ? (options.adopt?.(options.url) ?? null) : null;
    let ws: WebSocket;
    try {
      ws = held?.ws ?? new WebSocket(options.url);
    } catch {
      scheduleReconnect();
      return;
    }
    socket = ws;
    const opened = () => {
      attempts = 0;
      everOpened = true;
      options.onStatus('open');
    };
    const ended = (code: number) => {
      if (socket !== ws) return;
      socket = null;
      if (closed) return;
      if (FINAL_CLOSE_CODES.includes(code)) {
        closed = true;
        options.onFinal(code);
        return;
      }
      options.onStatus('closed');
      scheduleReconnect();
    };
    ws.onopen = opened;
    ws.onmessage = (event) => options.onMessage(event.data);
    ws.onclose = (event) => ended(event.code);
    if (!held) return;
    if (held.opened) opened();
    for (const data of held.messages) {
      if (socket !== ws) return;
      options.onMessage(data);
    }
    if (held.closed) ended(held.closed.code);
  };

  const scheduleReconnect = () => {
    clearTimeout(timer);
    timer = setTimeout(open, backoffDelay(attempts++, { baseMs: 500, maxMs: 15_000 }));
  };

  open();

  return {
    reconnectNow() {
      if (closed || (socket && socket.readyState <= WebSocket.OPEN)) return;
      attempts = 0;
      open();
    },
    close() {
      closed = true;
      clearTimeout(timer);
      const ws = socket;
      socket = null;
      ws?.close();
    },
  };
}
