import { FINAL_CLOSE_CODES } from '@visiebord/shared/protocol';
import { backoffDelay } from '../../lib/backoff';

export type LiveSocketStatus = 'connecting' | 'open' | 'closed';

export type LiveSocket = {
  /** Skip the wait (the browser says the network is back). */
  reconnectNow: () => void;
  close: () => void;
};

/**
 * The phone's `/live` socket: reconnects with jittered backoff after every drop, except when the
 * server closed with a final code (bad token, workshop gone) — retrying cannot help then.
 */
export function connectLive(options: {
  url: string;
  onMessage: (data: unknown) => void;
  onStatus: (status: LiveSocketStatus) => void;
  onFinal: (code: number) => void;
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
    if (attempts === 0 && !everOpened) options.onStatus('connecting');
    let ws: WebSocket;
    try {
      ws = new WebSocket(options.url);
    } catch {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      everOpened = true;
      options.onStatus('open');
    };
    ws.onmessage = (event) => options.onMessage(event.data);
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      if (closed) return;
      if (FINAL_CLOSE_CODES.includes(event.code)) {
        closed = true;
        options.onFinal(event.code);
        return;
      }
      options.onStatus('closed');
      scheduleReconnect();
    };
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
