import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Phone } from './fixtures.ts';
import {
  consoleCanvas,
  createWorkshopViaApi,
  goToStepViaApi,
  openBeamer,
  openConsole,
  postNotesViaApi,
  readWorkshopJson,
  WEDSTRIJD_NOTES,
} from './consoleFixtures.ts';

const shots = 'test-results/console';

async function expectNoSeriousAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('timer, reveal, lock, moderation, spotlight, presence and reset reach the beamer and the phones', async ({ browser, request }) => {
  const workshop = await createWorkshopViaApi(request, 'studiedag-kort');
  await goToStepViaApi(request, workshop, 'gedeelde-visie');
  const facilitator = await openConsole(browser, workshop);
  const beamer = await openBeamer(browser, workshop);
  const phones = await Promise.all([1, 2].map(() => Phone.open(browser)));
  await phones[0]!.join(workshop.joinCode, 'Anna');
  await phones[1]!.join(workshop.joinCode, 'Bram');

  // The step's suggested minutes and the facilitator's notes are in view.
  await expect(facilitator.getByTestId('step-facts')).toContainText('20 minuten voorgesteld');
  await expect(facilitator.getByTestId('presence-joined')).toHaveText('2');
  await expect(facilitator.getByTestId('presence-online')).toHaveText('2');

  // Timer: start counts down from the step's 20 minutes, on the console, the beamer and the phones.
  await facilitator.getByTestId('timer-start').click();
  await expect(facilitator.getByTestId('timer')).toHaveAttribute('data-state', 'running');
  await expect(facilitator.getByTestId('timer-remaining')).toHaveText(/^(20:00|19:5\d)$/);
  await expect(beamer.getByTestId('beamer-timer')).toContainText(/19:5\d|20:00/);
  await expect(phones[0]!.page.getByTestId('phone-timer')).toBeVisible();
  await facilitator.getByTestId('timer-pause').click();
  await expect(facilitator.getByTestId('timer')).toHaveAttribute('data-state', 'paused');
  await facilitator.getByTestId('timer-add-minute').click();
  await expect(facilitator.getByTestId('timer-remaining')).toHaveText(/^(21:00|20:5\d)$/);
  await facilitator.getByTestId('timer-stop').click();
  await expect(facilitator.getByTestId('timer')).toHaveAttribute('data-state', 'idle');

  // Hidden until reveal: Bram does not see Anna's note until "Antwoorden tonen".
  const canvas = consoleCanvas(facilitator, 'wedstrijd');
  await phones[0]!.post('Samen verantwoordelijk voor nieuwe collega’s');
  await expect(canvas.getByTestId('console-note')).toHaveCount(1);
  await expect(facilitator.getByTestId('presence-answered')).toContainText('1');
  await expect(phones[1]!.page.getByTestId('other-note')).toHaveCount(0);
  await canvas.getByTestId('canvas-reveal').click();
  await expect(canvas.getByTestId('canvas-reveal')).toHaveText('Antwoorden verbergen');
  await expect(phones[1]!.page.getByTestId('other-note')).toHaveCount(1);

  // Moderation: hiding the note takes it off Bram's phone; restoring brings it back.
  await canvas.getByTestId('note-hide').click();
  await expect(canvas.getByTestId('console-note')).toHaveAttribute('data-hidden', 'true');
  await expect(phones[1]!.page.getByTestId('other-note')).toHaveCount(0);
  await canvas.getByTestId('note-hide').click();
  await expect(phones[1]!.page.getByTestId('other-note')).toHaveCount(1);

  // Spotlight one note large on the beamer, then off.
  await canvas.getByTestId('note-spotlight').click();
  await expect(facilitator.getByTestId('spotlight-bar')).toContainText('Samen verantwoordelijk');
  await expect(beamer.getByTestId('beamer-spotlight')).toContainText('Samen verantwoordelijk');
  await facilitator.screenshot({ path: `${shots}/controls-console.png`, fullPage: true });
  await beamer.screenshot({ path: `${shots}/controls-beamer-spotlight.png` });
  await facilitator.getByTestId('spotlight-off').click();
  await expect(facilitator.getByTestId('spotlight-bar')).toHaveCount(0);
  await expect(beamer.getByTestId('beamer-spotlight')).toHaveCount(0);

  // Lock: the phone can no longer add a note to that canvas.
  await canvas.getByTestId('canvas-lock').click();
  await expect(canvas.getByTestId('canvas-lock')).toHaveText('Canvas heropenen');
  await expect(phones[1]!.page.getByTestId('note-submit').first()).toBeDisabled();
  await canvas.getByTestId('canvas-lock').click();
  await expect(phones[1]!.page.getByTestId('note-input').first()).toBeEnabled();

  // Reset after a test round, behind a confirmation; cancel first changes nothing.
  await facilitator.getByTestId('reset-step').click();
  await expect(facilitator.getByTestId('reset-dialog')).toContainText('Weet je het zeker? Alle antwoorden van deze stap worden gewist');
  await facilitator.screenshot({ path: `${shots}/reset-dialog.png` });
  await facilitator.getByTestId('reset-cancel').click();
  await expect(canvas.getByTestId('console-note')).toHaveCount(1);
  await facilitator.getByTestId('reset-step').click();
  await facilitator.getByTestId('reset-confirm').click();
  await expect(canvas.getByTestId('console-note')).toHaveCount(0);
  await expect(phones[0]!.ownNotes()).toHaveCount(0);
  await expectNoSeriousAxeViolations(facilitator);

  // A poll whose script hides the bars: the facilitator sees the answers live and shows them when ready.
  await facilitator.getByTestId('console-previous-step').click();
  await expect(facilitator.getByTestId('current-step')).toHaveAttribute('data-step-id', 'doelen-bekend');
  await phones[0]!.page.getByTestId('poll-option').first().click();
  await expect(facilitator.getByTestId('step-results')).toContainText('1 geantwoord');
  await expect(beamer.getByTestId('beamer-results-hidden')).toBeVisible();
  await facilitator.getByTestId('results-reveal').click();
  await expect(facilitator.getByTestId('results-reveal')).toHaveText('Uitslag verbergen');
  await expect(beamer.getByTestId('beamer-results-hidden')).toHaveCount(0);
  await expect(beamer.getByTestId('beamer-poll-bar').first()).toBeVisible();
  await beamer.screenshot({ path: `${shots}/poll-beamer-revealed.png` });
  await facilitator.screenshot({ path: `${shots}/poll-results.png` });
});

