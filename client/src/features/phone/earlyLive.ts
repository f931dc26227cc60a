import { isWellFormedJoinCode, normalizeJoinCode } from '@visiebord/shared/api';
import { LIVE_PATH } from '@visiebord/shared/protocol';
import { websocketBase } from '../../lib/location';
import { parseRoute } from '../../router';
import { loadSession, type PhoneSession } from './phoneSession';

/**
 * A phone that joined before opens its `/live` socket the moment this small module runs, while
 * React and the phone's screens are still downloading: on Slow 4G that is a round trip (over half
 * a second) sooner to the current step. `/j/<CODE>` loads this module's chunk with an `async`
 * script of its own (see client/build/phonePage.ts); elsewhere it does nothing.
 *
 * The socket is only held: it keeps what arrives, in order, until the phone's live connection
 * takes it over with `takeEarlyLive` and replays it. Nothing else ever reads it.
 */

/** A socket opened before anyone listened, and everything it has seen so far. */
export type HeldSocket = {
  ws: WebSocket;
  opened: boolean;
  /** Message data in the order it arrived. */
  messages: unknown[];
  closed: { code: number } | null;
};

// Not taken by then (the app failed to start, say): close it rather than keep a second connection.
const UNCLAIMED_MS = 60_000;

/** The phone's `/live` address for a session (the token rides in the query: sockets have no headers). */
export function liveUrl(session: Pick<PhoneSession, 'workshopId' | 'participantToken'>, base = websocketBase()): string {
  return `${base}${LIVE_PATH}/${encodeURIComponent(session.workshopId)}?token=${encodeURIComponent(session.participantToken)}`;
}

/** Keeps a socket's events until a listener takes over by setting its own `on…` handlers. */
export function holdSocket(ws: WebSocket): HeldSocket {
  const held: HeldSocket = { ws, opened: false, messages: [], closed: null };
  ws.onopen = () => (held.opened = true);
  ws.onmessage = (event: MessageEvent) => held.messages.push(event.data);
  ws.onclose = (event: CloseEvent) => (held.closed = { code: event.code });
  return held;
}

let early: { url: string; held: HeldSocket; timer: ReturnType<typeof setTimeout> } | null = null;

/** Opens and holds the live socket if `pathname` is a phone's page and this phone joined that workshop before. */
export function openEarlyLive(pathname: string): void {
  if (early) return;
  const route = parseRoute(pathname);
  if (route.name !== 'phone') return;
  const code = normalizeJoinCode(route.code);
  const session = isWellFormedJoinCode(code) ? loadSession(code) : null;
  if (!session) return;
  const url = liveUrl(session);
  let ws: WebSocket;
  try {
    ws = new WebSocket(url);
  } catch {
    return;
  }
  const held = holdSocket(ws);
  const timer = setTimeout(() => {
    if (early?.held !== held) return;
    early = null;
    closeHeld(held);
  }, UNCLAIMED_MS);
  early = { url, held, timer };
}

/**
 * The held socket, if it was opened for `url`; once only. A socket held for another address (the
 * phone joined again meanwhile) is closed.
 */
export function takeEarlyLive(url: string): HeldSocket | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  clearTimeout(taken.timer);
  if (taken.url === url) return taken.held;
  closeHeld(taken.held);
  return null;
}

function closeHeld(held: HeldSocket): void {
  held.ws.onclose = null;
  held.ws.close();
}

if (typeof location !== 'undefined' && typeof WebSocket !== 'undefined') openEarlyLive(location.pathname);
