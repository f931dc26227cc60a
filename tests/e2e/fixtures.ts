import { devices, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Page objects for the three surfaces, so specs read like what people do. */

export type CreatedWorkshop = { id: string; joinCode: string; facilitatorUrl: string; beamerUrl: string; joinUrl: string; facilitatorKey: string };

export async function createWorkshopOnLanding(page: Page, scriptId: string): Promise<CreatedWorkshop> {
  await page.goto('/');
  await page.getByTestId('create-script-select').selectOption(scriptId);
  await page.getByTestId('create-submit').click();
  const href = async (testId: string) => {
    const value = await page.getByTestId(testId).getAttribute('href');
    if (!value) throw new Error(`no link ${testId}`);
    return new URL(value, page.url()).toString();
  };
  const facilitatorUrl = await href('created-facilitator-link');
  const beamerUrl = await href('created-beamer-link');
  const joinUrl = await href('created-join-link');
  const id = new URL(facilitatorUrl).pathname.split('/').at(-1) ?? '';
  const facilitatorKey = new URLSearchParams(new URL(facilitatorUrl).hash.slice(1)).get('key') ?? '';
  const joinCode = new URL(joinUrl).pathname.split('/').at(-1) ?? '';
  return { id, joinCode, facilitatorUrl, beamerUrl, joinUrl, facilitatorKey };
}

export class Facilitator {
  constructor(readonly page: Page) {}

  async open(workshop: CreatedWorkshop) {
    await this.page.goto(workshop.facilitatorUrl);
    await expect(this.page.getByTestId('console-step').first()).toBeVisible();
  }

  async nextStep() {
    await this.page.getByTestId('console-next-step').click();
  }

  currentStep() {
    return this.page.locator('[data-testid="console-step"][aria-current="step"]');
  }
}

export class Beamer {
  constructor(readonly page: Page) {}

  async open(workshop: CreatedWorkshop) {
    await this.page.goto(workshop.beamerUrl);
  }

  notes() {
    return this.page.getByTestId('beamer-note');
  }
}

export class Phone {
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser): Promise<Phone> {
    const context = await browser.newContext({ ...devices['Pixel 5'], locale: 'nl-NL' });
    return new Phone(context, await context.newPage());
  }

  /** Joins the way people do: the landing page, the code off the beamer, a name or none. */
  async join(code: string, name?: string) {
    await this.page.goto('/');
    await this.page.getByTestId('join-code-input').fill(code.toLowerCase());
    await this.page.getByTestId('join-code-input').press('Enter');
    await expect(this.page).toHaveURL(new RegExp(`/j/${code}$`));
    if (name) await this.page.getByTestId('name-input').fill(name);
    await this.page.getByTestId('join-submit').click();
  }

  async post(text: string, canvas = 0) {
    await this.page.getByTestId('note-input').nth(canvas).fill(text);
    await this.page.getByTestId('note-submit').nth(canvas).click();
  }

  ownNotes(state?: 'queued' | 'sending' | 'sent' | 'failed') {
    const notes = this.page.getByTestId('own-note');
    return state ? this.page.locator(`[data-testid="own-note"][data-state="${state}"]`) : notes;
  }
}
