import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshopOnLanding, Facilitator } from './fixtures.ts';
import { PhoneUser } from './phoneFixtures.ts';
import type { WorkshopResponse } from '@visiebord/shared/api';

/**
 * The default study day from start to finish, the way a room lives it: the facilitator clicks
 * through the console, the beamer hangs on the wall, five colleagues answer on their phones.
 * A screenshot of the beamer and of a phone at every kind of step, to look at as people would.
 */

type Workshop = WorkshopResponse;

const SCREENS = resolve(import.meta.dirname, '../../test-results/studyday');

/** What five colleagues might write, per canvas position, so the synthesis has real Dutch to work on. */
const ANSWERS = [
  ['Samen één team: school en pabo', 'Studenten leren in de praktijk en op het instituut', 'Een lange adem, geen sprint', 'Goede begeleiding voor starters', 'Tijd voor de werkplekbegeleider'],
  ['We spelen in hetzelfde team als de hogeschool', 'Leren van en met elkaar', 'Een marathon met de hele school', 'Starters niet laten vallen', 'Uren voor begeleiding in het rooster'],
  ['Samenwerken met de opleiding', 'Praktijk en theorie verbinden', 'Het resultaat zie je pas na jaren', 'Inductie voor nieuwe collega’s', 'Ruimte voor mentoren'],
  ['Opleiden doen we samen', 'Onderzoekend leren in de klas', 'Volhouden, ook als het druk is', 'Begeleiding de eerste drie jaar', 'Facilitering van de wpb'],
  ['Eén team met de pabo', 'Elkaar feedback geven', 'Lange termijn denken', 'Goede start voor lio’s', 'Tijd en aandacht voor opleiden'],
];

/** Clicks every match of a locator whose matches disappear once clicked (reveal, accept). */
async function clickEach(matches: Locator) {
  for (let guard = 0; guard < 50 && (await matches.count()) > 0; guard++) {
    const before = await matches.count();
    await matches.first().click();
    await expect(matches).toHaveCount(before - 1);
  }
}

async function shoot(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENS, `${name}.png`), fullPage: false });
}

