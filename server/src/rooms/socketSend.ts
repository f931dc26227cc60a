import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';
import { frameOf } from './websocketFrame.ts';

/**
 * A socket that stops reading must not hold up the room or fill the server's memory:
 * past this much unsent data it is dropped, and its client reconnects and resyncs.
 */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** The TCP stream under each websocket that speaks plain frames, known from the upgrade (see `adoptStream`). */
const plainStreams = new WeakMap<WebSocket, Duplex>();

/**
 * Remembers the stream a websocket was upgraded on, so a message framed once can be written to it
 * directly. The prepared frames are plain: a socket that negotiated an extension (compression) is
 * not adopted, and neither are sockets of tests that build rooms by hand. Those are sent to the
 * ordinary way. Extensions are settled in the handshake, so this is known once and for all here.
 */
export function adoptStream(ws: WebSocket, stream: Duplex): void {
  if (ws.extensions === '') plainStreams.set(ws, stream);
}

/**
 * One message for many sockets, framed once. A room sends the same bytes to hundreds of beamers or
 * phones; framing (and, for text, encoding) them per socket is work done a thousand times over.
 *
 * Why our own frame and not `ws.send(payload)` per socket: encoded once and framed by `ws` per
 * socket, the send loop cost about a fifth more CPU (13 against 11 µs a socket at 500 sockets,
 * 15 against 12.5 at 1,000), and `ws` offers no public way to frame once (`Sender.frame` is
 * internal and untyped).
 */
export type SharedMessage = { readonly data: Uint8Array | string; readonly frame: Buffer };

export function shareMessage(data: Uint8Array | string): SharedMessage {
  const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return { data, frame: frameOf(payload, typeof data === 'string' ? 'text' : 'binary') };
}

function mayDrop(ws: WebSocket): boolean {
  if (ws.readyState !== WebSocket.OPEN) return true;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.terminate();
    return true;
  }
  return false;
}

export function sendOrDrop(ws: WebSocket, data: Uint8Array | string | SharedMessage): void {
  if (mayDrop(ws)) return;
  if (typeof data === 'string' || data instanceof Uint8Array) {
    ws.send(data);
    return;
  }
  const stream = plainStreams.get(ws);
  // ws writes its own frames synchronously and in call order (it queues only while compressing or
  // reading a Blob, neither of which Visiebord does), so frames written here never interleave.
  if (stream?.writable) stream.write(data.frame);
  else ws.send(data.data);
}
