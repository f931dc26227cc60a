import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { adoptStream, sendOrDrop, shareMessage } from './socketSend.ts';

type Received = { data: Buffer; isBinary: boolean };

/** A ws server on loopback whose sockets are adopted as the Visiebord server adopts them. */
async function serverWithClients(count: number, options: { compress: boolean }) {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: options.compress });
  const http: Server = createServer();
  const serverSockets: WebSocket[] = [];
  http.on('upgrade', (req, stream, head) =>
    wss.handleUpgrade(req, stream, head, (ws) => {
      adoptStream(ws, stream);
      serverSockets.push(ws);
    }),
  );
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  const received: Received[][] = [];
  const clients = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: options.compress });
      received[i] = [];
      client.on('message', (data: Buffer, isBinary: boolean) => received[i]?.push({ data, isBinary }));
      await once(client, 'open');
      return client;
    }),
  );
  while (serverSockets.length < count) await new Promise((r) => setTimeout(r, 5));
  const close = async () => {
    for (const client of clients) client.terminate();
    wss.close();
    await new Promise((r) => http.close(r));
  };
  return { serverSockets, received, close };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe('shared messages, framed once', () => {
  // Lengths on both sides of the 7-bit, 16-bit and 64-bit length encodings of RFC 6455.
  const sizes = [0, 1, 125, 126, 127, 65_535, 65_536, 200_000];

  it.each([false, true])('reach every socket intact, binary and text, in order (compression offered: %s)', async (compress) => {
    const room = await serverWithClients(3, { compress });
    cleanup = room.close;
    const sent: Received[] = [];
    for (const size of sizes) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 31 + size) % 256);
      const text = 'Samen opleiden — één visie! '.repeat(Math.ceil(size / 28)).slice(0, size);
      for (const message of [bytes, text]) {
        const shared = shareMessage(message);
        for (const ws of room.serverSockets) sendOrDrop(ws, shared);
        sent.push({ data: Buffer.from(typeof message === 'string' ? Buffer.from(message) : message), isBinary: typeof message !== 'string' });
      }
      // A message sent the ordinary way between shared ones keeps its place.
      for (const ws of room.serverSockets) sendOrDrop(ws, `gewoon ${size}`);
      sent.push({ data: Buffer.from(`gewoon ${size}`), isBinary: false });
    }
    await until(() => room.received.every((list) => list.length >= sent.length));
    for (const list of room.received) {
      expect(list.map((m) => m.isBinary)).toEqual(sent.map((m) => m.isBinary));
      list.forEach((message, i) => expect(message.data.equals(sent[i]?.data as Buffer)).toBe(true));
    }
  });

  it('are not written to a socket that is closing', async () => {
    const room = await serverWithClients(2, { compress: false });
    cleanup = room.close;
    const [closing, open] = room.serverSockets as [WebSocket, WebSocket];
    closing.close(1000, 'klaar');
    const shared = shareMessage('na het sluiten');
    sendOrDrop(closing, shared);
    sendOrDrop(open, shared);
    await until(() => (room.received[1]?.length ?? 0) > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(room.received[0]).toEqual([]);
    expect(room.received[1]?.map((m) => m.data.toString())).toEqual(['na het sluiten']);
  });
});
