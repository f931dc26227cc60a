import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createWorkshop, goToPromptStep, join } from './visiebordApi.ts';

/** Chrome DevTools' "Slow 4G" preset (what DevTools called "Fast 3G" before). */
export const SLOW_4G = { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 } as const;

export type ColdLoad = {
  /** Stored credentials (a phone that joined before): navigation → prompt's note field visible. */
  storedMs: number;
  /** A first visit: navigation → name form visible. */
  formMs: number;
  /** A first visit: navigation → name form → join → prompt's note field visible. */
  formToPromptMs: number;
  transferredBytes: number;
};

async function throttle(page: Page): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
  return () => bytes;
}

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
    await stored.addInitScript(([key, value]) => localStorage.setItem(key, value), [`visiebord:phone:${workshop.joinCode}`, JSON.stringify(session)] as const);
    const storedPage = await stored.newPage();
    const storedBytes = await throttle(storedPage);
    let started = performance.now();
    await storedPage.goto(`${url}/j/${workshop.joinCode}`, { timeout: 60_000 });
    await storedPage.getByTestId('note-input').first().waitFor({ state: 'visible', timeout: 60_000 });
    const storedMs = performance.now() - started;
    const transferredBytes = storedBytes();
    await stored.close();

    const fresh = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
    const freshPage = await fresh.newPage();
    await throttle(freshPage);
    started = performance.now();
    await freshPage.goto(`${url}/j/${workshop.joinCode}`, { timeout: 60_000 });
    await freshPage.getByTestId('name-input').waitFor({ state: 'visible', timeout: 60_000 });
    const formMs = performance.now() - started;
    await freshPage.getByTestId('name-input').fill('Nieuw');
    await freshPage.getByTestId('join-submit').click();
    await freshPage.getByTestId('note-input').first().waitFor({ state: 'visible', timeout: 60_000 });
    const formToPromptMs = performance.now() - started;
    await fresh.close();
    return { storedMs, formMs, formToPromptMs, transferredBytes };
  } finally {
    await browser.close();
  }
}
