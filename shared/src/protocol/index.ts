/**
 * What travels over websockets besides the y-websocket protocol.
 * Close codes follow Hocuspocus's pattern: 44xx mirror HTTP statuses.
 */
export const CLOSE = {
  unauthorized: { code: 4401, reason: 'unauthorized' },
  forbidden: { code: 4403, reason: 'forbidden' },
  notFound: { code: 4404, reason: 'not found' },
  deleted: { code: 4410, reason: 'workshop deleted' },
  tooLarge: { code: 4413, reason: 'message too large' },
  rateLimited: { code: 4429, reason: 'too many messages' },
  storageFailed: { code: 4503, reason: 'storage failed, reconnect' },
  shuttingDown: { code: 1001, reason: 'server restarting' },
  /** The page that opened the socket is not one of ours (cross-site websocket hijacking). */
  originNotAllowed: { code: 4403, reason: 'origin not allowed' },
  /**
   * Too many messages on one socket. In the 45xx "try again later" range, so the stock
   * y-websocket client (which stops on 4400–4499) backs off and reconnects.
   */
  slowDown: { code: 4529, reason: 'too many messages, reconnect later' },
} as const;

/** Close codes after which a client should stop reconnecting: retrying cannot help. */
export const FINAL_CLOSE_CODES: readonly number[] = [CLOSE.unauthorized.code, CLOSE.forbidden.code, CLOSE.notFound.code, CLOSE.deleted.code];

/** Websocket paths: `/sync/:id` speaks y-websocket (facilitator, beamer); `/live/:id` pushes phone views. */
export const SYNC_PATH = '/sync';
export const LIVE_PATH = '/live';
export * from './presence.ts';
export * from './live.ts';
