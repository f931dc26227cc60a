import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createWorkshop, goToPromptStep, join } from './visiebordApi.ts';

/** Chrome DevTools' "Slow 4G" preset (what DevTools called "Fast 3G" before). */
export const SLOW_4G = { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 } as const;

/** One request of a cold load, in milliseconds from the start of the navigation. */
export type WaterfallEntry = { url: string; start: number; response?: number; end?: number; bytes?: number };

/**
 * Times are taken in the page, from the start of its navigation to the frame that first shows the
 * element (Playwright's own waiting polls every 500 ms after a while, too coarse for this).
 */
export type ColdLoad = {
  /** Stored credentials (a phone that joined before): navigation → prompt's note field visible. */
  storedMs: number;
  /** A first visit: navigation → name form visible. */
  formMs: number;
  /** A first visit: navigation → name form → join (the name typed at once) → prompt's note field visible. */
  formToPromptMs: number;
  transferredBytes: number;
  /** Each request of the stored-session and the first-visit load, to see where the time goes. */
  waterfalls: { stored: WaterfallEntry[]; firstVisit: WaterfallEntry[] };
};

type Recorder = { bytes: () => number; waterfall: () => WaterfallEntry[] };

/** Slow 4G on a page, and a record of its requests (websockets too: handshake, then first frame). */
async function throttle(page: Page): Promise<Recorder> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  let bytes = 0;
  // CDP timestamps are seconds on the browser's monotonic clock; the first request is the navigation.
  let origin: number | undefined;
  const entries = new Map<string, WaterfallEntry>();
  const at = (timestamp: number) => Math.round((timestamp - (origin ??= timestamp)) * 1000);
  const path = (url: string) => url.replace(/^\w+:\/\/[^/]+/, '').replace(/token=[^&]+/, 'token=…');
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; timestamp: number; request: { url: string } }) => {
    entries.set(event.requestId, { url: path(event.request.url), start: at(event.timestamp) });
  });
  cdp.on('Network.responseReceived', (event: { requestId: string; timestamp: number }) => {
    const entry = entries.get(event.requestId);
    if (entry) entry.response = at(event.timestamp);
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; timestamp: number; encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    const entry = entries.get(event.requestId);
    if (entry) Object.assign(entry, { end: at(event.timestamp), bytes: event.encodedDataLength });
  });
  cdp.on('Network.webSocketCreated', (event: { requestId: string; url: string }) => {
    entries.set(event.requestId, { url: path(event.url), start: -1 });
  });
  cdp.on('Network.webSocketWillSendHandshakeRequest', (event: { requestId: string; timestamp: number }) => {
    const entry = entries.get(event.requestId);
    if (entry) entry.start = at(event.timestamp);
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (event: { requestId: string; timestamp: number }) => {
    const entry = entries.get(event.requestId);
    if (entry) entry.response = at(event.timestamp);
  });
  cdp.on('Network.webSocketFrameReceived', (event: { requestId: string; timestamp: number }) => {
    const entry = entries.get(event.requestId);
    if (entry && entry.end === undefined) entry.end = at(event.timestamp);
  });
  return { bytes: () => bytes, waterfall: () => [...entries.values()].sort((a, b) => a.start - b.start) };
}

/** A waterfall as lines: start, response and end in ms, then the path (`ws` ends at the first frame). */
export function formatWaterfall(entries: WaterfallEntry[]): string[] {
  const cell = (n: number | undefined) => (n === undefined ? '–' : String(n)).padStart(6);
  return entries.map((e) => `${cell(e.start)} ${cell(e.response)} ${cell(e.end)}  ${e.url.length > 70 ? `${e.url.slice(0, 69)}…` : e.url}`);
}

type Seen = Record<string, number>;

/**
 * In the page: notes when each watched element first shows, at the frame that paints it. A string,
 * not a function: tsx would add its own helpers to a function's source, and the page has none.
 */
const watchElements = (testIds: string[]) => `(() => {
  const ids = ${JSON.stringify(testIds)};
  const seen = {};
  const pending = new Set();
  window.__coldLoadSeen = seen;
  const check = () => {
    for (const id of ids) {
      if (id in seen || pending.has(id)) continue;
      const element = document.querySelector('[data-testid="' + id + '"]');
      if (!element || !element.checkVisibility()) continue;
      pending.add(id);
      requestAnimationFrame(() => (seen[id] = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

/** Milliseconds from the start of the page's navigation until the element with this test id showed. */
async function shown(page: Page, testId: string): Promise<number> {
  const handle = await page.waitForFunction((id) => (window as unknown as { __coldLoadSeen?: Seen }).__coldLoadSeen?.[id], testId, {
    polling: 'raf',
    timeout: 60_000,
  });
  return Number(await handle.jsonValue());
}

const WATCHED = ['note-input', 'name-input'];

/** Cold loads of the phone page (`/j/<CODE>`) in Chromium over Slow 4G, with a fresh profile each. */
export async function runColdLoad(url: string, executablePath = '/usr/bin/chromium'): Promise<ColdLoad> {
  const workshop = await createWorkshop(url);
  await goToPromptStep(url, workshop);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 30_000,
  });
  try {
    const viewport = { width: 390, height: 844 };
    // A phone that joined earlier: its session is in localStorage, as the phone page keeps it.
    const joined = await join(url, workshop.joinCode, 'Bewaard');
    const session = { workshopId: joined.workshopId, participantId: joined.participantId, participantToken: joined.participantToken, name: 'Bewaard', title: 'Benchmark' };
    const stored = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
    await stored.addInitScript(watchElements(WATCHED));
    await stored.addInitScript(([key, value]) => localStorage.setItem(key, value), [`visiebord:phone:${workshop.joinCode}`, JSON.stringify(session)] as const);
    const storedPage = await stored.newPage();
    const storedRecord = await throttle(storedPage);
    await storedPage.goto(`${url}/j/${workshop.joinCode}`, { timeout: 60_000, waitUntil: 'commit' });
    const storedMs = await shown(storedPage, 'note-input');
    const transferredBytes = storedRecord.bytes();
    const storedWaterfall = storedRecord.waterfall();
    await stored.close();

    const fresh = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
    await fresh.addInitScript(watchElements(WATCHED));
    const freshPage = await fresh.newPage();
    const freshRecord = await throttle(freshPage);
    await freshPage.goto(`${url}/j/${workshop.joinCode}`, { timeout: 60_000, waitUntil: 'commit' });
    const formMs = await shown(freshPage, 'name-input');
    await freshPage.getByTestId('name-input').fill('Nieuw');
    await freshPage.getByTestId('join-submit').click();
    const formToPromptMs = await shown(freshPage, 'note-input');
    const freshWaterfall = freshRecord.waterfall();
    await fresh.close();
    return { storedMs, formMs, formToPromptMs, transferredBytes, waterfalls: { stored: storedWaterfall, firstVisit: freshWaterfall } };
  } finally {
    await browser.close();
  }
}
