import { WebSocket } from 'ws';

/**
 * A socket that stops reading must not hold up the room or fill the server's memory:
 * past this much unsent data it is dropped, and its client reconnects and resyncs.
 */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export function sendOrDrop(ws: WebSocket, data: Uint8Array | string): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.terminate();
    return;
  }
  ws.send(data);
}
