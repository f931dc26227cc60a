import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CreateWorkshopResponse, JoinResponse, WorkshopResponse } from '@visiebord/shared/api';

type Created = CreateWorkshopResponse;

async function workshopWithNotes(request: APIRequestContext): Promise<Created> {
  const created = (await (await request.post('/api/workshops', { data: { script: 'visie-kort', title: 'Studiedag De Linde 2026' } })).json()) as Created;
  const auth = { authorization: `Bearer ${created.facilitatorKey}` };
  await request.post(`/api/workshops/${created.id}/flow`, { data: { stepId: 'gedeelde-visie' }, headers: auth });
  const phone = (await (await request.post('/api/join', { data: { code: created.joinCode } })).json()) as JoinResponse;
  for (const text of ['School en pabo in één team', 'Een marathon, geen sprint']) {
    await request.post(`/api/workshops/${created.id}/intents`, {
      data: { id: crypto.randomUUID(), type: 'note.add', canvasId: 'wedstrijd', text },
      headers: { authorization: `Bearer ${phone.participantToken}` },
    });
  }
  return created;
}

test('the landing page has no serious accessibility problems', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('create-script-select')).toBeEnabled();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('an English browser gets the landing page in English, and a Dutch one in Dutch', async ({ browser }) => {
  for (const [locale, tagline, submit] of [
    ['en-GB', 'Building a shared, lived vision', 'Create workshop'],
    ['nl-NL', 'Samen bouwen aan een gedeelde, doorleefde visie', 'Workshop aanmaken'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.landing-tagline')).toContainText(tagline);
    await expect(page.getByRole('button', { name: submit })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
    await context.close();
  }
});

test('a workshop continues from its JSON export as a new workshop with new links', async ({ page, request }) => {
  const old = await workshopWithNotes(request);
  const exported = await request.get(`/api/workshops/${old.id}/export?format=json`, { headers: { authorization: `Bearer ${old.facilitatorKey}` } });
  expect(exported.ok()).toBe(true);

  await page.goto('/');
  await page.getByTestId('import-file-input').setInputFiles({ name: 'studiedag.json', mimeType: 'application/json', buffer: await exported.body() });
  const link = await page.getByTestId('created-facilitator-link').getAttribute('href');
  const url = new URL(link ?? '', page.url());
  const id = url.pathname.split('/').at(-1) ?? '';
  const key = new URLSearchParams(url.hash.slice(1)).get('key') ?? '';
  expect(id).not.toBe(old.id);
  expect(key).not.toBe(old.facilitatorKey);

  const body = (await (await request.get(`/api/workshops/${id}`, { headers: { authorization: `Bearer ${key}` } })).json()) as WorkshopResponse;
  expect(body.title).toBe('Studiedag De Linde 2026');
  expect(body.canvases.find((c) => c.id === 'wedstrijd')?.notes.map((n) => n.text).sort()).toEqual(['Een marathon, geen sprint', 'School en pabo in één team']);

  await page.goto('/');
  await page.getByTestId('import-file-input').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"iets anders"}') });
  await expect(page.getByRole('alert')).toBeVisible();
});
