import { expect, test, type Page } from '@playwright/test';
import {
  acceptCluster,
  medianPhase,
  readClusters,
  readNotes,
  setCanvasRevealed,
  setNoteHidden,
  setSpotlight,
  setStepResultsRevealed,
  splitSentences,
} from '@visiebord/shared/doc';
import { ApiPhone, expectNoSeriousA11yViolations, FacilitatorApi, facilitatorDoc, shoot } from './beamerFixtures.ts';
import type { WorkshopResponse } from '@visiebord/shared/api';

/**
 * The beamer through the short study day: what the room sees at each step type, driven by a
 * facilitator and five phones over HTTP. Screenshots at 1920×1080 land in test-results/beamer-screens.
 */

const NOTES: Record<string, string[]> = {
  wedstrijd: [
    'Samen opleiden van nieuwe leraren',
    'Nieuwe leraren samen opleiden met de pabo',
    'Goed onderwijs voor elk kind',
    'Elk kind krijgt goed onderwijs',
    'Een lerende school zijn',
  ],
  spelregels: ['Tijd voor begeleiding in het rooster', 'Werkplekbegeleiders krijgen tijd', 'Open feedback geven', 'Feedback geven en ontvangen'],
  'goed-doen': ['Studenten blijven na hun stage', 'Starters blijven in het onderwijs', 'Leerlingen merken het verschil'],
  trainen: ['Coachen van studenten', 'Coachende gesprekken voeren', 'Onderzoek doen in de klas'],
};

const SECRET = 'Geheime notitie die nog niemand mag zien';

async function stepTitle(page: Page, title: string) {
  await expect(page.getByTestId('beamer-step-title')).toHaveText(title);
}

