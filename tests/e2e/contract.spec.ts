import { expect, test, type APIRequestContext } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { ErrorResponse, ExplainScore } from '@visiebord/shared/api';
import { ApiPhone, FacilitatorApi } from './beamerFixtures.ts';
import { PhoneUser, WorkshopApi } from './phoneFixtures.ts';

/**
 * One rule, one answer: what the phone counts is what the server accepts, and the beamer, the
 * console and the Word export give the same figure and verdict on the explain norm.
 */

// Each of these is one visible character made of several code points.
const TEACHER = '👩‍🏫'; // woman, zero-width joiner, school
const FAMILY = '👨‍👩‍👧‍👦';
const FLAG = '🇳🇱';
const ACCENT = 'e\u0301'; // e and a combining acute: NFC makes it é

/** `n` visible characters of mixed multi-codepoint text. */
function graphemes(n: number): string {
  const pieces = [TEACHER, FAMILY, FLAG, ACCENT, 'a'];
  return Array.from({ length: n }, (_, i) => pieces[i % pieces.length]).join('');
}

async function rejectedCode(phone: ApiPhone, type: string, fields: Record<string, unknown>): Promise<string> {
  const response = await phone.request.post(`/api/workshops/${phone.workshopId}/intents`, {
    data: { id: crypto.randomUUID(), type, ...fields },
    headers: { authorization: `Bearer ${phone.token}` },
  });
  expect(response.status()).toBe(400);
  return ((await response.json()) as ErrorResponse).error.code;
}

test('the phone counts multi-codepoint text as the server does, at the limit and one past it', async ({ browser, request }) => {
  const workshop = await WorkshopApi.create(request, 'studiedag-kort');
  const anna = await PhoneUser.open(browser, 'pixel5');
  await anna.join(workshop.joinCode, 'Anna');
  const api = await ApiPhone.join(request, workshop.joinCode, 'Bram');
  await workshop.goTo('gedeelde-visie');
  await anna.waitForStep('prompt');

  // A note of exactly 500 visible characters: the phone says 500/500 and the server keeps it.
  const atLimit = graphemes(500);
  await anna.page.getByTestId('note-input').first().fill(atLimit);
  await expect(anna.page.getByTestId('note-count').first()).toHaveText('500/500');
  await expect(anna.page.getByTestId('note-submit').first()).toBeEnabled();
  await anna.page.getByTestId('note-submit').first().click();
  await expect
    .poll(async () => (await workshop.workshop()).canvases.flatMap((c) => c.notes).some((n) => n.text === atLimit.normalize('NFC')))
    .toBe(true);

  // One more: the phone says one too many and will not send; the server says the same.
  const overLimit = `${TEACHER}${atLimit}`;
  await anna.page.getByTestId('note-input').first().fill(overLimit);
  await expect(anna.page.getByTestId('note-count').first()).toHaveText('501/500 — 1 te veel');
  await expect(anna.page.getByTestId('note-submit').first()).toBeDisabled();
  expect(await rejectedCode(api, 'note.add', { canvasId: 'wedstrijd', text: overLimit })).toBe('note_too_long');

  // Spaces and invisible characters around the text count for neither.
  await anna.page.getByTestId('note-input').first().fill(`  \u200B${atLimit}\u202E  `);
  await expect(anna.page.getByTestId('note-count').first()).toHaveText('500/500');

  // An explanation: 1,000 visible characters go, 1,001 do not, on the phone and on the server.
  await workshop.goTo('uitleggen');
  await anna.waitForStep('explain');
  const explanation = graphemes(1000);
  await anna.page.getByTestId('explain-input').fill(explanation);
  await expect(anna.page.getByTestId('explain-count')).toHaveText('1000/1000');
  await anna.page.getByTestId('explain-submit').click();
  await expect.poll(async () => (await workshop.workshop()).explanations.find((e) => e.stepId === 'uitleggen')?.count).toBe(1);
  await anna.page.getByTestId('explain-input').fill('');
  await anna.page.getByTestId('explain-input').fill(`${explanation}${FLAG}`);
  await expect(anna.page.getByTestId('explain-count')).toHaveText('1001/1000 — 1 te veel');
  await expect(anna.page.getByTestId('explain-submit')).toBeDisabled();
  expect(await rejectedCode(api, 'explain.submit', { stepId: 'uitleggen', text: `${explanation}${FLAG}` })).toBe('note_too_long');
  await anna.context.close();
});

const NOTES: Record<string, string[]> = {
  wedstrijd: ['Samen opleiden van nieuwe leraren', 'Nieuwe leraren samen opleiden met de pabo', 'Goed onderwijs voor elk kind', 'Elk kind krijgt goed onderwijs'],
  spelregels: ['Tijd voor begeleiding in het rooster', 'Werkplekbegeleiders krijgen tijd', 'Open feedback geven', 'Feedback geven en ontvangen'],
};

