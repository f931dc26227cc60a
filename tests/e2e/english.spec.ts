import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Page } from '@playwright/test';
import type { CreateWorkshopResponse } from '@visiebord/shared/api';
import { ApiPhone } from './beamerFixtures.ts';
import { PhoneUser, WorkshopApi } from './phoneFixtures.ts';

/**
 * A workshop from a script with `language: en`: phone, beamer and console speak English from
 * start to end, with none of the Dutch they show for a Dutch script, and stay accessible.
 */

/** No serious or critical WCAG 2.2 AA violation on what the page shows now. */
async function expectAccessible(page: Page, view: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${view}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
}

/** None of these Dutch words or phrases anywhere in the page's text. */
async function expectNoDutch(page: Page, view: string, words: string[]) {
  const text = await page.locator('body').innerText();
  expect(words.filter((word) => text.includes(word)).map((word) => `${view}: ${word}`)).toEqual([]);
}

const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.hash;
};

test('a workshop from an English script runs in English on phone, beamer and console', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const response = await request.post('/api/workshops', { data: { script: 'studiedag-kort-en', title: 'Study day at The Linden' } });
  expect(response.status()).toBe(201);
  const created = (await response.json()) as CreateWorkshopResponse;
  const workshop = new WorkshopApi(request, created.id, created.joinCode, created.facilitatorKey);

  // The public workshop answer carries the language, for the beamer and the console.
  const info = await request.get(`/api/workshops/${created.id}/public`, { headers: { authorization: `Bearer ${created.beamerKey}` } });
  expect(((await info.json()) as { language?: string }).language).toBe('en');

  // The phone: the join form follows an English browser, the workshop follows its script.
  const context = await browser.newContext({ ...devices['Pixel 5'], locale: 'en-GB' });
  const english = new PhoneUser(context, await context.newPage(), 'english');
  await english.page.goto(`/j/${created.joinCode}`);
  await expect(english.page.getByRole('heading', { name: 'Join' })).toBeVisible();
  await expect(english.page.getByText('You may leave this empty: then you take part anonymously.')).toBeVisible();
  await english.page.getByTestId('name-input').fill('Anna');
  await english.page.getByTestId('join-submit').click();
  await expect(english.page.getByTestId('phone-name')).toHaveText('You are taking part as Anna');
  await expect(english.page.getByRole('heading', { name: 'What is your role?' })).toBeVisible();
  await expect(english.page.locator('[data-testid="role-option"][data-role="leraar"]')).toHaveText('Teacher');
  await expectAccessible(english.page, 'phone role question');
  await english.page.getByTestId('role-skip').click();
  await expect(english.page.getByTestId('role-choice')).toHaveCount(0);
  await expect(english.page.locator('html')).toHaveAttribute('lang', 'en');

  await english.waitForStep('info');
  await expect(english.step()).toContainText('Step 1 of 10');
  await expect(english.step()).toContainText('Nothing to fill in at this step. Watch and listen along.');

  // A poll: the answer's state in English.
  await workshop.goTo('doelen-bekend');
  await english.waitForStep('poll');
  await expect(english.page.getByText('Choose what fits best.')).toBeVisible();
  await english.choose('Known to a small group');
  await expect(english.answerState()).toHaveText('your answer has been sent; you can still change it');
  await expectAccessible(english.page, 'phone poll');
  // After a reload the phone remembers its workshop's language.
  await english.page.reload();
  await expect(english.step()).toContainText('Step 3 of 10');
  await expect(english.page.locator('[data-testid="poll-option"][data-chosen="true"]')).toHaveText(/Known to a small group/);

  // The four questions: a note, its state, the room's notes not yet shown.
  await workshop.goTo('gedeelde-visie');
  await english.waitForStep('prompt');
  await expect(english.step()).toContainText('Step 4 of 10');
  await expect(english.page.getByTestId('note-input').first()).toHaveAttribute('placeholder', 'Write your answer…');
  await english.post('Learning together is a team sport', 0);
  const note = english.page.locator('[data-testid="own-note"][data-state="sent"]');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('posted');
  await expect(english.page.getByRole('heading', { name: 'My notes (1)' })).toBeVisible();
  await expect(english.page.getByText("Other people's notes appear as soon as the facilitator shows them.").first()).toBeVisible();
  await expectNoDutch(english.page, 'phone', ['Je doet mee', 'Stap ', 'Mijn notities', 'Van anderen', 'Plaatsen', 'geplaatst', 'Aanpassen', 'Verwijderen', 'Nog geen']);
  await expectAccessible(english.page, 'phone questions');
  const result = await workshop.workshop();
  expect(result.canvases.flatMap((c) => c.notes.map((n) => n.text))).toEqual(['Learning together is a team sport']);

  // The beamer: the way in, the hidden canvases, who answered.
  const beamerContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'nl-NL' });
  const beamer = await beamerContext.newPage();
  await beamer.goto(pathOf(created.urls.beamer));
  await expect(beamer.getByTestId('beamer-step-title')).toHaveText('A shared, lived vision answers the question…');
  await expect(beamer.getByText('Join with your phone')).toBeVisible();
  await expect(beamer.getByText('and enter the code:')).toBeVisible();
  await expect(beamer.getByTestId('beamer-canvas-hidden').first()).toHaveText('1 answer — still hidden');
  await expect(beamer.getByTestId('beamer-canvas-hidden').nth(1)).toHaveText('No answers yet');
  await expect(beamer.getByTestId('beamer-presence')).toHaveText(/^\d+ of \d+ (has|have) answered$/);
  await expect(beamer.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoDutch(beamer, 'beamer', ['Doe mee', 'vul de code in', 'Nog geen antwoorden', 'verborgen', 'geantwoord', 'verbonden']);
  await expectAccessible(beamer, 'beamer questions');

  // The console: steps and what is on screen.
  const consoleContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  const console = await consoleContext.newPage();
  await console.goto(pathOf(created.urls.facilitator));
  await expect(console.getByText('Now on screen')).toBeVisible();
  await expect(console.getByRole('button', { name: 'Next step →' })).toBeVisible();
  await expect(console.getByTestId('connection-status')).toHaveText('Connected');
  await expect(console.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoDutch(console, 'console', ['Nu op het scherm', 'Volgende stap', 'Vorige stap', 'Verbonden', 'Notities']);
  await expectAccessible(console, 'console questions');

  // Colleagues answering over the API, so there is something to sort, cluster and vote on.
  const colleagues = await Promise.all(['Bram', 'Chris', 'Dana'].map((name) => ApiPhone.join(request, created.joinCode, name)));
  const texts = [
    ['Students learn in practice from experienced teachers', 'Clear agreements about mentoring'],
    ['Mentors get time for their students', 'New teachers stay in education'],
    ['We learn from research in the school', 'Everyone takes a student into class'],
  ];
  for (const [i, colleague] of colleagues.entries()) {
    for (const [j, text] of (texts[i] ?? []).entries()) await colleague.intent('note.add', { canvasId: ['wedstrijd', 'spelregels', 'goed-doen', 'trainen'][(i + j) % 4], text });
  }

  // Sorting: tap a note, then a pile.
  await workshop.goTo('ordenen');
  await english.waitForStep('group');
  await expect(english.page.getByRole('heading', { name: 'Your handful of notes' })).toBeVisible();
  await expect(english.page.getByTestId('sort-note').first()).toBeVisible();
  for (let placed = 0; (await english.page.getByRole('heading', { name: /^Still to place/ }).count()) > 0; placed++) {
    await english.page.locator('.sort-list').first().getByTestId('sort-note').first().click();
    await expect(english.page.getByTestId('sort-new-pile')).toHaveText('New pile');
    if (placed < 2) await english.page.getByTestId('sort-new-pile').click();
    else await english.page.getByTestId('sort-to-pile').first().click();
  }
  await expect(english.page.getByTestId('sort-pile').first()).toContainText('Pile 1');
  await expectAccessible(english.page, 'phone group');
  await english.page.getByTestId('sort-submit').click();
  await expect(english.page.getByTestId('sort-submit')).toHaveText('Sent');
  await expect(english.answerState()).toHaveText('your piles have been sent; you can still change them');
  await expect(beamer.getByTestId('beamer-sorts')).toHaveText('1 sorting in');

  // The draft vision: react per sentence.
  await workshop.goTo('synthese');
  await english.waitForStep('synthesis');
  await expect(english.page.getByText('The facilitators are writing the draft vision.', { exact: false })).toBeVisible();
  await workshop.post('/synthesis', {});
  const sentence = english.page.getByTestId('vision-sentence').first();
  await expect(sentence.getByTestId('react-agree')).toHaveText('✓ Agree');
  await sentence.getByTestId('react-agree').click();
  await expect(english.answerState()).toHaveText('your reactions have been sent');
  await expectAccessible(english.page, 'phone synthesis');

  // Dot voting: what is left, in plurals.
  await workshop.goTo('prioriteren');
  await english.waitForStep('vote');
  await expect(english.page.getByTestId('vote-remaining')).toHaveText('3 of 3 dots left');
  await english.dots(0, 1);
  await expect(english.page.getByTestId('vote-remaining')).toHaveText('2 of 3 dots left');
  await expect(english.target(0)).toContainText('1 dot');
  await english.dots(0, 2);
  await expect(english.page.getByTestId('vote-remaining')).toHaveText('All your 3 dots have been placed');
  await expect(english.answerState()).toHaveText('your dots have been sent; you can still move them');
  await expectAccessible(english.page, 'phone vote');
  await expect(beamer.getByTestId('beamer-results-hidden')).toContainText('1 answer');

  // The rubric: one phase per aspect.
  await workshop.goTo('rubric');
  await english.waitForStep('rubric');
  await expect(english.page.getByTestId('rubric-progress')).toHaveText('0 of 4 parts filled in');
  await english.rubric(0, 3);
  await expect(english.page.getByTestId('rubric-progress')).toHaveText('1 of 4 parts filled in');
  await expect(english.page.getByTestId('rubric-aspect').first()).toContainText('Phase 3: Supported');
  await expectAccessible(english.page, 'phone rubric');

  // Explaining the vision in your own words.
  await workshop.goTo('uitleggen');
  await english.waitForStep('explain');
  await expect(english.page.getByTestId('explain-input')).toHaveAttribute('placeholder', 'Explain in your own words…');
  await english.page.getByTestId('explain-input').fill('We train new teachers together because learning happens in school and at the institute.');
  await expect(english.page.getByTestId('explain-submit')).toHaveText('Send');
  await english.page.getByTestId('explain-submit').click();
  await expect(english.answerState()).toHaveText('your explanation has been sent; you can still change it');
  await expectNoDutch(english.page, 'phone explain', ['Versturen', 'Verstuurd', 'uitleg', 'Stap ']);
  await expectAccessible(english.page, 'phone explain');
  await expect(beamer.getByTestId('beamer-explain-norm')).toHaveText('norm 80%');
  await expectAccessible(beamer, 'beamer explain');

  // The poll's results on the beamer, in English, once shown.
  await workshop.goTo('doelen-bekend');
  await expect(beamer.getByTestId('beamer-results-hidden')).toContainText('1 answer');
  await expect(beamer.getByText('Results will follow')).toBeVisible();

  // The end: thanks by name.
  await workshop.goTo('afsluiting');
  await english.waitForStep('close');
  await expect(english.page.getByTestId('phone-thanks')).toHaveText('Thank you for your contribution, Anna! You may close this screen.');
  await expect(beamer.getByTestId('beamer-step-title')).toHaveText('Thank you!');
  await expectAccessible(english.page, 'phone close');
  await expectAccessible(beamer, 'beamer close');

  await context.close();
  await beamerContext.close();
  await consoleContext.close();
});
