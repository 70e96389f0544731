/**
 * The training journey of issue 14, by hand in a browser: an officer adds a course and schedules a session of two
 * seats (a day that ends before it starts is refused next to its row, with what was typed kept); CSO staff find it
 * in the catalogue and register: two get the seats, the third and fourth are waitlisted at places 1 and 2; the first
 * cancels, and the first waitlisted is promoted at once and emailed; the officer sees the registrants with their
 * accommodations and confirms them. CSO staff in English with JavaScript and in Arabic without.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl, screenshot, reachAfterSignIn } from './support/browser.js';
import { lastEmailOfKind } from './support/outbox.js';
import { ammanDate } from './support/training.js';

const PASSWORD = 'Jasmine-Demo-2026';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function submit(page: Page, form = 'main form'): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signedIn(lang: string, email: string, javaScript = true): Promise<Page> {
  const page = await (await newContext(browser, { javaScript })).newPage();
  await page.goto(portalUrl(`/${lang}/account/sign-in`));
  // typed before the page is hydrated, the fields would be emptied by hydration (seen in CI)
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page);
  await reachAfterSignIn(page, new RegExp(`/${lang}/account$`), lang);
  return page;
}

describe('the training journey', () => {
  it('an officer schedules a session of two seats; staff register, wait, and the first waitlisted is promoted', async () => {
    const titleEn = `Inclusive community planning ${randomUUID().slice(0, 6)}`;
    const officer = await signedIn('en', 'officer@demo.shabaka.example');

    // the course: a missing title is refused next to its field, what was typed stays
    await officer.goto(portalUrl('/en/training'));
    await officer.getByRole('link', { name: 'New course' }).click();
    await officer.waitForURL(/\/en\/training\/courses\/new$/);
    await officer.locator('#topic').selectOption({ index: 1 });
    await officer.locator('#level').selectOption('INTRODUCTORY');
    await officer.locator('#audience').selectOption('CSO_STAFF');
    await officer.locator('#expectedHours').fill('12');
    await submit(officer);
    expect(await officer.locator('#titleAr-error').count()).toBe(1);
    expect(await officer.locator('#expectedHours').inputValue()).toBe('12');
    await officer.locator('#titleEn').fill(titleEn);
    await officer.locator('#titleAr').fill('التخطيط المجتمعي الدامج');
    await officer.locator('#descriptionEn').fill('Planning with people with disabilities, not for them.');
    await submit(officer);
    await officer.waitForURL(/\/en\/training\/sessions\/new\?course=/);

    // the session: two seats in Irbid; a day ending before it starts is refused next to its row
    const day = ammanDate(30);
    await officer.locator('#day-0-date').fill(day);
    await officer.locator('#day-0-start').fill('15:00');
    await officer.locator('#day-0-end').fill('09:00');
    await officer.locator('#seats').fill('2');
    await officer.locator('#language').selectOption('ARABIC');
    await officer.locator('#audience').selectOption('CSO_STAFF');
    await officer.locator('#verifiedOrganizationsOnly').uncheck();
    await officer.locator('#governorate').selectOption('JO-IR');
    await officer.locator('#venueAddressEn').fill('Irbid Chamber of Industry, hall 2');
    await officer.locator('#stepFreeAccess').check();
    await officer.locator('#hearingLoop').check();
    await officer.locator('#trainers').fill('Nour Khatib\nAhmad Qasem');
    await officer.locator('#registrationOpensAt').fill(`${ammanDate(-1)}T08:00`);
    await officer.locator('#registrationDeadline').fill(`${ammanDate(28)}T17:00`);
    await submit(officer);
    expect(await officer.locator('#day-0-error').textContent()).toMatch(/ends before/);
    expect(await officer.locator('#day-0-date').inputValue()).toBe(day);
    expect(await officer.locator('#venueAddressEn').inputValue()).toBe('Irbid Chamber of Industry, hall 2');
    expect(await officer.locator('#stepFreeAccess').isChecked()).toBe(true);
    await officer.locator('#day-0-start').fill('09:00');
    await officer.locator('#day-0-end').fill('15:00');
    await submit(officer);
    await officer.waitForURL(/\/en\/training\/sessions\/[0-9a-f-]{36}$/);
    const sessionPath = new URL(officer.url()).pathname.replace(/^\/en/, '');
    expect(await officer.locator('main').textContent()).toContain('09:00 to 15:00');
    await screenshot(officer, 'training-session-en');

    // the catalogue finds it by governorate and month, without JavaScript (a GET form)
    const visitor = await (await newContext(browser, { javaScript: false })).newPage();
    await visitor.goto(portalUrl('/ar/training'));
    await visitor.locator('#governorate').selectOption('JO-IR');
    await visitor.locator('#month').selectOption(day.slice(0, 7));
    await visitor.locator('#seatsLeft').check();
    await visitor.locator('form[method="get"] button[type="submit"]').click();
    await visitor.waitForURL(/governorate=JO-IR/);
    await visitor.locator(`a[href="/ar${sessionPath}"]`).click();
    await visitor.waitForURL(new RegExp(`/ar${sessionPath}$`));
    // Arabic: RTL, Arabic-Indic digits in the days, a way to sign in to register
    expect(await visitor.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await visitor.locator('.days').textContent()).toMatch(/[٠-٩]/);
    expect(await visitor.locator('a[href*="/account/sign-in?next="]').count()).toBe(1);
    await visitor.context().close();

    // CSO staff register: two seats, then the waitlist (English with JavaScript, Arabic without)
    const owner = await signedIn('en', 'owner@demo.shabaka.example');
    await owner.goto(portalUrl(`/en${sessionPath}`));
    await owner.locator('#signLanguage').check();
    await submit(owner, 'form[action="?/register"]');
    expect(await owner.getByRole('status').first().textContent()).toContain('your seat is confirmed');

    const editor = await signedIn('ar', 'editor@demo.shabaka.example', false);
    await editor.goto(portalUrl(`/ar${sessionPath}`));
    // no organisation chosen: said next to the field, the accommodations typed stay
    await editor.locator('#organizationId').selectOption('');
    await editor.locator('#accessibleVenue').check();
    await editor.locator('#note').fill('أستخدم كرسيًا متحركًا');
    await submit(editor, 'form[action="?/register"]');
    expect(await editor.locator('#organizationId-error').count()).toBe(1);
    expect(await editor.locator('#note').inputValue()).toBe('أستخدم كرسيًا متحركًا');
    expect(await editor.locator('#accessibleVenue').isChecked()).toBe(true);
    await editor.locator('#organizationId').selectOption({ index: 1 });
    await submit(editor, 'form[action="?/register"]');
    expect(await editor.getByRole('status').first().textContent()).toContain('مؤكّد');

    const viewer = await signedIn('en', 'viewer@demo.shabaka.example');
    await viewer.goto(portalUrl(`/en${sessionPath}`));
    await submit(viewer, 'form[action="?/register"]');
    expect(await viewer.getByRole('status').first().textContent()).toContain('waitlist at place 1');

    const other = await signedIn('en', 'owner2@demo.shabaka.example');
    await other.goto(portalUrl(`/en${sessionPath}`));
    await submit(other, 'form[action="?/register"]');
    expect(await other.getByRole('status').first().textContent()).toContain('waitlist at place 2');

    await viewer.goto(portalUrl('/en/training/mine'));
    expect(await viewer.locator('main').textContent()).toContain('Your place on the waitlist: 1');
    await screenshot(viewer, 'training-mine-waitlisted-en');

    // the first cancels: the first waitlisted takes the seat at once and is emailed; the second moves up
    await owner.goto(portalUrl(`/en${sessionPath}`));
    await submit(owner, 'form[action="?/cancel"]');
    await viewer.goto(portalUrl('/en/training/mine'));
    expect(await viewer.locator('main').textContent()).toContain('Seat confirmed');
    const promoted = await lastEmailOfKind('viewer@demo.shabaka.example', 'TRAINING_REGISTRATION_PROMOTED');
    expect(promoted.body).toContain(titleEn);
    await other.goto(portalUrl('/en/training/mine'));
    expect(await other.locator('main').textContent()).toContain('Your place on the waitlist: 1');

    // the officer sees the registrants with their accommodations and confirms them
    await officer.goto(portalUrl(`/en${sessionPath}/registrants`));
    const editorRow = officer.locator('li.registrant', { hasText: 'editor@demo.shabaka.example' });
    expect(await editorRow.textContent()).toContain('An accessible venue');
    expect(await editorRow.textContent()).toContain('أستخدم كرسيًا متحركًا');
    await screenshot(officer, 'training-registrants-en');
    await submit(officer, 'li.registrant:has-text("editor@demo.shabaka.example") form[action="?/accommodations"]');
    await officer.reload();
    expect(await officer.locator('li.registrant', { hasText: 'editor@demo.shabaka.example' }).textContent()).toContain(
      'Officers confirmed the arrangements',
    );

    // and cancels the last waitlisted with a reason
    const otherRow = officer.locator('li.registrant', { hasText: 'owner2@demo.shabaka.example' });
    await otherRow.locator('input[name="reason"]').fill('Moved to the spring session');
    await submit(officer, 'li.registrant:has-text("owner2@demo.shabaka.example") form[action="?/cancel"]');
    await other.goto(portalUrl('/en/training/mine'));
    expect(await other.locator('main').textContent()).not.toContain(titleEn);

    await Promise.all([officer, owner, editor, viewer, other].map((page) => page.context().close()));
  });
});