/** The explain sentence of the Word export, from its word/document.xml. */
async function wordSentence(request: APIRequestContext, workshopId: string, key: string): Promise<string> {
  const response = await request.get(`/api/workshops/${workshopId}/export?format=docx`, { headers: { authorization: `Bearer ${key}` } });
  expect(response.ok()).toBe(true);
  const xml = strFromU8(unzipSync(new Uint8Array(await response.body()))['word/document.xml'] ?? new Uint8Array());
  const text = xml.replace(/<w:p[ >][^]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
  return text.split('\n').find((line) => line.includes('de visie uit in eigen woorden')) ?? '';
}

test('beamer, console and Word export give the same explain figure and norm verdict, also when fewer answered than joined', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const facilitator = await FacilitatorApi.create(request, 'studiedag-kort');
  const { workshop } = facilitator;
  const phones = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => ApiPhone.join(request, workshop.joinCode, `Collega ${i}`)));
  await facilitator.goTo('gedeelde-visie');
  let author = 0;
  for (const [canvasId, texts] of Object.entries(NOTES)) for (const text of texts) await phones[author++ % 6]!.intent('note.add', { canvasId, text });
  await facilitator.goTo('synthese');
  const suggestion = await facilitator.synthesis();
  const labels = suggestion.canvases.flatMap((c) => c.clusters.map((cl) => cl.label));
  expect(labels.length).toBeGreaterThan(1);
  await facilitator.goTo('uitleggen');

  const beamer = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await beamer.goto(facilitator.beamerPath());
  const consolePage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await consolePage.goto(workshop.urls.facilitator);

  async function expectSameVerdict(explaining: number, submitted: number, meets: boolean) {
    const score = await facilitator.explainScore('uitleggen');
    expect(score).toMatchObject({ participants: 6, submitted, explaining, meetsNorm: meets } satisfies Partial<ExplainScore>);
    const percent = Math.round((explaining / 6) * 100);
    expect(score.percent).toBe(percent);
    await expect(beamer.getByTestId('beamer-explain-percent')).toHaveText(`${percent}%`);
    await expect(beamer.getByTestId('beamer-explain-percent')).toHaveAttribute('data-meets-norm', String(meets));
    await expect(beamer.getByTestId('beamer-explain-count')).toHaveText(`${explaining} van 6`);
    await expect(consolePage.getByTestId('explain-verdict-percent')).toHaveText(`${percent}%`);
    await expect(consolePage.getByTestId('explain-verdict')).toHaveAttribute('data-meets-norm', String(meets));
    await expect(consolePage.getByTestId('explain-verdict-norm')).toHaveText(meets ? 'gehaald' : 'nog niet gehaald');
    const sentence = await wordSentence(request, workshop.id, workshop.facilitatorKey);
    expect(sentence).toContain(`${explaining} van 6 deelnemers (${percent}%)`);
    expect(sentence).toContain(meets ? 'Norm: 80% — gehaald.' : 'Norm: 80% — nog niet gehaald.');
  }

  // Four of six answer, and every answer explains the vision: 100% of the answers, but 67% of
  // the room, so the norm is not met, on every screen and in the file.
  const explains = `Voor ons gaat het om ${labels.join(', ')}.`;
  for (const phone of phones.slice(0, 4)) await phone.intent('explain.submit', { stepId: 'uitleggen', text: explains });
  await expectSameVerdict(4, 4, false);

  // A fifth explains too: 5 of 6 is 83%, the norm is met everywhere.
  await phones[4]!.intent('explain.submit', { stepId: 'uitleggen', text: explains });
  await expectSameVerdict(5, 5, true);
});

test('a phone page older than the server says in Dutch to reload, and a reload brings it back', async ({ browser, request }) => {
  const workshop = await WorkshopApi.create(request, 'studiedag-kort');
  const anna = await PhoneUser.open(browser, 'pixel5');
  await anna.join(workshop.joinCode, 'Anna');
  await workshop.goTo('gedeelde-visie');
  await anna.waitForStep('prompt');
  // The server now speaks a newer live protocol than this page knows.
  let newer = true;
  await anna.page.routeWebSocket(/\/live\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      const data = typeof message === 'string' ? message : message.toString();
      ws.send(newer && data.includes('"t":"hello"') ? data.replace(/"v":\d+/, '"v":999') : data);
    });
  });
  await anna.page.reload();
  await expect(anna.page.getByTestId('phone-outdated')).toContainText('Herlaad de pagina');
  await expect(anna.page.getByRole('button', { name: 'Pagina herladen' })).toBeVisible();
  // The page reloads the current version, which speaks the server's protocol again.
  newer = false;
  await anna.page.getByRole('button', { name: 'Pagina herladen' }).click();
  await anna.waitForStep('prompt');
  await expect(anna.page.getByTestId('phone-outdated')).toHaveCount(0);
  await anna.context.close();
});