test('the board: drag with the mouse, move with "Verplaats naar…" and the keyboard, a second facilitator sees it, synthesis and the shared vision', async ({ browser, request }) => {
  const workshop = await createWorkshopViaApi(request, 'studiedag-kort');
  await goToStepViaApi(request, workshop, 'gedeelde-visie');
  await postNotesViaApi(request, workshop, 'wedstrijd', WEDSTRIJD_NOTES);
  const facilitator = await openConsole(browser, workshop);
  const second = await openConsole(browser, workshop);
  const canvas = consoleCanvas(facilitator, 'wedstrijd');
  const otherCanvas = consoleCanvas(second, 'wedstrijd');
  await expect(canvas.getByTestId('console-note')).toHaveCount(12);
  const unsorted = canvas.getByTestId('board-unsorted');

  // Mouse: drag a note by its handle onto "Nieuwe groep"; the new group's name field opens.
  const first = unsorted.getByTestId('console-note').filter({ hasText: 'Werkplekbegeleiders krijgen tijd' });
  await dragByMouse(facilitator, first.getByTestId('note-drag-handle'), canvas.getByTestId('board-new-cluster'));
  const group = canvas.getByTestId('cluster');
  await expect(group).toHaveCount(1);
  await group.getByTestId('cluster-name-input').fill('Tijd voor begeleiding');
  await group.getByTestId('cluster-name-input').press('Enter');
  await expect(group.getByTestId('cluster-name')).toHaveText('Tijd voor begeleiding');
  await expect(group.getByTestId('console-note')).toHaveCount(1);

  // "Verplaats naar…": the non-drag way.
  const second1 = unsorted.getByTestId('console-note').filter({ hasText: 'Tijd en ruimte in het rooster' });
  await second1.getByTestId('note-move-to').click();
  await second1.getByTestId('move-destination').filter({ hasText: 'Tijd voor begeleiding' }).click();
  await expect(group.getByTestId('console-note')).toHaveCount(2);
  await expect(group.getByTestId('console-note').filter({ hasText: 'Tijd en ruimte' }).getByTestId('note-move-to')).toBeFocused();

  // Keyboard: focus the handle, Space to pick up, arrows to the group, Space to drop.
  const third = unsorted.getByTestId('console-note').filter({ hasText: 'Begeleiding van startende leraren' });
  await third.getByTestId('note-drag-handle').focus();
  await facilitator.keyboard.press('Space');
  // dnd-kit listens for arrows from the next tick on; the announcement says the card is picked up.
  await expect(facilitator.locator('[id^="DndLiveRegion"]').filter({ hasText: /opgepakt|boven/ })).toHaveCount(1);
  await facilitator.keyboard.press('ArrowRight');
  await expect(group).toHaveClass(/over/);
  await facilitator.keyboard.press('Space');
  await expect(group.getByTestId('console-note')).toHaveCount(3);
  await expect(group.getByTestId('console-note').filter({ hasText: 'Begeleiding van startende' }).getByTestId('note-drag-handle')).toBeFocused();
  await facilitator.screenshot({ path: `${shots}/board-grouped.png`, fullPage: true });

  // The second facilitator sees the same group live.
  const otherGroup = otherCanvas.getByTestId('cluster');
  await expect(otherGroup.getByTestId('cluster-name')).toHaveText('Tijd voor begeleiding');
  await expect(otherGroup.getByTestId('console-note')).toHaveCount(3);

  // Synthesis: "Maak een voorstel" lays suggested groups over the 12 notes; the facilitator's own group stays.
  await facilitator.getByTestId('console-next-step').click(); // ordenen
  await facilitator.getByTestId('console-next-step').click(); // synthese
  await expect(facilitator.getByTestId('current-step')).toHaveAttribute('data-step-id', 'synthese');
  await facilitator.getByTestId('synthesis-run').click();
  await expect(facilitator.getByTestId('synthesis-message')).toContainText('Voorstel klaar');
  const suggested = consoleCanvas(facilitator, 'wedstrijd').locator('[data-testid="cluster"][data-suggested="true"]');
  await expect(suggested.first()).toBeVisible();
  expect(await suggested.count()).toBeGreaterThan(1);
  await expect(consoleCanvas(facilitator, 'wedstrijd').locator('[data-testid="cluster"][data-suggested="false"]').getByTestId('cluster-name')).toHaveText(
    'Tijd voor begeleiding',
  );
  await expect(second.locator('[data-testid="cluster"][data-suggested="true"]').first()).toBeVisible();
  // Each group says who made it: nobody sorted on phones here, so the suggestions are the engine's.
  await expect(suggested.first()).toHaveAttribute('data-origin', 'engine');
  await expect(suggested.first().getByTestId('cluster-suggested')).toHaveText('voorstel');
  const facilitatorsGroup = consoleCanvas(facilitator, 'wedstrijd').locator('[data-testid="cluster"][data-suggested="false"]');
  await expect(facilitatorsGroup).toHaveAttribute('data-origin', 'facilitator');
  await expect(facilitatorsGroup.getByTestId('cluster-own')).toHaveText('eigen groep');
  await facilitator.screenshot({ path: `${shots}/synthesis-suggestion.png`, fullPage: true });

  // Accept one suggestion; merge another into it.
  const firstSuggestion = suggested.first();
  const acceptedId = await firstSuggestion.getAttribute('data-cluster-id');
  await firstSuggestion.getByTestId('cluster-accept').click();
  const accepted = facilitator.locator(`[data-testid="cluster"][data-cluster-id="${acceptedId}"]`);
  await expect(accepted).toHaveAttribute('data-suggested', 'false');
  await expect(accepted).toHaveAttribute('data-origin', 'facilitator');
  const before = await accepted.getByTestId('console-note').count();
  const merging = suggested.first();
  const moving = await merging.getByTestId('console-note').count();
  const acceptedName = (await accepted.getByTestId('cluster-name').textContent()) ?? '';
  await merging.getByTestId('cluster-merge').click();
  await merging.getByTestId('move-destination').filter({ hasText: acceptedName }).first().click();
  await expect(accepted.getByTestId('console-note')).toHaveCount(before + moving);

  // Merge by dragging a whole group by its handle onto another.
  const remaining = await suggested.count();
  if (remaining > 0) {
    const dragged = suggested.first();
    const count = await dragged.getByTestId('console-note').count();
    const total = await accepted.getByTestId('console-note').count();
    await dragByMouse(facilitator, dragged.getByTestId('cluster-drag-handle'), accepted.getByTestId('cluster-name'));
    await expect(accepted.getByTestId('console-note')).toHaveCount(total + count);
    await expect(suggested).toHaveCount(remaining - 1);
  }

  // Spotlight a whole group on the beamer.
  await accepted.getByTestId('cluster-spotlight').click();
  await expect(facilitator.getByTestId('spotlight-bar')).toContainText(acceptedName);
  await facilitator.getByTestId('spotlight-off').click();

  // Dissolve: its notes go back to the unsorted pile.
  const own = consoleCanvas(facilitator, 'wedstrijd').locator('[data-testid="cluster"]').filter({ hasText: 'Tijd voor begeleiding' });
  const ownCount = await own.getByTestId('console-note').count();
  await own.getByTestId('cluster-dissolve').click();
  await expect(consoleCanvas(facilitator, 'wedstrijd').getByTestId('board-unsorted').getByTestId('console-note')).toHaveCount(ownCount);
  await expect(consoleCanvas(second, 'wedstrijd').locator('[data-testid="cluster"]').filter({ hasText: 'Tijd voor begeleiding' })).toHaveCount(0);

  // The shared vision: both facilitators type; the API (and the beamer) read the result.
  const statement = facilitator.getByTestId('vision-statement');
  await statement.fill('Wij leiden samen op, zodat elk kind goed onderwijs krijgt.');
  await expect(second.getByTestId('vision-statement')).toHaveValue('Wij leiden samen op, zodat elk kind goed onderwijs krijgt.');
  await second.getByTestId('vision-statement').press('End');
  await second.getByTestId('vision-statement').pressSequentially(' Iedereen leert.');
  await expect(statement).toHaveValue('Wij leiden samen op, zodat elk kind goed onderwijs krijgt. Iedereen leert.');
  // A caret stays where it was while the other facilitator types elsewhere.
  await statement.focus();
  await statement.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 4));
  await second.getByTestId('vision-statement').press('End');
  await second.getByTestId('vision-statement').pressSequentially(' Samen.');
  await expect(statement).toHaveValue(/Samen\.$/);
  await facilitator.keyboard.type('echt ');
  await expect(second.getByTestId('vision-statement')).toHaveValue('Wij echt leiden samen op, zodat elk kind goed onderwijs krijgt. Iedereen leert. Samen.');
  await statement.fill('Wij leiden samen op, zodat elk kind goed onderwijs krijgt. Iedereen leert.');
  const json = await readWorkshopJson<{ vision: { statement: string } }>(request, workshop);
  expect(json.vision.statement).toBe('Wij leiden samen op, zodat elk kind goed onderwijs krijgt. Iedereen leert.');
  const beamer = await openBeamer(browser, workshop);
  await expect(beamer.getByTestId('beamer-statement')).toContainText('Iedereen leert.');
  await facilitator.getByTestId('vision-editor').scrollIntoViewIfNeeded();
  await facilitator.screenshot({ path: `${shots}/vision-editor.png`, fullPage: true });
  await beamer.screenshot({ path: `${shots}/vision-beamer.png` });

  await expectNoSeriousAxeViolations(facilitator);
});