test('the whole default study day with a facilitator, a beamer and five phones', async ({ browser, request }) => {
  test.setTimeout(360_000);
  const facilitator = new Facilitator(await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage());
  const workshop = await createWorkshopOnLanding(facilitator.page, 'studiedag-visie');
  await facilitator.open(workshop);
  const beamer = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })).newPage();
  await beamer.goto(workshop.beamerUrl);
  await expect(beamer.getByTestId('beamer-join-code')).toHaveText(workshop.joinCode);

  const phones = await Promise.all([1, 2, 3, 4, 5].map((i) => PhoneUser.open(browser, `collega-${i}`)));
  for (const [i, phone] of phones.entries()) await phone.join(workshop.joinCode, `Collega ${i + 1}`);

  const api = async (): Promise<Workshop> =>
    (await (await request.get(`/api/workshops/${workshop.id}`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } })).json()) as Workshop;
  const { steps } = await api();
  expect(steps.map((s) => s.type)).toEqual(
    expect.arrayContaining(['info', 'prompt', 'poll', 'group', 'synthesis', 'vote', 'rubric', 'explain', 'close']),
  );
  const seen = new Set<string>();

  for (const [index, step] of steps.entries()) {
    if (index > 0) await facilitator.nextStep();
    await expect(facilitator.currentStep()).toContainText(step.title);
    for (const phone of phones) await phone.waitForStep(step.type);
    await expect(beamer.getByTestId('beamer-step-title')).toContainText(step.title);

    switch (step.type) {
      case 'prompt': {
        // Everyone answers the first two questions of the step; hidden ones are revealed after.
        const canvases = step.canvasIds.slice(0, 2);
        await Promise.all(
          phones.map(async (phone, p) => {
            for (const [c] of canvases.entries()) await phone.post(ANSWERS[p]![(c + index) % 5]!, c);
          }),
        );
        for (const phone of phones) await expect(phone.page.locator('[data-testid="own-note"][data-state="sent"]')).toHaveCount(canvases.length);
        await clickEach(facilitator.page.locator('[data-testid="canvas-reveal"][data-revealed="false"]'));
        await expect(beamer.getByTestId('beamer-note').first()).toBeVisible();
        break;
      }
      case 'poll': {
        const options = phones[0]!.page.getByTestId('poll-option');
        const count = await options.count();
        await Promise.all(phones.map((phone, p) => phone.page.getByTestId('poll-option').nth(p % count).click()));
        await expect.poll(async () => (await api()).polls.find((r) => r.stepId === step.id)?.respondents).toBe(5);
        if (step.reveal === 'hidden') await facilitator.page.getByTestId('results-reveal').click();
        await expect(beamer.getByTestId('beamer-poll-bar').first()).toBeVisible();
        break;
      }
      case 'group': {
        // The beamer shows per question how many more sorts would make its groups trustworthy.
        const wantedOnBeamer = async () =>
          (await beamer.getByTestId('beamer-sort-coverage').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-wanted'))))).reduce((a, b) => a + b, 0);
        await expect(beamer.getByTestId('beamer-sort-coverage').first()).toBeVisible();
        const wantedBefore = await wantedOnBeamer();
        expect(wantedBefore).toBeGreaterThan(0);
        for (const phone of phones) {
          await phone.sortIntoPiles();
          await phone.page.getByTestId('sort-submit').click();
        }
        await expect.poll(async () => (await api()).sorts.find((r) => r.stepId === step.id)?.count).toBe(5);
        await expect.poll(wantedOnBeamer).toBeLessThan(wantedBefore);
        await expect(beamer.getByTestId('beamer-sort-nudge')).toContainText('Nog een stapel sorteren');
        break;
      }
      case 'synthesis': {
        await facilitator.page.getByTestId('synthesis-run').click();
        await expect.poll(async () => (await api()).vision.statement.length, { timeout: 15_000 }).toBeGreaterThan(20);
        await expect(beamer.getByTestId('beamer-vision')).toBeVisible();
        await expect(phones[0]!.page.getByTestId('react-agree').first()).toBeVisible();
        for (const phone of phones.slice(0, 3)) await phone.page.getByTestId('react-agree').first().click();
        // Voting is on clusters: the facilitator takes the suggestion as the room's groups.
        await clickEach(facilitator.page.getByTestId('cluster-accept'));
        break;
      }
      case 'vote': {
        await expect(phones[0]!.page.getByTestId('vote-target').first()).toBeVisible();
        // How many groups there are is the room's sorting and the engine's to decide; each phone spends two dots on two of them.
        const targets = await phones[0]!.page.getByTestId('vote-target').count();
        expect(targets).toBeGreaterThanOrEqual(2);
        for (const [p, phone] of phones.entries()) {
          await phone.dots(p % targets, 1);
          await phone.dots((p + 1) % targets, 1);
        }
        await expect.poll(async () => (await api()).votes.find((r) => r.stepId === step.id)?.voters).toBe(5);
        if (step.reveal === 'hidden') await facilitator.page.getByTestId('results-reveal').click();
        await expect(beamer.getByTestId('beamer-vote-target').first()).toBeVisible();
        break;
      }
      case 'rubric': {
        const aspects = await phones[0]!.page.getByTestId('rubric-aspect').count();
        for (const [p, phone] of phones.entries()) for (let a = 0; a < aspects; a++) await phone.rubric(a, 1 + ((p + a) % 4));
        await expect.poll(async () => (await api()).rubrics.find((r) => r.stepId === step.id)?.respondents).toBe(5);
        if (step.reveal === 'hidden') await facilitator.page.getByTestId('results-reveal').click();
        await expect(beamer.getByTestId('beamer-heatmap')).toBeVisible();
        break;
      }
      case 'explain':
        for (const [p, phone] of phones.entries()) {
          await phone.page.getByTestId('explain-input').fill(p < 3 ? 'Wij leiden samen op als één team met de pabo, met tijd voor begeleiding van starters.' : 'Weet ik nog niet.');
          await phone.page.getByTestId('explain-submit').click();
        }
        await expect.poll(async () => (await api()).explanations.find((r) => r.stepId === step.id)?.count).toBe(5);
        await expect(beamer.getByTestId('beamer-explain-count')).toContainText('van 5');
        break;
      case 'close':
        await expect(phones[0]!.page.getByTestId('phone-thanks')).toBeVisible();
        break;
    }

    if (!seen.has(step.type)) {
      seen.add(step.type);
      await shoot(beamer, `${String(index + 1).padStart(2, '0')}-${step.type}-beamer`);
      await shoot(phones[0]!.page, `${String(index + 1).padStart(2, '0')}-${step.type}-phone`);
    }
  }

  // What the day produced is all there, and leaves the room as a Word document.
  const end = await api();
  const notes = end.canvases.flatMap((c) => c.notes);
  expect(notes.length).toBeGreaterThanOrEqual(5 * 2 * steps.filter((s) => s.type === 'prompt').length);
  const docx = await request.get(`/api/workshops/${workshop.id}/export?format=docx`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
  expect(docx.status()).toBe(200);
  expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
});