test('the beamer shows each step of the short study day to the back of the room', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const facilitator = await FacilitatorApi.create(request, 'studiedag-kort');
  const { workshop } = facilitator;
  const votedGroupsWithVisibleNotes = async () => {
    const state = (await (await request.get(`/api/workshops/${workshop.id}`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } })).json()) as WorkshopResponse;
    const visible = new Set(state.canvases.flatMap((c) => c.notes.filter((n) => !n.hidden).map((n) => n.id)));
    const totals = state.votes.find((v) => v.stepId === 'prioriteren')?.totals ?? {};
    return state.canvases.flatMap((c) => c.clusters).filter((c) => c.noteIds.some((id) => visible.has(id)) && (totals[c.id] ?? 0) > 0).length;
  };
  const phones = await Promise.all([1, 2, 3, 4, 5].map((i) => ApiPhone.join(request, workshop.joinCode, `Collega ${i}`)));
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(facilitator.beamerPath());
  await expect(page.getByTestId('beamer-join-code')).toHaveText(workshop.joinCode);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');

  // info: the welcome text, readable on the wall.
  await stepTitle(page, 'Welkom');
  await expect(page.getByTestId('beamer-info')).toContainText('gedeelde doorleefde visie');
  await shoot(page, 'info');
  await expectNoSeriousA11yViolations(page);
  await facilitator.goTo('aanleidingen');
  await expect(page.getByTestId('beamer-info-item')).toHaveCount(4);
  await shoot(page, 'info-items');

  // poll with reveal: hidden: only the number of answers, never the bars.
  await facilitator.goTo('doelen-bekend');
  await stepTitle(page, 'Hoe bekend zijn de doelen?');
  for (const [i, value] of ['meesten', 'kleine-groep', 'meesten'].entries()) await phones[i]!.intent('poll.answer', { stepId: 'doelen-bekend', value });
  await expect(page.getByTestId('beamer-results-hidden')).toContainText('3 antwoorden');
  await expect(page.getByTestId('beamer-results-hidden')).toContainText('Resultaten volgen');
  await expect(page.getByTestId('beamer-poll-bar')).toHaveCount(0);
  await expect(page.getByTestId('beamer-presence')).toHaveText('3 van 5 hebben geantwoord');
  await shoot(page, 'poll-hidden');
  // The facilitator shows the results: the bars appear.
  const shown = await facilitatorDoc(baseURL!, workshop.id, workshop.facilitatorKey);
  setStepResultsRevealed(shown.doc, 'doelen-bekend', true);
  await expect(page.getByTestId('beamer-poll-bar')).not.toHaveCount(0);
  await expect(page.locator('[data-testid="beamer-poll-bar"][data-option="meesten"]')).toHaveAttribute('data-count', '2');

  // prompt on hidden canvases: counts only, no note text anywhere in the page; the timer runs.
  await facilitator.goTo('gedeelde-visie');
  await facilitator.timer({ action: 'start', seconds: 600 });
  await expect(page.getByTestId('beamer-timer')).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('beamer-timer')).toContainText(/^(10:00|9:5\d)/);
  await phones[4]!.intent('note.add', { canvasId: 'wedstrijd', text: SECRET });
  let author = 0;
  for (const [canvasId, texts] of Object.entries(NOTES)) {
    for (const text of texts) await phones[author++ % 4]!.intent('note.add', { canvasId, text });
  }
  const wedstrijd = page.locator('[data-testid="beamer-canvas"][data-canvas="wedstrijd"]');
  await expect(wedstrijd.getByTestId('beamer-canvas-hidden')).toHaveText('6 antwoorden — nog verborgen');
  await expect(page.getByTestId('beamer-note')).toHaveCount(0);
  expect(await page.content()).not.toContain(SECRET);
  await shoot(page, 'prompt-hidden');
  await expectNoSeriousA11yViolations(page);

  // At zero: "Tijd is om".
  await facilitator.timer({ action: 'start', seconds: 5 });
  await expect(page.getByTestId('beamer-timer')).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
  await expect(page.getByTestId('beamer-timer')).toContainText('Tijd is om');
  await shoot(page, 'prompt-time-up');

  // group: the instruction and how many sorts are in.
  await facilitator.goTo('ordenen');
  await expect(page.getByTestId('beamer-sorts')).toHaveText('0 sorteringen binnen');
  await expect(page.getByTestId('beamer-timer')).toHaveCount(0);
  await shoot(page, 'group');

  // synthesis: the drafts the engine writes appear live, as the facilitator would type them.
  await facilitator.goTo('synthese');
  await expect(page.getByTestId('beamer-vision')).toContainText('De visie wordt nu samen geschreven');
  const suggestion = await facilitator.synthesis();
  const drafted = await request.get(`/api/workshops/${workshop.id}`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
  const vision = ((await drafted.json()) as { vision: { parts: Array<{ canvasId: string; text: string }> } }).vision;
  const draft = vision.parts.find((p) => p.canvasId === 'spelregels')?.text ?? '';
  expect(draft.length).toBeGreaterThan(10);
  const spelregels = page.locator('[data-testid="beamer-vision-part"][data-canvas="spelregels"]');
  await expect(spelregels).toContainText(draft.replace(/\s+/g, ' ').slice(0, 60));
  await expect(page.getByTestId('beamer-vision-part')).toHaveCount(4);
  // The room reacts per sentence; the counts sit quietly behind it.
  const sentence = splitSentences(draft)[0]!;
  await phones[0]!.intent('vision.react', { stepId: 'synthese', sentenceKey: sentence.key, reaction: 'agree' });
  await phones[1]!.intent('vision.react', { stepId: 'synthese', sentenceKey: sentence.key, reaction: 'agree' });
  await phones[2]!.intent('vision.react', { stepId: 'synthese', sentenceKey: sentence.key, reaction: 'question' });
  await expect(spelregels.getByTestId('beamer-reactions')).toHaveAttribute('data-agree', '2');
  await expect(spelregels.getByTestId('beamer-reactions')).toHaveAttribute('data-question', '1');
  await shoot(page, 'synthesis');
  await expectNoSeriousA11yViolations(page);

  // vote: ranked by dots, top three set apart.
  const clusters = suggestion.canvases.flatMap((c) => c.clusters);
  expect(clusters.length).toBeGreaterThanOrEqual(3);
  const [a, b, c] = clusters;
  await facilitator.goTo('prioriteren');
  await phones[0]!.intent('vote.set', { stepId: 'prioriteren', targetId: c!.id, count: 3 });
  await phones[1]!.intent('vote.set', { stepId: 'prioriteren', targetId: c!.id, count: 2 });
  await phones[1]!.intent('vote.set', { stepId: 'prioriteren', targetId: a!.id, count: 1 });
  await phones[2]!.intent('vote.set', { stepId: 'prioriteren', targetId: a!.id, count: 1 });
  await phones[2]!.intent('vote.set', { stepId: 'prioriteren', targetId: b!.id, count: 1 });
  await phones[3]!.intent('vote.set', { stepId: 'prioriteren', targetId: a!.id, count: 1 });
  const targets = page.getByTestId('beamer-vote-target');
  // The script hides the ranking until everyone has voted.
  await expect(page.getByTestId('beamer-results-hidden')).toContainText('4 antwoorden');
  await expect(targets).toHaveCount(0);
  setStepResultsRevealed(shown.doc, 'prioriteren', true);
  await expect(page.getByTestId('beamer-voters')).toHaveText('4 collega’s hebben gestemd');
  await expect(targets.nth(0)).toContainText(c!.label);
  await expect(targets.nth(0)).toHaveAttribute('data-dots', '5');
  await expect(targets.nth(1)).toContainText(a!.label);
  await expect(targets.nth(1)).toHaveAttribute('data-dots', '3');
  await expect(targets.nth(2)).toContainText(b!.label);
  await expect(targets.nth(2)).toHaveAttribute('data-top', 'true');
  // Only what got dots has a bar; the rest stays on one quiet line.
  await expect(targets).toHaveCount(3);
  if (clusters.length > 3) await expect(page.getByTestId('beamer-vote-unvoted')).toContainText(clusters[3]!.label);
  await shoot(page, 'vote');

  // rubric: the heat map's numbers and the median per aspect.
  await facilitator.goTo('rubric');
  const answers: Record<string, number[]> = {
    commitment: [1, 2, 2, 2, 3],
    visie: [3, 3, 4, 3, 2],
    'dagelijkse-praktijk': [1, 1, 2, 1, 4],
    doorleefd: [2, 4, 2, 4, 3],
  };
  for (const [aspectId, phases] of Object.entries(answers)) {
    for (const [i, phase] of phases.entries()) await phones[i]!.intent('rubric.answer', { stepId: 'rubric', aspectId, phase });
  }
  await expect(page.getByTestId('beamer-results-hidden')).toContainText('5 antwoorden');
  setStepResultsRevealed(shown.doc, 'rubric', true);
  for (const [aspectId, phases] of Object.entries(answers)) {
    const spread = [1, 2, 3, 4].map((p) => phases.filter((x) => x === p).length);
    const row = page.locator(`[data-testid="beamer-heatmap-row"][data-aspect="${aspectId}"]`);
    await expect(row).toHaveAttribute('data-median', String(medianPhase(spread)));
    for (const [i, count] of spread.entries()) {
      if (aspectId === 'doorleefd' && i === 0) continue; // a phase the rubric leaves empty shows "—"
      await expect(row.getByTestId('beamer-heat-cell').nth(i)).toHaveText(new RegExp(`^${count}`));
    }
  }
  // Highest median (3): the vision itself and how widely it is lived; lowest (1): daily practice.
  await expect(page.getByTestId('beamer-strengths')).toContainText('De visie zelf');
  await expect(page.getByTestId('beamer-strengths')).toContainText('Hoe breed gedragen en doorleefd');
  await expect(page.getByTestId('beamer-attention')).toContainText('De visie in de dagelijkse praktijk');
  await expect(page.getByTestId('beamer-attention')).not.toContainText('Commitment');
  await shoot(page, 'rubric');
  await expectNoSeriousA11yViolations(page);

  // explain: the share the server scores, against the norm of 80%.
  await facilitator.goTo('uitleggen');
  const labels = clusters.map((cl) => cl.label);
  await phones[0]!.intent('explain.submit', { stepId: 'uitleggen', text: `Wij doen het samen: ${labels.join(', ')}.` });
  await phones[1]!.intent('explain.submit', { stepId: 'uitleggen', text: `Voor mij gaat het om ${labels.join(' en ')}.` });
  await phones[2]!.intent('explain.submit', { stepId: 'uitleggen', text: 'Geen idee eigenlijk.' });
  await phones[3]!.intent('explain.submit', { stepId: 'uitleggen', text: 'Iets met de pabo, denk ik.' });
  await phones[4]!.intent('explain.submit', { stepId: 'uitleggen', text: 'Dat weet ik nog niet.' });
  const score = await facilitator.explainScore('uitleggen');
  expect(score.submitted).toBe(5);
  await expect(page.getByTestId('beamer-explain-percent')).toHaveText(`${score.percent}%`);
  await expect(page.getByTestId('beamer-explain-count')).toHaveText(`${score.explaining} van ${score.participants}`);
  await expect(page.getByTestId('beamer-explain-norm')).toContainText('norm 80%');
  // Two of five name the themes: every theme is still little named.
  await expect(page.getByTestId('beamer-explain-missed')).toContainText('Nog weinig genoemd:');
  await shoot(page, 'explain');

  // A spotlight fills the wall with one cluster, then one note; hidden notes never.
  const { doc, close } = await facilitatorDoc(baseURL!, workshop.id, workshop.facilitatorKey);
  const spotCanvas = suggestion.canvases.find((cv) => cv.clusters.length > 0)!;
  setSpotlight(doc, { kind: 'cluster', id: spotCanvas.clusters[0]!.id, canvasId: spotCanvas.canvasId });
  await expect(page.getByTestId('beamer-spotlight')).toHaveAttribute('data-kind', 'cluster');
  await expect(page.getByTestId('beamer-spotlight')).toContainText(spotCanvas.clusters[0]!.label);
  await shoot(page, 'spotlight-cluster');
  const noteId = spotCanvas.clusters[0]!.noteIds[0]!;
  setSpotlight(doc, { kind: 'note', id: noteId, canvasId: spotCanvas.canvasId });
  await expect(page.getByTestId('beamer-spotlight')).toHaveAttribute('data-kind', 'note');
  await shoot(page, 'spotlight-note');
  setSpotlight(doc, null);
  await expect(page.getByTestId('beamer-spotlight')).toHaveCount(0);

  // Back on the prompt: the facilitator accepts the clusters, hides one note and reveals the
  // canvas; the room sees labelled groups, and still not the hidden note.
  const secret = readNotes(doc, 'wedstrijd').find((n) => n.text === SECRET)!;
  setNoteHidden(doc, secret.id, true);
  for (const cluster of readClusters(doc, 'wedstrijd')) acceptCluster(doc, 'wedstrijd', cluster.id);
  setCanvasRevealed(doc, 'wedstrijd', true);
  await facilitator.goTo('gedeelde-visie');
  const revealed = page.locator('[data-testid="beamer-canvas"][data-canvas="wedstrijd"]');
  await expect(revealed.getByTestId('beamer-cluster').first()).toBeVisible();
  await expect(revealed.getByTestId('beamer-note')).toHaveCount(NOTES.wedstrijd!.length);
  expect(await page.content()).not.toContain(SECRET);
  await shoot(page, 'prompt-clusters');
  await expectNoSeriousA11yViolations(page);
  close();
  shown.close();

  // close: thanks, readable.
  await facilitator.goTo('afsluiting');
  await stepTitle(page, 'Bedankt!');
  await shoot(page, 'close');

  // The same wall on a smaller projector.
  await page.setViewportSize({ width: 1280, height: 720 });
  await facilitator.goTo('rubric');
  await expect(page.getByTestId('beamer-heatmap')).toBeVisible();
  await shoot(page, 'rubric');
  await facilitator.goTo('prioriteren');
  // Since then a note was hidden: a group it stood alone in is no longer on offer.
  await expect(page.getByTestId('beamer-vote-target')).toHaveCount(await votedGroupsWithVisibleNotes());
  await shoot(page, 'vote');
  await facilitator.goTo('synthese');
  await expect(page.getByTestId('beamer-vision-part')).toHaveCount(4);
  await shoot(page, 'synthesis');
  await facilitator.goTo('gedeelde-visie');
  await expect(page.getByTestId('beamer-canvas')).toHaveCount(4);
  await shoot(page, 'prompt-hidden');
  await context.close();
});

