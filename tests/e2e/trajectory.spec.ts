import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PhoneUser } from './phoneFixtures.ts';
import type { CreateWorkshopResponse } from '@visiebord/shared/api';

/**
 * Is the vision lived? A study day with eight phones (five teachers, three school leaders), then a
 * follow-up weeks later that six colleagues answer one after another on their own (join, answer,
 * leave; no beamer), then the trajectory in the console and in Word: both sessions' rubric and
 * explain figures, the teachers apart, the three school leaders never apart.
 */
const SCREENS = resolve(import.meta.dirname, '../../test-results/trajectory');

type Created = CreateWorkshopResponse;

async function flow(request: APIRequestContext, w: Created, stepId: string) {
  const response = await request.post(`/api/workshops/${w.id}/flow`, { data: { stepId }, headers: { authorization: `Bearer ${w.facilitatorKey}` } });
  expect(response.status()).toBe(200);
}

async function answerRubric(phone: PhoneUser, phase: number) {
  const aspects = await phone.page.getByTestId('rubric-aspect').count();
  for (let a = 0; a < aspects; a++) await phone.rubric(a, phase);
  await expect(phone.page.getByTestId('rubric-progress')).toContainText(`Alle ${aspects} onderdelen ingevuld`);
  await expect(phone.page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
}

/** One idea per phone on the first board, in pairs the synthesis groups into themes of the vision. */
const IDEAS = [
  'Samen opleiden van nieuwe leraren',
  'Nieuwe leraren samen opleiden met de pabo',
  'Goed onderwijs voor elk kind',
  'Elk kind krijgt goed onderwijs',
  'Een lerende school zijn',
  'Samen een lerende school zijn',
  'Tijd voor begeleiding in het rooster',
  'Werkplekbegeleiders krijgen tijd voor begeleiding',
];

async function explain(phone: PhoneUser, text: string) {
  await phone.page.getByTestId('explain-input').fill(text);
  await phone.page.getByTestId('explain-submit').click();
  await expect(phone.page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
}

/** The vision's themes as the server scores explanations against them. */
async function visionThemes(request: APIRequestContext, w: Created): Promise<string[]> {
  const response = await request.get(`/api/workshops/${w.id}/explain-score?stepId=uitleggen`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { themes: Array<{ label: string }> }).themes.map((t) => t.label);
}

test('a study day, a follow-up answered at the phones’ own pace, and the trajectory in the console and Word', async ({ browser, page, request }) => {
  test.setTimeout(240_000);
  mkdirSync(SCREENS, { recursive: true });
  const created = (await (await request.post('/api/workshops', { data: { script: 'studiedag-kort', title: 'OBS De Linde' } })).json()) as Created;
  const roles = ['leraar', 'leraar', 'leraar', 'leraar', 'leraar', 'schoolleiding', 'schoolleiding', 'schoolleiding'];

  // The study day: eight phones in one browser, each its own context.
  const phones: PhoneUser[] = [];
  for (const [i, role] of roles.entries()) {
    const phone = await PhoneUser.open(browser, `telefoon ${i + 1}`);
    if (i === 0) {
      await phone.page.goto(`/j/${created.joinCode}`);
      await phone.page.getByTestId('join-submit').click();
      await expect(phone.page.getByTestId('role-choice')).toBeVisible();
      await phone.page.screenshot({ path: `${SCREENS}/phone-role-choice.png`, fullPage: true });
      await phone.page.locator(`[data-testid="role-option"][data-role="${role}"]`).click();
      await expect(phone.page.getByTestId('role-choice')).toHaveCount(0);
    } else {
      await phone.join(created.joinCode, `Collega ${i + 1}`, role);
    }
    phones.push(phone);
  }
  // The room writes, the synthesis groups the ideas into themes: the vision colleagues will explain.
  await flow(request, created, 'gedeelde-visie');
  for (const [i, phone] of phones.entries()) {
    await phone.waitForStep('prompt');
    await phone.post(IDEAS[i]!, 0);
    await expect(phone.page.locator('[data-testid="own-note"][data-state="sent"]')).toHaveCount(1);
  }
  await flow(request, created, 'synthese');
  const synthesis = await request.post(`/api/workshops/${created.id}/synthesis`, { data: {}, headers: { authorization: `Bearer ${created.facilitatorKey}` } });
  expect(synthesis.ok(), await synthesis.text()).toBe(true);
  const themes = await visionThemes(request, created);
  expect(themes.length).toBeGreaterThanOrEqual(2);
  const explaining = `Voor mij als collega gaat het om ${themes.join(', ')}.`;

  await flow(request, created, 'rubric');
  for (const phone of phones) await phone.waitForStep('rubric');
  for (const [i, phone] of phones.entries()) await answerRubric(phone, i < 6 ? 2 : 1);
  // Half the room explains the vision (three of the five teachers, one school leader): 4 of 8.
  await flow(request, created, 'uitleggen');
  for (const [i, phone] of phones.entries()) {
    await phone.waitForStep('explain');
    await explain(phone, i % 2 === 0 ? explaining : 'Geen idee eigenlijk.');
  }
  await flow(request, created, 'afsluiting');
  for (const phone of phones) await phone.context.close();

  // The facilitator starts the follow-up from the finished study day's console.
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${created.urls.facilitator}`);
  await page.getByTestId('follow-up-start').click();
  const followUpCode = (await page.getByTestId('follow-up-code').textContent())?.trim() ?? '';
  expect(followUpCode).toMatch(/^[A-Z0-9]{6}$/);

  // Weeks later: six colleagues, one after the other, each in five minutes of their own.
  const later = ['leraar', 'leraar', 'leraar', 'leraar', 'leraar', 'schoolleiding'];
  for (const [i, role] of later.entries()) {
    const phone = await PhoneUser.open(browser, `vervolg ${i + 1}`);
    await phone.join(followUpCode, `Vervolg ${i + 1}`, role);
    await phone.waitForStep('info');
    await expect(phone.page.getByTestId('self-paced-nav')).toContainText('Je kunt meedoen tot en met');
    // The study day's vision, as the synthesis wrote it, is what the follow-up asks to explain.
    await expect(phone.page.getByTestId('shown-vision')).not.toBeEmpty();
    if (i === 0) await phone.page.screenshot({ path: `${SCREENS}/phone-follow-up-vision.png`, fullPage: true });
    await phone.page.getByTestId('step-next').click();
    await phone.waitForStep('explain');
    // Four of the five teachers and the school leader explain the vision: 5 of 6.
    await explain(phone, i === 4 ? 'Dat weet ik eigenlijk niet meer.' : explaining);
    await phone.page.getByTestId('step-next').click();
    await phone.waitForStep('rubric');
    await answerRubric(phone, 3);
    if (i === 0) await phone.page.screenshot({ path: `${SCREENS}/phone-follow-up-rubric.png`, fullPage: true });
    await phone.page.getByTestId('step-next').click();
    await phone.waitForStep('prompt');
    await phone.post('In het overleg met de stagiairs', 0);
    await expect(phone.page.locator('[data-testid="own-note"][data-state="sent"]')).toHaveCount(1);
    await phone.context.close();
  }

  // The trajectory in the console: both sessions, the teachers apart, the school leaders not.
  await page.getByTestId('trajectory-refresh').click();
  const chart = page.getByTestId('trajectory-chart');
  await expect(page.getByTestId('trajectory-summary')).toContainText('Het draagvlak steeg van fase 2 naar fase 3.');
  await expect(chart.getByTestId('trajectory-aspect')).toHaveCount(4);
  await expect(chart.getByTestId('trajectory-aspect').first()).toContainText('Vervolg 1');
  await expect(page.getByTestId('trajectory-summary')).toContainText('50% → 83% kan de visie in eigen woorden uitleggen; de norm van 80% is gehaald.');
  await expect(chart.getByTestId('trajectory-explain')).toContainText('50% (4/8)');
  await expect(chart.getByTestId('trajectory-explain')).toContainText('83% (5/6)');
  const teachers = page.getByTestId('trajectory-role');
  await expect(teachers).toHaveCount(1);
  await expect(teachers).toHaveAttribute('data-role', 'leraar');
  // The teachers apart: 3 of the 5 on the study day, 4 of the 5 in the follow-up.
  await expect(teachers.locator('tbody tr').nth(0).locator('td').last()).toHaveText('60%');
  await expect(teachers.locator('tbody tr').nth(1).locator('td').last()).toHaveText('80%');
  await expect(page.getByTestId('trajectory-roles')).not.toContainText('Schoolleiding');
  await page.getByTestId('trajectory').screenshot({ path: `${SCREENS}/console-trajectory.png` });

  // On the study day's beamer, at its last step, for the team meeting that looks back.
  const beamer = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await beamer.goto(created.urls.beamer);
  await expect(beamer.getByTestId('beamer-trajectory')).toContainText('Het draagvlak steeg van fase 2 naar fase 3.');
  await expect(beamer.getByTestId('beamer-trajectory').getByTestId('trajectory-aspect')).toHaveCount(4);
  await beamer.screenshot({ path: `${SCREENS}/beamer-trajectory.png`, fullPage: true });
  await beamer.close();

  // And in Word, as the school leader reads it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('trajectory-export-docx').click()]);
  const path = await download.path();
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, ' ');
  expect(xml).toContain('Het draagvlak steeg van fase 2 naar fase 3.');
  expect(xml).toContain('50% → 83% kan de visie in eigen woorden uitleggen');
  expect(xml).toMatch(/50% \(4 van 8\)/);
  expect(xml).toMatch(/83% \(5 van 6\)\s*— norm gehaald/);
  // The teachers' own table follows the heading "Leraar".
  const teachersPart = xml.slice(xml.indexOf('Leraar'));
  expect(teachersPart).toMatch(/60% \(3 van 5\)/);
  expect(teachersPart).toMatch(/80% \(4 van 5\)\s*— norm gehaald/);
  expect(xml).not.toContain('Schoolleiding');
});

test('the console asks for the trajectory only once it shows it: not during the day, at its end', async ({ page, request }) => {
  const created = (await (await request.post('/api/workshops', { data: { script: 'studiedag-kort', title: 'OBS De Linde' } })).json()) as Created;
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/trajectory')) asked.push(r.url());
  });
  await page.goto(created.urls.facilitator);
  await expect(page.getByTestId('console-join-code')).toHaveText(created.joinCode);
  await flow(request, created, 'rubric');
  await expect(page.locator('.console-body')).toBeVisible();
  // Whatever the console would fetch on loading has been asked by now (the live sync is a socket).
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('trajectory')).toHaveCount(0);
  expect(asked).toEqual([]);
  await flow(request, created, 'afsluiting');
  await expect(page.getByTestId('trajectory')).toBeVisible();
  await expect(page.getByTestId('trajectory')).toContainText('1 sessie');
  await expect.poll(() => asked.length).toBe(1);
});