test('export downloads a file with the facilitator key, or says in Dutch why not', async ({ browser, request }) => {
  const workshop = await createWorkshopViaApi(request, 'studiedag-kort');
  const facilitator = await openConsole(browser, workshop);
  await facilitator.getByTestId('export-menu').locator('summary').click();
  const download = facilitator.waitForEvent('download', { timeout: 10_000 }).catch(() => null);
  await facilitator.getByTestId('export-md').click();
  await expect(facilitator.getByTestId('export-message')).not.toBeEmpty();
  const message = (await facilitator.getByTestId('export-message').textContent()) ?? '';
  const file = await download;
  if (file) expect(file.suggestedFilename()).toMatch(/\.md$/);
  else expect(message).toMatch(/lukte niet|niet beschikbaar|verbinding/);
  await facilitator.screenshot({ path: `${shots}/export-menu.png` });
  await expectNoSeriousAxeViolations(facilitator);
});

test('a timer that runs out says so; failed synthesis and export say why in Dutch and keep everything', async ({ browser, request }) => {
  const workshop = await createWorkshopViaApi(request, 'studiedag-kort');
  await goToStepViaApi(request, workshop, 'synthese');
  const facilitator = await openConsole(browser, workshop);
  const timer = await request.post(`/api/workshops/${workshop.id}/timer`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` }, data: { action: 'start', seconds: 5 } });
  expect(timer.ok()).toBe(true);
  await expect(facilitator.getByTestId('timer')).toHaveAttribute('data-state', 'expired');
  await expect(facilitator.getByTestId('timer-remaining')).toHaveText('0:00');
  await expect(facilitator.getByTestId('timer')).toContainText('Tijd is om');
  await facilitator.getByTestId('timer-add-minute').click();
  await expect(facilitator.getByTestId('timer')).toHaveAttribute('data-state', 'running');

  await facilitator.route('**/synthesis', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'De server is even te druk. Probeer het zo opnieuw.' } }) }));
  await facilitator.getByTestId('synthesis-run').click();
  await expect(facilitator.getByTestId('synthesis-message')).toHaveText('De server is even te druk. Probeer het zo opnieuw.');
  await expect(facilitator.getByTestId('synthesis-run')).toBeEnabled();

  await facilitator.route('**/export?**', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Er ging iets mis op de server.' } }) }));
  await facilitator.getByTestId('export-menu').locator('summary').click();
  await facilitator.getByTestId('export-docx').click();
  await expect(facilitator.getByTestId('export-message')).toHaveText('Er ging iets mis op de server.');
  await facilitator.screenshot({ path: `${shots}/errors.png` });
});

test('on a tablet a note is dragged with a short hold of the finger', async ({ browser, request }) => {
  const workshop = await createWorkshopViaApi(request, 'studiedag-kort');
  await goToStepViaApi(request, workshop, 'gedeelde-visie');
  await postNotesViaApi(request, workshop, 'wedstrijd', WEDSTRIJD_NOTES.slice(0, 4));
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(workshop.urls.facilitator);
  const canvas = consoleCanvas(page, 'wedstrijd');
  await expect(canvas.getByTestId('console-note')).toHaveCount(4);
  await canvas.getByTestId('cluster-create').click();
  await canvas.getByTestId('cluster-name-input').press('Enter');
  const group = canvas.getByTestId('cluster');
  await expect(group).toHaveCount(1);

  const handle = canvas.getByTestId('board-unsorted').getByTestId('note-drag-handle').first();
  await centre(handle);
  const from = await handle.boundingBox();
  if (!from) throw new Error('no handle');
  const cdp = await context.newCDPSession(page);
  const touch = (type: string, x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] } as never);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await touch('touchStart', start.x, start.y);
  await page.waitForTimeout(400); // the short hold that tells a drag from a scroll
  await expect(page.locator('.drag-preview')).toBeVisible();
  await centre(group);
  const to = await group.boundingBox();
  if (!to) throw new Error('no group');
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(to.height / 2, 60) };
  for (let i = 1; i <= 10; i++) await touch('touchMove', start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  await expect(group).toHaveClass(/\bover\b/);
  await touch('touchEnd', end.x, end.y);
  await expect(group.getByTestId('console-note')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/tablet-touch.png` });
});

// Waits for the drag to have started before moving to the target, and wiggles there so the
// board re-checks what is under the pointer: a slow machine cannot drop into the old place.
/**
 * Puts an element in the middle of the viewport: near an edge the board scrolls by itself while a
 * card is held there, and on a busy machine that scrolling moves the target away before the release.
 */
async function centre(element: ReturnType<Page['locator']>) {
  await element.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'center' }));
}

async function dragByMouse(page: Page, handle: ReturnType<Page['locator']>, target: ReturnType<Page['locator']>) {
  await centre(handle);
  const from = await handle.boundingBox();
  if (!from) throw new Error('no handle');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  await expect(page.locator('.drag-preview')).toBeVisible();
  await centre(target);
  const to = await target.boundingBox();
  if (!to) throw new Error('no target');
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height / 2 + 2, { steps: 2 });
  // The board decides the drop target on its next render; a busy machine lets the release overtake it.
  await expect(target.locator('xpath=ancestor-or-self::*[@data-drop-id][1]')).toHaveClass(/\bover\b/);
  await page.mouse.up();
}
