import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { CreateWorkshopResponse, JoinResponse } from '@visiebord/shared/api';

/** Step helpers for the console spec: make a workshop, skip to a step and fill a canvas through the API. */

export type ApiWorkshop = CreateWorkshopResponse;

export async function createWorkshopViaApi(request: APIRequestContext, script: string): Promise<ApiWorkshop> {
  const response = await request.post('/api/workshops', { data: { script, title: 'Studiedag De Linde' } });
  expect(response.status()).toBe(201);
  return (await response.json()) as ApiWorkshop;
}

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

export async function goToStepViaApi(request: APIRequestContext, workshop: ApiWorkshop, stepId: string) {
  const response = await request.post(`/api/workshops/${workshop.id}/flow`, { headers: auth(workshop.facilitatorKey), data: { stepId } });
  expect(response.ok()).toBe(true);
}

export async function readWorkshopJson<T>(request: APIRequestContext, workshop: ApiWorkshop): Promise<T> {
  const response = await request.get(`/api/workshops/${workshop.id}`, { headers: auth(workshop.facilitatorKey) });
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

/** Colleagues who post notes without a browser: several participants, a few notes each. */
export async function postNotesViaApi(request: APIRequestContext, workshop: ApiWorkshop, canvasId: string, texts: readonly string[], perParticipant = 4) {
  for (let i = 0; i < texts.length; i += perParticipant) {
    const joined = await request.post('/api/join', { data: { code: workshop.joinCode, name: `Collega ${i / perParticipant + 1}` } });
    expect(joined.status()).toBe(201);
    const { participantToken } = (await joined.json()) as JoinResponse;
    for (const text of texts.slice(i, i + perParticipant)) {
      const sent = await request.post(`/api/workshops/${workshop.id}/intents`, { headers: auth(participantToken), data: { id: randomUUID(), type: 'note.add', canvasId, text } });
      expect(sent.ok(), await sent.text()).toBe(true);
    }
  }
}

export async function openConsole(browser: Browser, workshop: ApiWorkshop): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(workshop.urls.facilitator);
  await expect(page.getByTestId('current-step')).toBeVisible();
  return page;
}

export async function openBeamer(browser: Browser, workshop: ApiWorkshop): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(workshop.urls.beamer);
  return page;
}

/** A canvas on the console, by its id. */
export const consoleCanvas = (page: Page, canvasId: string) => page.locator(`[data-testid="console-canvas"][data-canvas-id="${canvasId}"]`);

/** Notes the room writes on "Welke wedstrijd spelen wij?": a few themes, as a real room would. */
export const WEDSTRIJD_NOTES = [
  'Samen opleiden van studenten in de school',
  'Studenten leren in de praktijk samen met ervaren leraren',
  'Werkplekbegeleiders krijgen tijd om studenten te begeleiden',
  'Tijd en ruimte in het rooster voor begeleiding',
  'Begeleiding van startende leraren in hun eerste jaren',
  'Inductie: nieuwe collega’s goed laten landen',
  'Goed onderwijs voor elk kind',
  'Kinderen profiteren van extra handen in de klas',
  'Onderzoek doen naar onze eigen lespraktijk',
  'Samen onderzoeken en leren als team',
  'Professionalisering van het hele team',
  'Een lerende cultuur waarin iedereen groeit',
];
