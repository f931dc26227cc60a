import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PhoneUser, WorkshopApi } from './phoneFixtures.ts';
import type { FollowUpResponse } from '@visiebord/shared/api';

/**
 * A colleague in a follow-up, on the phone at their own pace: lets the role question be and still
 * answers every step (the question does not come back), and going back, also after a reload,
 * shows, and lets them change, what they already gave.
 */
const SCREENS = resolve(import.meta.dirname, '../../test-results/follow-up-phone');

test('a follow-up phone that ignores the role question answers every step, and going back, also after a reload, shows its answers', async ({ browser, request }) => {
  test.setTimeout(120_000);
  mkdirSync(SCREENS, { recursive: true });
  const day = await WorkshopApi.create(request, 'studiedag-kort');
  await day.goTo('afsluiting');
  const followUp = (await day.post('/follow-ups', {})) as FollowUpResponse;

  const phone = await PhoneUser.open(browser, 'vervolg');
  await phone.page.goto(`/j/${followUp.joinCode}`);
  await phone.page.getByTestId('name-input').fill('Sanne');
  await phone.page.getByTestId('join-submit').click();
  await phone.waitForStep('info');
  // The role question is offered, and ignored: the step and the way on stay usable.
  await expect(phone.page.getByTestId('role-choice')).toBeVisible();
  await phone.page.getByTestId('step-next').click();
  await phone.waitForStep('explain');
  await expect(phone.page.getByTestId('role-choice')).toHaveCount(0);
  await phone.page.getByTestId('explain-input').fill('Samen opleiden met de pabo.');
  await phone.page.getByTestId('explain-submit').click();
  await expect(phone.answerState()).toHaveAttribute('data-state', 'sent');
  await phone.page.getByTestId('step-next').click();
  await phone.waitForStep('rubric');
  await phone.rubric(0, 3);
  await expect(phone.answerState()).toHaveAttribute('data-state', 'sent');

  // Back: the explanation given is there, and can be changed.
  await phone.page.getByTestId('step-previous').click();
  await phone.waitForStep('explain');
  await expect(phone.page.getByTestId('explain-input')).toHaveValue('Samen opleiden met de pabo.');
  await phone.page.screenshot({ path: `${SCREENS}/back-to-explain.png`, fullPage: true });
  await phone.page.getByTestId('explain-input').fill('Samen opleiden met de pabo, elke dag in de klas.');
  await phone.page.getByTestId('explain-submit').click();
  await expect(phone.answerState()).toHaveAttribute('data-state', 'sent');
  // Forward again: the rubric phase chosen is still chosen.
  await phone.page.getByTestId('step-next').click();
  await phone.waitForStep('rubric');
  await expect(phone.page.getByTestId('rubric-aspect').first()).toHaveAttribute('data-phase', '3');
  await expect(phone.page.getByTestId('role-choice')).toHaveCount(0);

  // A reload (a phone that locked, a tab the browser dropped): what was given is still shown.
  await phone.page.reload();
  await phone.waitForStep('info');
  await phone.page.getByTestId('step-next').click();
  await phone.waitForStep('explain');
  await expect(phone.page.getByTestId('explain-input')).toHaveValue('Samen opleiden met de pabo, elke dag in de klas.');
  await phone.page.getByTestId('step-next').click();
  await phone.waitForStep('rubric');
  await expect(phone.page.getByTestId('rubric-aspect').first()).toHaveAttribute('data-phase', '3');

  await phone.context.close();
});
