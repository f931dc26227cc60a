import { expect, test } from '@playwright/test';
import { PhoneUser, WorkshopApi } from './phoneFixtures.ts';

/**
 * Three phones through the short study day, step by step, the facilitator moving on through the
 * API: every answer arrives once — also from a phone that lost its wifi while answering — and
 * every phone view passes axe. Screenshots of each step type land in test-results/phone-screens.
 */
test('phones answer every step type, offline answers arrive once, and each view is accessible', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const workshop = await WorkshopApi.create(request, 'studiedag-kort');
  const anna = await PhoneUser.open(browser, 'pixel5', false);
  const bram = await PhoneUser.open(browser, 'offline', false);
  const chris = await PhoneUser.open(browser, '360x740', true);
  const phones = [anna, bram, chris];
  await anna.join(workshop.joinCode, 'Anna');
  await bram.join(workshop.joinCode, 'Bram', 'leraar');
  await chris.join(workshop.joinCode, 'Kris');

  // A name can be changed after joining, from the menu.
  await chris.page.getByTestId('phone-menu').click();
  await chris.page.getByTestId('rename-input').fill('Chris');
  await chris.page.getByTestId('rename-submit').click();
  await expect(chris.page.getByTestId('phone-name')).toContainText('Chris');

  // Info steps: read along.
  await workshop.goTo('welkom');
  for (const phone of phones) await phone.waitForStep('info');
  await anna.expectAccessible('info');
  await anna.screenshot('1-info');
  await chris.screenshot('1-info');
  await workshop.goTo('aanleidingen');
  await anna.waitForStep('info');
  await chris.screenshot('2-info-items');

  // Poll (scale), with Bram offline, changing his mind before the wifi is back.
  await workshop.goTo('doelen-bekend');
  for (const phone of phones) await phone.waitForStep('poll');
  await bram.offline(true);
  await bram.choose('Bekend bij een kleine groep');
  await bram.choose('Bekend bij de meeste betrokkenen');
  await expect(bram.answerState()).toHaveAttribute('data-state', 'queued');
  await expect(bram.answerState()).toContainText('wacht op verbinding');
  await anna.choose('Nauwelijks bekend');
  await anna.choose('Bekend bij alle betrokkenen');
  await chris.choose('Nauwelijks bekend');
  await expect(anna.answerState()).toHaveAttribute('data-state', 'sent');
  await expect(chris.answerState()).toHaveAttribute('data-state', 'sent');
  await bram.screenshot('3-poll-waiting');
  await bram.offline(false);
  await expect(bram.answerState()).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  await anna.expectAccessible('poll');
  await anna.screenshot('3-poll');
  await chris.screenshot('3-poll');
  let results = await workshop.workshop();
  expect(results.polls.find((p) => p.stepId === 'doelen-bekend')).toEqual({
    stepId: 'doelen-bekend',
    respondents: 3,
    counts: { nauwelijks: 1, 'kleine-groep': 0, meesten: 1, iedereen: 1 },
  });
  // A reload shows the phone's own answer (from the server's `mine`).
  await anna.page.reload();
  await expect(anna.page.locator('[data-testid="poll-option"][data-chosen="true"]')).toHaveText(/Bekend bij alle betrokkenen/);

  // The timer: at zero the poll closes ("De tijd is om"), adding a minute opens it again.
  await workshop.timer('start', 5);
  await expect(anna.page.getByTestId('phone-timer')).toBeVisible();
  await expect(anna.page.getByTestId('time-up')).toBeVisible({ timeout: 12_000 });
  await expect(anna.page.getByRole('radio').first()).toBeDisabled();
  await anna.screenshot('4-time-up');
  await workshop.timer('addMinute');
  await expect(anna.page.getByTestId('time-up')).toBeHidden();
  await expect(anna.page.getByTestId('phone-timer')).toContainText(/Nog 0:5\d|Nog 1:00/);
  await expect(anna.page.getByRole('radio').first()).toBeEnabled();
  await workshop.timer('clear');
  await expect(anna.page.getByTestId('phone-timer')).toBeHidden();

  // Notes on the four questions, enough for handfuls to sort.
  await workshop.goTo('gedeelde-visie');
  for (const phone of phones) await phone.waitForStep('prompt');
  const notes = [
    ['Samen opleiden is een gezamenlijke verantwoordelijkheid', 'Studenten leren in de praktijk van ervaren docenten', 'Tijd voor werkplekbegeleiders'],
    ['Afspraken over begeleiding zijn helder', 'Iedereen neemt een student mee in de les', 'Werkplekbegeleiders krijgen uren'],
    ['Startende leraren blijven in het onderwijs', 'Leerlingen merken dat de student erbij hoort', 'We leren van onderzoek in de school'],
  ];
  for (const [i, phone] of phones.entries()) {
    for (const [canvas, text] of (notes[i] ?? []).entries()) await phone.post(text, canvas);
  }
  for (const phone of phones) await expect(phone.page.locator('[data-testid="own-note"][data-state="sent"]')).toHaveCount(3);
  await anna.expectAccessible('prompt');
  await chris.screenshot('5-prompt');

  // Group: sort the handful into piles by tapping, then "Klaar"; a reload brings the piles back.
  await workshop.goTo('ordenen');
  for (const phone of phones) {
    await phone.waitForStep('group');
    const placed = await phone.sortIntoPiles();
    expect(placed).toBeGreaterThanOrEqual(2);
  }
  await anna.expectAccessible('group (sorted)');
  await chris.screenshot('6-group-sorted');
  for (const phone of phones) {
    await phone.page.getByTestId('sort-submit').click();
    await expect(phone.answerState()).toHaveAttribute('data-state', 'sent');
  }
  await expect(anna.page.getByTestId('sort-submit')).toHaveText('Verstuurd');
  const pileCount = await anna.page.getByTestId('sort-pile').count();
  await anna.page.reload();
  await expect(anna.page.getByTestId('sort-pile')).toHaveCount(pileCount);
  await expect(anna.page.getByTestId('sort-submit')).toHaveText('Verstuurd');
  await chris.screenshot('6-group-sent');
  results = await workshop.workshop();
  expect(results.sorts.find((s) => s.stepId === 'ordenen')?.count).toBe(3);

  // "Nog een stapel sorteren": once sent, Anna sorts a further handful, of another question; her
  // first sort stays as sent, a reload keeps her on the second, and the room has one sort more.
  const firstHandful = await anna.page.getByTestId('sort-note').allTextContents();
  await expect(anna.page.getByTestId('sort-more')).toHaveText('Nog een stapel sorteren');
  await anna.screenshot('6-group-more');
  await anna.page.getByTestId('sort-more').click();
  await expect(anna.page.getByRole('heading', { name: 'Nog een handvol: nummer 2' })).toBeVisible();
  expect(await anna.sortIntoPiles()).toBeGreaterThanOrEqual(2);
  const secondHandful = await anna.page.getByTestId('sort-note').allTextContents();
  expect(secondHandful.some((text) => firstHandful.includes(text))).toBe(false);
  await anna.page.getByTestId('sort-submit').click();
  await expect(anna.answerState()).toHaveAttribute('data-state', 'sent');
  await anna.page.reload();
  await expect(anna.page.getByRole('heading', { name: 'Nog een handvol: nummer 2' })).toBeVisible();
  await expect(anna.page.getByTestId('sort-submit')).toHaveText('Verstuurd');
  await expect(anna.page.getByText('Je hebt 2 handvol gesorteerd en verstuurd.')).toBeVisible();
  await anna.expectAccessible('group (another handful)');
  results = await workshop.workshop();
  expect(results.sorts.find((s) => s.stepId === 'ordenen')?.count).toBe(4);
  // The third question's handful, then nothing she has not sorted is left: she is told so, and
  // stays on the handful she sent.
  await anna.page.getByTestId('sort-more').click();
  await expect(anna.page.getByRole('heading', { name: 'Nog een handvol: nummer 3' })).toBeVisible();
  await anna.sortIntoPiles();
  const thirdHandful = await anna.page.getByTestId('sort-note').allTextContents();
  expect(thirdHandful.some((text) => [...firstHandful, ...secondHandful].includes(text))).toBe(false);
  await anna.page.getByTestId('sort-submit').click();
  await expect(anna.answerState()).toHaveAttribute('data-state', 'sent');
  await anna.page.getByTestId('sort-more').click();
  await expect(anna.page.getByTestId('sort-enough')).toHaveText(/Er is niets meer dat jij nog niet gesorteerd hebt/);
  await expect(anna.page.getByRole('heading', { name: 'Nog een handvol: nummer 3' })).toBeVisible();
  await expect(anna.page.getByTestId('sort-more')).toBeHidden();
  results = await workshop.workshop();
  expect(results.sorts.find((s) => s.stepId === 'ordenen')?.count).toBe(5);

  // Synthesis: the draft vision arrives sentence by sentence; agree, question, undo.
  await workshop.goTo('synthese');
  for (const phone of phones) await phone.waitForStep('synthesis');
  await workshop.post('/synthesis', {});
  for (const phone of phones) await expect(phone.page.getByTestId('vision-sentence').first()).toBeVisible();
  const sentence = (phone: PhoneUser) => phone.page.getByTestId('vision-sentence').first();
  await sentence(anna).getByTestId('react-agree').click();
  await sentence(bram).getByTestId('react-question').click();
  await sentence(chris).getByTestId('react-agree').click();
  await sentence(chris).getByTestId('react-agree').click(); // undo
  await expect(sentence(chris)).toHaveAttribute('data-reaction', 'none');
  await expect(sentence(anna)).toHaveAttribute('data-reaction', 'agree');
  for (const phone of [anna, bram]) await expect(phone.answerState()).toHaveAttribute('data-state', 'sent');
  await anna.expectAccessible('synthesis');
  await anna.screenshot('7-synthesis');
  await chris.screenshot('7-synthesis');
  await expect
    .poll(async () => (await workshop.workshop()).reactions.find((r) => r.stepId === 'synthese')?.sentences[0])
    .toMatchObject({ agree: 1, question: 1 });

  // Vote (3 dots) on the suggested clusters, Bram offline again.
  await workshop.goTo('prioriteren');
  for (const phone of phones) await phone.waitForStep('vote');
  await expect(anna.target(1)).toBeVisible();
  const targetIds = (await workshop.workshop()).canvases.flatMap((c) => c.clusters.map((k) => k.id));
  expect(targetIds.length).toBeGreaterThanOrEqual(2);
  await bram.offline(true);
  await bram.dots(0, 2);
  await bram.dots(1, 1);
  await bram.dots(0, -1);
  await expect(bram.page.getByTestId('vote-remaining')).toHaveText(/Nog 1 van 3 stippen/);
  await expect(bram.answerState()).toHaveAttribute('data-state', 'queued');
  await bram.screenshot('8-vote-waiting');
  await anna.dots(0, 3);
  await expect(anna.page.getByTestId('vote-remaining')).toHaveText(/Al je 3 stippen zijn verdeeld/);
  await expect(anna.target(1).getByTestId('vote-plus')).toBeDisabled();
  await chris.dots(1, 1);
  await bram.offline(false);
  for (const phone of phones) await expect(phone.answerState()).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  await anna.expectAccessible('vote');
  await anna.screenshot('8-vote');
  await chris.screenshot('8-vote');
  const onScreen = async (i: number) => (await anna.target(i).getAttribute('data-count')) ?? '';
  expect([await onScreen(0), await onScreen(1)]).toEqual(['3', '0']);
  const vote = (await workshop.workshop()).votes.find((v) => v.stepId === 'prioriteren');
  expect(vote?.voters).toBe(3);
  expect(Object.values(vote?.totals ?? {}).reduce((a, b) => a + b, 0)).toBe(3 + 2 + 1);

  // Rubric: four aspects, one phase each; progress says how far you are.
  await workshop.goTo('rubric');
  for (const phone of phones) await phone.waitForStep('rubric');
  await anna.rubric(0, 2);
  await anna.rubric(1, 3);
  await expect(anna.page.getByTestId('rubric-progress')).toHaveText('2 van 4 onderdelen ingevuld');
  await anna.expectAccessible('rubric');
  await anna.rubric(2, 2);
  await expect(anna.page.getByTestId('rubric-aspect').nth(3)).toContainText('Hoe breed gedragen');
  await expect(anna.page.getByText('— (geen beschrijving in deze fase)')).toBeVisible();
  await chris.rubric(0, 1);
  await chris.screenshot('9-rubric');
  await anna.rubric(3, 2);
  await expect(anna.page.getByTestId('rubric-progress')).toHaveText('Alle 4 onderdelen ingevuld');
  await bram.rubric(0, 4);
  for (const phone of phones) await expect(phone.answerState()).toHaveAttribute('data-state', 'sent');
  await anna.screenshot('9-rubric');
  const rubric = (await workshop.workshop()).rubrics.find((r) => r.stepId === 'rubric');
  expect(rubric?.respondents).toBe(3);
  expect(rubric?.spread.commitment).toEqual([1, 1, 0, 1]);

  // Explain: type, send, change, send again; the count stays one per person.
  await workshop.goTo('uitleggen');
  for (const phone of phones) await phone.waitForStep('explain');
  for (const phone of phones) {
    await phone.page.getByTestId('explain-input').fill(`Wij leiden samen op omdat studenten in de school het vak leren (${phone.label}).`);
    await phone.page.getByTestId('explain-submit').click();
    await expect(phone.answerState()).toHaveAttribute('data-state', 'sent');
  }
  await anna.page.getByTestId('explain-input').fill('Samen opleiden betekent dat ik als docent ook zelf blijf leren.');
  await expect(anna.page.getByTestId('explain-submit')).toHaveText('Wijziging versturen');
  await anna.page.getByTestId('explain-submit').click();
  await expect(anna.page.getByTestId('explain-submit')).toHaveText('Verstuurd');
  await anna.page.reload();
  await expect(anna.page.getByTestId('explain-input')).toHaveValue('Samen opleiden betekent dat ik als docent ook zelf blijf leren.');
  await anna.expectAccessible('explain');
  await anna.screenshot('10-explain');
  await chris.screenshot('10-explain');
  expect((await workshop.workshop()).explanations.find((e) => e.stepId === 'uitleggen')?.count).toBe(3);

  // Close: thanks.
  await workshop.goTo('afsluiting');
  for (const phone of phones) await expect(phone.page.getByTestId('phone-thanks')).toBeVisible();
  await expect(chris.page.getByTestId('phone-thanks')).toContainText('Chris');
  await anna.expectAccessible('close');
  await chris.screenshot('11-close');

  // The new name is the one the facilitator sees on Chris's notes.
  const names = (await workshop.workshop()).canvases.flatMap((c) => c.notes).map((n) => n.authorName);
  expect(names.filter((n) => n === 'Chris')).toHaveLength(3);
});
