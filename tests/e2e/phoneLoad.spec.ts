import { expect, test } from '@playwright/test';
import { PhoneUser, WorkshopApi } from './phoneFixtures.ts';

/**
 * How the phone page loads on a slow connection: every file named in the page itself, the live
 * socket of a phone that joined before opened before the app has arrived, and the question shown
 * as soon as a join answers.
 */

const UNWANTED = /\/(ConsolePage|BeamerPage|LandingPage|yjs|zod|qrcode|useServerClock)-[^/]+$/;

test('the phone page names every file the phone loads, and only the phone page does', async ({ browser, request }) => {
  const workshop = await WorkshopApi.create(request, 'visie-kort');
  await workshop.goTo('gedeelde-visie');
  const html = await (await request.get(`/j/${workshop.joinCode}`)).text();
  const named = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  expect(named.filter((file) => /\/PhonePage-[^/]+\.(js|css)$/.test(file))).toHaveLength(2);
  expect(html).toMatch(/<script type="module" async[^>]* src="\/assets\/boot-[^"]+\.js"><\/script>/);
  for (const file of named) expect((await request.get(file)).status(), file).toBe(200);
  expect(named.filter((file) => UNWANTED.test(file))).toEqual([]);
  for (const path of ['/', `/f/${workshop.id}`, `/b/${workshop.id}`, '/j']) {
    expect(await (await request.get(path)).text(), path).not.toContain('PhonePage-');
  }

  const phone = await PhoneUser.open(browser, 'fresh');
  const loaded: string[] = [];
  phone.page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/assets/')) loaded.push(path);
  });
  await phone.join(workshop.joinCode, 'Anna');
  await expect(phone.page.getByTestId('note-input').first()).toBeVisible();
  // Nothing found late (each late file is a round trip on Slow 4G), nothing of other surfaces.
  expect(loaded.filter((file) => !named.includes(file))).toEqual([]);
  expect(loaded.filter((file) => UNWANTED.test(file))).toEqual([]);
  await phone.context.close();
});

test('a phone that joined before opens its live socket while the app still loads, and keeps using it', async ({ browser, request }) => {
  const workshop = await WorkshopApi.create(request, 'visie-kort');
  await workshop.goTo('gedeelde-visie');
  const phone = await PhoneUser.open(browser, 'returning');
  await phone.join(workshop.joinCode, 'Bram');
  await expect(phone.page.getByTestId('note-input').first()).toBeVisible();

  // The app's entry (React) held back: the socket must open without it.
  let appServed = false;
  await phone.page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    appServed = true;
    await route.continue();
  });
  const sockets: string[] = [];
  phone.page.on('websocket', (ws) => sockets.push(ws.url()));
  const openedBeforeApp = phone.page.waitForEvent('websocket').then(() => !appServed);
  await phone.page.reload();
  expect(await openedBeforeApp).toBe(true);
  await expect(phone.page.getByTestId('note-input').first()).toBeVisible();

  // The app took that socket over: no second one, and the workshop still reaches the phone on it.
  await workshop.goTo('welkom');
  await phone.waitForStep('info');
  await workshop.goTo('gedeelde-visie');
  await phone.waitForStep('prompt');
  await phone.post('Samen opleiden is teamsport', 0);
  await expect(phone.page.locator('[data-testid="own-note"][data-state="sent"]')).toHaveCount(1);
  const result = await workshop.workshop();
  expect(result.canvases.flatMap((c) => c.notes.map((n) => n.text))).toEqual(['Samen opleiden is teamsport']);
  expect(sockets.filter((url) => url.includes('/live/'))).toHaveLength(1);
  await phone.context.close();
});

test('a new phone shows the question as soon as its join is answered, before its socket says anything', async ({ browser, request }) => {
  const workshop = await WorkshopApi.create(request, 'visie-kort');
  await workshop.goTo('gedeelde-visie');
  const phone = await PhoneUser.open(browser, 'silent-socket');
  // A socket that connects but never hears from the server (a weak network, say).
  await phone.page.routeWebSocket(/\/live\//, () => undefined);
  await phone.join(workshop.joinCode, 'Chris');
  await phone.waitForStep('prompt');
  await expect(phone.page.getByTestId('note-input')).toHaveCount(4);
  await phone.context.close();
});
