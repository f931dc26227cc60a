import { postIntent } from '../../lib/api';
import { decodeLiveMessage } from '@visiebord/shared/protocol';
import { applyAcknowledged, applyAnswerAcknowledged, applyLiveMessage, type PhoneStore } from '../../state/phoneStore';
import { liveUrl, takeEarlyLive } from './earlyLive';
import { connectLive } from './liveSocket';
import type { Outbox } from './outbox';
import { createOutboxDriver } from './outboxDriver';
import { saveSession, type PhoneSession } from './phoneSession';
import { saveOutbox } from './phoneStorage';

// Requests that hang (wifi gone mid-request) count as lost after this long; the entry is then retried.
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Wires one phone session: the live socket into the store, the outbox driver to the intents API,
 * browser online/offline events to both. Screens change the outbox through `state/phoneActions`;
 * a new entry there wakes the driver. Returns a stop function.
 */
export function startPhoneConnection(options: {
  store: PhoneStore;
  session: PhoneSession;
  code: string;
  onUnauthorized: () => void;
}): () => void {
  const { store, session, code } = options;
  const setOutbox = (outbox: Outbox) => store.setState({ outbox });

  const stopPersisting = store.subscribe((state, previous) => {
    if (state.outbox === previous.outbox) return;
    saveOutbox(code, state.outbox);
    if (hasNewEntry(previous.outbox, state.outbox)) driver.kick();
  });

  const driver = createOutboxDriver({
    read: () => store.getState().outbox,
    write: setOutbox,
    send: (body) => postIntent(session.workshopId, session.participantToken, body, AbortSignal.timeout?.(REQUEST_TIMEOUT_MS)),
    acknowledged: (sent, answer) => {
      store.setState((s) => ({ own: applyAcknowledged(s.own, sent, answer), ...applyAnswerAcknowledged(s, sent) }));
      if (sent.type === 'profile.rename') {
        // The new name also survives a reload (and a rejoin after a lost token).
        const name = answer.name ?? sent.name;
        store.setState({ name });
        saveSession(code, { ...session, name });
      }
    },
    unauthorized: options.onUnauthorized,
  });

  const live = connectLive({
    url: liveUrl(session),
    // A phone that joined before may have its socket open already, opened by the page itself.
    adopt: takeEarlyLive,
    onMessage: (data) => {
      const message = decodeLiveMessage(data);
      if (message) store.setState((s) => applyLiveMessage(s, message));
    },
    onStatus: (status) => {
      store.setState({ live: status });
      // A socket that opens means the server is reachable: send what waited.
      if (status === 'open') driver.kick();
    },
    onFinal: (closeCode) => {
      if (closeCode === 4401) options.onUnauthorized();
      else store.setState({ live: 'gone' });
    },
  });

  const onOnline = () => {
    store.setState({ browserOnline: true });
    live.reconnectNow();
    driver.kick();
  };
  const onOffline = () => store.setState({ browserOnline: false });
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  driver.kick();

  return () => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    live.close();
    driver.stop();
    stopPersisting();
  };
}

/** Entries the person just made (or fixed) have ids the outbox did not hold before. */
function hasNewEntry(before: Outbox, after: Outbox): boolean {
  const known = new Set(before.entries.map((e) => e.id));
  return after.entries.some((e) => !known.has(e.id));
}
