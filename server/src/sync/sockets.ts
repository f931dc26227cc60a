import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { WebSocketServer, type WebSocket } from 'ws';
import { readMeta, readParticipantName } from '@visiebord/shared/doc';
import { CLOSE, LIVE_PATH, SYNC_PATH } from '@visiebord/shared/protocol';
import { adoptStream } from '../rooms/socketSend.ts';
import { authorizeSocket, type SocketAccess } from './authorizeSocket.ts';
import { limitMessages } from './messageLimit.ts';
import { createOriginCheck } from './origin.ts';

/** Largest message a facilitator may send: a full resync of a big workshop fits easily. */
const SYNC_MAX_PAYLOAD = 16 * 1024 * 1024;
/** Phones send nothing on their socket. */
const LIVE_MAX_PAYLOAD = 4 * 1024;
/** Phones have nothing to say on `/live`: a handful of messages is already odd. */
const LIVE_MESSAGE_LIMIT = { burst: 20, perSecond: 2 };
/** Sockets that do not answer a ping within this time are dropped, so presence stays true. */
const HEARTBEAT_MS = 30_000;

const SOCKET_PATH = new RegExp(`^(${SYNC_PATH}|${LIVE_PATH})/([A-Za-z0-9-]{1,64})$`);

/**
 * Websockets: `/sync/:id` (y-websocket, facilitator and beamer keys) and `/live/:id` (phones).
 * Authorisation is decided before the socket does anything; a refused socket gets nothing but
 * a close code that tells its client not to retry.
 */
export function registerSockets(app: FastifyInstance): void {
  const syncServer = new WebSocketServer({ noServer: true, maxPayload: SYNC_MAX_PAYLOAD });
  const liveServer = new WebSocketServer({ noServer: true, maxPayload: LIVE_MAX_PAYLOAD });
  const alive = new WeakSet<WebSocket>();
  const isAllowedOrigin = createOriginCheck(app.config);
  const syncMessageLimit = { burst: app.config.limits.socketBurst, perSecond: app.config.limits.socketPerSecond };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    upgrade(req, socket, head).catch((error: unknown) => {
      app.log.warn({ err: error }, 'websocket upgrade failed');
      socket.destroy();
    });
  };

  const upgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = SOCKET_PATH.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const kind = match[1] === SYNC_PATH ? 'sync' : 'live';
    const workshopId = match[2] ?? '';
    let access: SocketAccess;
    if (isAllowedOrigin(req.headers.origin, req.headers.host)) {
      access = await authorizeSocket(app, kind, workshopId, url.searchParams.get('token') ?? '');
    } else {
      app.log.warn({ origin: req.headers.origin }, 'websocket from another site refused; list it in ALLOWED_ORIGINS if it is yours');
      access = { ok: false, close: CLOSE.originNotAllowed };
    }
    const server = kind === 'sync' ? syncServer : liveServer;
    const room = access.ok ? await app.rooms.get(workshopId) : undefined;
    if (socket.destroyed) return;
    server.handleUpgrade(req, socket, head, (ws) => {
      if (!access.ok) {
        ws.close(access.close.code, access.close.reason);
        return;
      }
      if (!room || room.isFailed) {
        ws.close(CLOSE.notFound.code, CLOSE.notFound.reason);
        return;
      }
      adoptStream(ws, socket);
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      ws.on('error', () => ws.terminate());
      ws.on('close', () => app.rooms.released(room));
      limitMessages(ws, access.role === 'participant' ? LIVE_MESSAGE_LIMIT : syncMessageLimit);
      if (access.role === 'participant') {
        const name = readParticipantName(room.doc, access.participantId);
        room.live.add(ws, { id: access.participantId, name }, readMeta(room.doc).title);
      } else {
        room.sync.add(ws, { readOnly: access.role === 'beamer' });
      }
    });
  };

  const heartbeat = setInterval(() => {
    for (const ws of [...syncServer.clients, ...liveServer.clients]) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  app.server.on('upgrade', onUpgrade);
  app.addHook('preClose', (done) => {
    clearInterval(heartbeat);
    app.server.off('upgrade', onUpgrade);
    for (const ws of [...syncServer.clients, ...liveServer.clients]) ws.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason);
    done();
  });
  app.addHook('onClose', (_app, done) => {
    syncServer.close();
    liveServer.close();
    done();
  });
}
