import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { CreateWorkshopResponse } from '@visiebord/shared/api';
import { devices, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { WorkshopResponse } from '@visiebord/shared/api';

/** The facilitator's side, through the HTTP API only: the phone spec drives the flow without a console. */
export class WorkshopApi {
  constructor(
    readonly request: APIRequestContext,
    readonly id: string,
    readonly joinCode: string,
    readonly key: string,
  ) {}

  static async create(request: APIRequestContext, script: string): Promise<WorkshopApi> {
    const response = await request.post('/api/workshops', { data: { script } });
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as CreateWorkshopResponse;
    return new WorkshopApi(request, body.id, body.joinCode, body.facilitatorKey);
  }

  private get auth() {
    return { authorization: `Bearer ${this.key}` };
  }

  async post(path: string, data: unknown) {
    const response = await this.request.post(`/api/workshops/${this.id}${path}`, { headers: this.auth, data });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
    return response.json();
  }

  goTo = (stepId: string) => this.post('/flow', { stepId });
  timer = (action: 'start' | 'pause' | 'addMinute' | 'clear', seconds?: number) => this.post('/timer', { action, seconds });

  async workshop(): Promise<WorkshopJson> {
    const response = await this.request.get(`/api/workshops/${this.id}`, { headers: this.auth });
    expect(response.ok()).toBe(true);
    return (await response.json()) as WorkshopJson;
  }
}

export type WorkshopJson = WorkshopResponse;

/** A small, old phone: the narrowest screen the phone view is made for. */
const smallPhone = { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, screen: { width: 360, height: 740 } };

export class PhoneUser {
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly label: string,
  ) {}

  static async open(browser: Browser, label: string, small = false): Promise<PhoneUser> {
    const context = await browser.newContext({ ...(small ? smallPhone : devices['Pixel 5']), locale: 'nl-NL' });
    return new PhoneUser(context, await context.newPage(), label);
  }

  /** Joins, then answers the optional role question: picks `role`, or skips it as many colleagues will. */
  async join(code: string, name: string, role?: string) {
    await this.page.goto(`/j/${code}`);
    await this.page.getByTestId('name-input').fill(name);
    await this.page.getByTestId('join-submit').click();
    await expect(this.page.getByTestId('phone-name')).toContainText(name);
    if (role) await this.page.locator(`[data-testid="role-option"][data-role="${role}"]`).click();
    else await this.page.getByTestId('role-skip').click();
    await expect(this.page.getByTestId('role-choice')).toHaveCount(0);
  }

  step() {
    return this.page.getByTestId('phone-step');
  }

  async waitForStep(type: string) {
    await expect(this.step()).toHaveAttribute('data-step-type', type);
  }

  answerState() {
    return this.page.getByTestId('answer-state');
  }

  async offline(on: boolean) {
    await this.context.setOffline(on);
    if (on) await expect(this.page.getByTestId('offline-banner')).toBeVisible();
    else await expect(this.page.getByTestId('offline-banner')).toBeHidden({ timeout: 20_000 });
  }

  async post(text: string, canvas: number) {
    await this.page.getByTestId('note-input').nth(canvas).fill(text);
    await this.page.getByTestId('note-submit').nth(canvas).click();
  }

  async choose(label: string) {
    await this.page.getByTestId('poll-option').filter({ hasText: label }).click();
  }

  target(index: number) {
    return this.page.getByTestId('vote-target').nth(index);
  }

  async dots(index: number, delta: number) {
    const button = this.target(index).getByTestId(delta > 0 ? 'vote-plus' : 'vote-minus');
    for (let i = 0; i < Math.abs(delta); i++) await button.click();
  }

  /** Sorts the handful by taps: the first two notes start piles, the rest alternate between them. */
  async sortIntoPiles() {
    const waiting = () => this.page.locator('.sort-list').first().getByTestId('sort-note');
    await expect(this.page.getByTestId('sort-note').first()).toBeVisible();
    let placed = 0;
    while ((await this.page.getByRole('heading', { name: /Nog te leggen/ }).count()) > 0) {
      await waiting().first().click();
      const piles = await this.page.getByTestId('sort-pile').count();
      if (piles < 2) await this.page.getByTestId('sort-new-pile').click();
      else await this.page.getByTestId('sort-to-pile').nth(placed % 2).click();
      placed++;
    }
    return placed;
  }

  async rubric(aspect: number, phase: number) {
    const item = this.page.getByTestId('rubric-aspect').nth(aspect);
    const phases = item.getByTestId('rubric-phase');
    if ((await phases.count()) === 0) await item.getByRole('button').first().click();
    await phases.nth(phase - 1).click();
  }

  /** No serious or critical WCAG 2.2 AA violation on what the phone shows now. */
  async expectAccessible(view: string) {
    const result = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${view}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: resolve(import.meta.dirname, '../../test-results/phone-screens', `${name}-${this.label}.png`), fullPage: true });
  }
}
