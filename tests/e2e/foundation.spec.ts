import { expect, test } from '@playwright/test';
import { Beamer, createWorkshopOnLanding, Facilitator, Phone } from './fixtures.ts';
import type { WorkshopResponse } from '@visiebord/shared/api';

type WorkshopJson = WorkshopResponse;

test('phones post, the beamer shows every note, and an offline phone’s notes arrive exactly once', async ({ browser, request }) => {
  const facilitator = new Facilitator(await (await browser.newContext()).newPage());
  const workshop = await createWorkshopOnLanding(facilitator.page, 'visie-kort');
  expect(workshop.joinCode).toMatch(/^[A-Z2-9]{6}$/);
  await facilitator.open(workshop);

  const beamer = new Beamer(await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage());
  await beamer.open(workshop);
  await expect(beamer.page.getByTestId('beamer-join-code')).toContainText(workshop.joinCode);
  await expect(beamer.page.getByTestId('beamer-qr')).toBeVisible();

  await facilitator.nextStep();
  await expect(facilitator.currentStep()).toContainText('Het belang van een gedeelde doorleefde visie');

  const phones = await Promise.all([1, 2, 3].map(() => Phone.open(browser)));
  await phones[0]!.join(workshop.joinCode, 'Anna');
  await phones[1]!.join(workshop.joinCode, 'Bram');
  await phones[2]!.join(workshop.joinCode);
  await expect(phones[2]!.page.getByRole('heading', { name: 'Welke wedstrijd spelen wij?' })).toBeVisible();

  const texts = ['School en pabo in één team', 'Een marathon, geen sprint', 'Goed onderwijs voor élk kind'];
  await Promise.all(phones.map((phone, i) => phone.post(texts[i]!)));
  for (const phone of phones) await expect(phone.ownNotes('sent')).toHaveCount(1);
  await expect(beamer.notes()).toHaveCount(3);
  for (const text of texts) await expect(beamer.notes().filter({ hasText: text })).toHaveCount(1);
  await expect(facilitator.page.getByTestId('console-note')).toHaveCount(3);
  // Others' notes reach the phones too (the canvas is open for all).
  await expect(phones[1]!.page.getByTestId('other-note')).toHaveCount(2);

  // The first phone loses its wifi, keeps posting, and gets it back.
  const offline = phones[0]!;
  await offline.context.setOffline(true);
  await expect(offline.page.getByTestId('offline-banner')).toBeVisible();
  await offline.post('Offline geschreven: samen verantwoordelijk');
  await offline.post('Offline geschreven: werkplekbegeleiders krijgen tijd');
  await expect(offline.ownNotes('queued')).toHaveCount(2);
  await expect(beamer.notes()).toHaveCount(3);
  await offline.context.setOffline(false);
  await expect(offline.ownNotes('sent')).toHaveCount(3, { timeout: 20_000 });
  await expect(offline.page.getByTestId('offline-banner')).toBeHidden();
  await expect(beamer.notes()).toHaveCount(5);

  const response = await request.get(`/api/workshops/${workshop.id}`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
  const body = (await response.json()) as WorkshopJson;
  const all = body.canvases.flatMap((c) => c.notes.map((n) => n.text));
  expect(all.filter((t) => t.startsWith('Offline geschreven'))).toHaveLength(2);
  expect(all).toHaveLength(5);

  // A reload keeps the same participant: the phone still has its own three notes.
  await offline.page.reload();
  await expect(offline.ownNotes()).toHaveCount(3);
  await expect(offline.page.getByTestId('name-input')).toHaveCount(0);
});