test('an open choice poll shows live bars sorted by count, and a revealed canvas its notes', async ({ browser, request }) => {
  const facilitator = await FacilitatorApi.create(request, 'studiedag-visie');
  const phones = await Promise.all([1, 2, 3, 4].map(() => ApiPhone.join(request, facilitator.workshop.joinCode)));
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })).newPage();
  await page.goto(facilitator.beamerPath());
  await facilitator.goTo('reikwijdte');
  await phones[0]!.intent('poll.answer', { stepId: 'reikwijdte', value: ['opleiden', 'begeleiden'] });
  await phones[1]!.intent('poll.answer', { stepId: 'reikwijdte', value: ['opleiden'] });
  await phones[2]!.intent('poll.answer', { stepId: 'reikwijdte', value: ['opleiden', 'inductie', 'begeleiden'] });
  await phones[3]!.intent('poll.answer', { stepId: 'reikwijdte', value: ['innovatie'] });
  const bars = page.getByTestId('beamer-poll-bar');
  await expect(page.getByTestId('beamer-respondents')).toContainText('4 antwoorden');
  await expect(bars).toHaveCount(7);
  await expect(bars.nth(0)).toHaveAttribute('data-option', 'opleiden');
  await expect(bars.nth(0).getByTestId('beamer-poll-count')).toHaveText('3');
  await expect(bars.nth(0).getByTestId('beamer-poll-percent')).toHaveText('75%');
  await expect(bars.nth(1)).toHaveAttribute('data-option', 'begeleiden');
  await expect(bars.nth(1).getByTestId('beamer-poll-percent')).toHaveText('50%');
  // Ties keep the script's order: inductie before innovatie.
  await expect(bars.nth(2)).toHaveAttribute('data-option', 'inductie');
  await expect(bars.nth(3)).toHaveAttribute('data-option', 'innovatie');
  await expect(bars.nth(4).getByTestId('beamer-poll-count')).toHaveText('0');
  await shoot(page, 'poll-choice');
  await expectNoSeriousA11yViolations(page);

  // An open canvas shows its notes; a moderated (hidden) one never would.
  await facilitator.goTo('toegevoegde-waarde');
  await phones[0]!.intent('note.add', { canvasId: (await firstCanvas(facilitator)) ?? '', text: 'Meer handen in de klas' });
  await expect(page.getByTestId('beamer-note').filter({ hasText: 'Meer handen in de klas' })).toHaveCount(1);
  await shoot(page, 'prompt-open');
});

async function firstCanvas(facilitator: FacilitatorApi): Promise<string | undefined> {
  const response = await facilitator.request.get(`/api/workshops/${facilitator.workshop.id}`, {
    headers: { authorization: `Bearer ${facilitator.workshop.facilitatorKey}` },
  });
  const body = (await response.json()) as { steps: Array<{ id: string; canvasIds: string[] }> };
  return body.steps.find((s) => s.id === 'toegevoegde-waarde')?.canvasIds[0];
}
