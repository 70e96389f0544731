/**
 * The optional disaggregation questions of issue 14 in a browser: answers without the consent box are refused next
 * to it with what was chosen kept; with consent the registration is confirmed (English with JavaScript, Arabic
 * without); the person withdraws their consent on My registrations; an officer records test scores (a score over
 * 100 refused next to its field) and sees the participation table with its small cells shown as "<5"; axe on the
 * registration form and the participation page in both languages.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  newContext,
  portalUrl,
  reachAfterSignIn,
  screenshot,
} from './support/browser.js';
import { scheduleSession } from './support/training.js';

const PASSWORD = 'Jasmine-Demo-2026';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signedIn(lang: string, email: string, javaScript = true): Promise<Page> {
  const page = await (await newContext(browser, { javaScript })).newPage();
  await page.goto(portalUrl(`/${lang}/account/sign-in`));
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page, 'main form');
  await reachAfterSignIn(page, new RegExp(`/${lang}/account$`), lang);
  return page;
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(violations).toEqual([]);
}

describe('training disaggregation with consent', () => {
  it('registers with consented answers, withdraws them, records scores and shows suppressed aggregates', async () => {
    const officer = await signedIn('en', 'officer@demo.shabaka.example');
    const sessionPath = await scheduleSession(officer, `Disability-inclusive budgeting ${randomUUID().slice(0, 6)}`);

    // English, with JavaScript: answers without the consent box are refused next to it, the answers kept
    const owner = await signedIn('en', 'owner@demo.shabaka.example');
    await owner.goto(portalUrl(`/en${sessionPath}`));
    await expectAccessible(owner, 'training-disaggregation-form-en');
    expect(await owner.locator('#dg-consent-text').textContent()).toContain('Personal Data Protection Law');
    await owner.locator('#organizationId').selectOption({ index: 1 });
    await owner.locator('#dgSex').selectOption('FEMALE');
    await owner.locator('#dgAgeBand').selectOption('AGE_35_44');
    await owner.locator('input[name="dgWalking"][value="A_LOT_OF_DIFFICULTY"]').check();
    await submit(owner, 'form[action="?/register"]');
    expect(await owner.locator('#dgConsent-error').textContent()).toContain('consent');
    expect(await owner.locator('#dgSex').inputValue()).toBe('FEMALE');
    expect(await owner.locator('input[name="dgWalking"][value="A_LOT_OF_DIFFICULTY"]').isChecked()).toBe(true);
    await owner.locator('#dgConsent').check();
    await submit(owner, 'form[action="?/register"]');
    expect(await owner.getByRole('status').first().textContent()).toContain('your seat is confirmed');

    // Arabic, without JavaScript: the same questions in Arabic, consented
    // (axe needs JavaScript: the Arabic form is checked in another member's browser)
    const viewer = await signedIn('ar', 'viewer@demo.shabaka.example');
    await viewer.goto(portalUrl(`/ar${sessionPath}`));
    await expectAccessible(viewer, 'training-disaggregation-form-ar');
    await viewer.context().close();
    const editor = await signedIn('ar', 'editor@demo.shabaka.example', false);
    await editor.goto(portalUrl(`/ar${sessionPath}`));
    expect(await editor.locator('main').textContent()).toContain('فريق واشنطن');
    await editor.locator('#organizationId').selectOption({ index: 1 });
    await editor.locator('#dgSex').selectOption('MALE');
    await editor.locator('input[name="dgHearing"][value="SOME_DIFFICULTY"]').check();
    await editor.locator('#dgConsent').check();
    await submit(editor, 'form[action="?/register"]');
    expect(await editor.getByRole('status').first().textContent()).toContain('مؤكّد');
    await editor.context().close();

    // the owner withdraws the consent on My registrations: the answers are erased
    await owner.goto(portalUrl('/en/training/mine'));
    const withdraw = owner.locator('form[action="?/withdraw"]').first();
    expect(await withdraw.count()).toBe(1);
    await submit(owner, 'form[action="?/withdraw"]');
    expect(await owner.locator('main').textContent()).toContain(
      'Your consent is withdrawn and your answers are erased.',
    );
    expect(await owner.locator('main').textContent()).toContain('You withdrew your consent');
    await screenshot(owner, 'training-disaggregation-withdrawn-en');
    await owner.context().close();

    // the officer records scores: over 100 is refused next to its field, then saved with the learning gain
    await officer.goto(portalUrl(`/en${sessionPath}/registrants`));
    const scores = officer.locator('form[action="?/scores"]').first();
    await scores.locator('input[name="preTest"]').fill('40');
    await scores.locator('input[name="postTest"]').fill('150');
    await submit(officer, 'form[action="?/scores"] >> nth=0');
    expect(await officer.locator('form[action="?/scores"]').first().locator('.error').textContent()).toContain(
      '0 to 100',
    );
    expect(await officer.locator('form[action="?/scores"]').first().locator('input[name="preTest"]').inputValue()).toBe(
      '40',
    );
    await officer.locator('form[action="?/scores"]').first().locator('input[name="postTest"]').fill('75');
    await submit(officer, 'form[action="?/scores"] >> nth=0');
    expect(await officer.locator('main').textContent()).toContain('Learning gain: 35');
    expect(await officer.locator('main').textContent()).toContain('Mean learning gain: 35');

    // the officer names a trainer (an address with no account is refused next to the field, the lines kept)
    await officer.locator('#trainerEmails').fill('nobody-at-all@example.org\nperson@demo.shabaka.example');
    await submit(officer, 'form[action="?/trainers"]');
    expect(await officer.locator('#trainerEmails-error').textContent()).toContain('nobody-at-all@example.org');
    expect(await officer.locator('#trainerEmails').inputValue()).toContain('person@demo.shabaka.example');
    await officer.locator('#trainerEmails').fill('person@demo.shabaka.example');
    await submit(officer, 'form[action="?/trainers"]');
    expect(await officer.locator('main').textContent()).toContain('Trainers saved.');

    // the participation table: every count here is under 5, shown as "<5", in both languages
    for (const lang of ['en', 'ar'] as const) {
      await officer.goto(portalUrl(`/${lang}/training/participation?by=SEX&by=DISABILITY`));
      expect(await officer.locator('table').count()).toBe(1);
      expect(await officer.locator('tbody').textContent()).toContain('<5');
      await expectAccessible(officer, `training-participation-${lang}`);
    }
    await officer.context().close();

    // the trainer (no role) finds the session on My registrations and records a score; the statistics are refused
    const person = await signedIn('en', 'person@demo.shabaka.example');
    await person.goto(portalUrl('/en/training/mine'));
    await person.getByRole('link', { name: 'Registrants, attendance and scores' }).click();
    await person.waitForURL(/\/registrants$/);
    expect(await person.locator('#trainerEmails').count()).toBe(0);
    await person.locator('form[action="?/scores"]').nth(1).locator('input[name="preTest"]').fill('50');
    await person.locator('form[action="?/scores"]').nth(1).locator('input[name="postTest"]').fill('60');
    await submit(person, 'form[action="?/scores"] >> nth=1');
    expect(await person.locator('main').textContent()).toContain('Mean learning gain: 22.5');
    await screenshot(person, 'training-trainer-registrants-en');
    const refused = await person.goto(portalUrl('/en/training/participation'));
    expect(refused?.status()).toBe(403);
    await person.context().close();
  });
});
