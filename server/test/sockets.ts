import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { LiveMessage, PhoneNote, PhoneStep } from '@visiebord/shared/projection';

/** A facilitator or beamer: the stock y-websocket provider over a real socket. */
export function connectDoc(wsUrl: string, workshopId: string, key: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsUrl}/sync`, workshopId, doc, {
    params: { token: key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.once('sync', () => resolve());
  });
  return { doc, provider, synced, close: () => provider.destroy() };
}

/** A phone's live socket, collecting what the server pushes into the phone's picture of the room. */
export function connectPhone(wsUrl: string, workshopId: string, token: string) {
  const ws = new WebSocket(`${wsUrl}/live/${workshopId}?token=${encodeURIComponent(token)}`);
  const state = {
    messages: [] as LiveMessage[],
    raw: [] as string[],
    step: null as PhoneStep | null,
    notes: new Map<string, PhoneNote>(),
    own: new Map<string, PhoneNote>(),
    closeCode: 0,
  };
  ws.on('message', (data) => {
    const text = data.toString();
    state.raw.push(text);
    const message = JSON.parse(text) as LiveMessage;
    state.messages.push(message);
    if (message.t === 'step') state.step = message.step;
    if (message.t === 'notes' || message.t === 'own') {
      const target = message.t === 'notes' ? state.notes : state.own;
      if (message.reset) target.clear();
      for (const note of message.upsert) target.set(note.id, note);
      for (const id of message.remove) target.delete(id);
    }
  });
  const closed = new Promise<number>((resolve) =>
    ws.on('close', (code) => {
      state.closeCode = code;
      resolve(code);
    }),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, state, opened, closed, close: () => ws.close() };
}
