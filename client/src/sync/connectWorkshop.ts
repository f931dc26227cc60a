import { CLOSE, FINAL_CLOSE_CODES, findPresence, SYNC_PATH } from '@visiebord/shared/protocol';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { websocketBase } from '../lib/location';
import type { WorkshopStore } from '../state/workshopStore';
import { bindDoc } from './bindDoc';

/**
 * Syncs a workshop document with the server over y-websocket (`/sync/<id>?token=<key>`) and
 * reports the connection in the store. The beamer uses the same path: the server ignores its
 * updates. Returns a function that disconnects and unbinds.
 */
export function connectWorkshop(options: { doc: Y.Doc; workshopId: string; key: string; store: WorkshopStore }): () => void {
  const { doc, workshopId, key, store } = options;
  const unbind = bindDoc(doc, store);
  const provider = new WebsocketProvider(websocketBase() + SYNC_PATH, workshopId, doc, {
    params: { token: key },
    // Facilitator and beamer in two tabs of one browser must each talk to the server: the
    // beamer's read-only status is the server's to enforce, not a side channel's to bypass.
    disableBc: true,
    maxBackoffTime: 10_000,
    shouldReconnect: (event) => !FINAL_CLOSE_CODES.includes(event.code),
  });
  provider.on('status', ({ status }) => {
    if (store.getState().status === 'unauthorized' || store.getState().status === 'gone') return;
    store.setState({ status });
  });
  provider.on('sync', (synced) => {
    if (synced) store.setState({ synced: true });
  });
  // The server shares the room's presence as its own awareness state.
  const onAwareness = () => {
    store.setState({ presence: findPresence(provider.awareness.getStates() as Map<number, Record<string, unknown>>) });
  };
  provider.awareness.on('change', onAwareness);
  provider.on('closed', ({ code }) => {
    const refused = code === CLOSE.unauthorized.code || code === CLOSE.forbidden.code;
    store.setState({ status: refused ? 'unauthorized' : 'gone' });
  });
  return () => {
    provider.awareness.off('change', onAwareness);
    provider.destroy();
    unbind();
  };
}
