/**
 * A peer Yjs server for the shared fan-out workload, run as its own process by the bench:
 * `node --import tsx peerServer.ts hocuspocus|y-websocket-server PORT`.
 * Neither stores anything (ours does: every update goes to SQLite before it is broadcast).
 */
import { createServer } from 'node:http';
import { Server } from '@hocuspocus/server';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const [kind, portText] = process.argv.slice(2);
const port = Number(portText);
if (!Number.isInteger(port) || port <= 0) throw new Error('usage: peerServer.ts hocuspocus|y-websocket-server PORT');

if (kind === 'hocuspocus') {
  const server = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    // Readers are read-only, as our beamer is; only the token "writer" may change the document.
    async onAuthenticate({ token, connectionConfig }) {
      if (token !== 'writer') connectionConfig.readOnly = true;
    },
  });
  await server.listen();
} else if (kind === 'y-websocket-server') {
  // The reference server has no read-only mode: readers simply send no updates.
  const wss = new WebSocketServer({ noServer: true });
  const http = createServer((_req, res) => res.writeHead(200).end('ok'));
  http.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
} else {
  throw new Error(`unknown peer ${kind}`);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
console.log('peer ready');
