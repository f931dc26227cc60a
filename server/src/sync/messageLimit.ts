import type { WebSocket } from 'ws';
import { CLOSE } from '@visiebord/shared/protocol';

/**
 * Bounds the messages one socket may send: a burst (a facilitator dragging a cluster, a reconnect
 * resync) is fine, a flood is not. Over the limit the socket is closed with `CLOSE.slowDown`, a
 * code after which clients back off and reconnect, and nothing more it sends is handled.
 *
 * Registered before the room's own handler, so the room never sees what comes after the limit.
 */
export function limitMessages(ws: WebSocket, options: { burst: number; perSecond: number; now?: () => number }): void {
  const now = options.now ?? Date.now;
  let tokens = options.burst;
  let at = now();
  ws.prependListener('message', () => {
    const t = now();
    tokens = Math.min(options.burst, tokens + ((t - at) / 1000) * options.perSecond);
    at = t;
    tokens -= 1;
    if (tokens >= 0) return;
    // Emitters copy their listener list per event, so this message still reaches the room;
    // none after it does.
    ws.removeAllListeners('message');
    ws.on('message', () => undefined);
    ws.close(CLOSE.slowDown.code, CLOSE.slowDown.reason);
  });
}
