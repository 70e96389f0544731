/**
 * The officers' tools of issue 14 in a browser: an officer edits a session (fewer seats than confirmed is refused
 * next to the field with what was typed kept; more seats confirm the first waitlisted at once), downloads the
 * registrants as CSV (refused to CSO staff), marks attendance on a phone-sized page without JavaScript, and cancels
 * the session (its registrants emailed the reason). axe on the new pages in both languages.
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
import { lastEmailOfKind } from './support/outbox.js';
import { scheduleSession } from './support/training.js';

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

async function signedIn(email: string, options: { javaScript?: boolean; mobile?: boolean } = {}): Promise<Page> {
  const page = await (await newContext(browser, options)).newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  // typed before the page is hydrated, the fields would be emptied by hydration
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page);
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
  return page;
}

async function register(email: string, sessionPath: string): Promise<Page> {
  const page = await signedIn(email);
  await page.goto(portalUrl(`/en${sessionPath}`));
  await page.locator('#organizationId').selectOption({ index: 1 });
  await submit(page, 'form[action="?/register"]');
  return page;
}

async function expectAxeClean(page: Page, path: string, name: string): Promise<void> {
  for (const lang of ['ar', 'en'] as const) {
    await page.goto(portalUrl(`/${lang}${path}`));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await screenshot(page, `${name}-${lang}`);
    const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect({ page: `${name}-${lang}`, violations }).toEqual({ page: `${name}-${lang}`, violations: [] });
  }
}

describe("the training officers' tools", () => {
  it('edit a session, download its registrants, mark attendance on a phone, cancel it', async () => {
    const title = `Governance for boards ${randomUUID().slice(0, 6)}`;
    const officer = await signedIn('officer@demo.shabaka.example');
    const sessionPath = await scheduleSession(officer, title, 2);

    // two confirmed, one waitlisted
    const owner = await register('owner@demo.shabaka.example', sessionPath);
    const editor = await register('editor@demo.shabaka.example', sessionPath);
    const viewer = await register('viewer@demo.shabaka.example', sessionPath);
    expect(await viewer.getByRole('status').first().textContent()).toContain('waitlist at place 1');

    // the edit form opens with the session's values
    await officer.goto(portalUrl(`/en${sessionPath}`));
    await officer.getByRole('link', { name: 'Edit or cancel the session' }).click();
    await officer.waitForURL(new RegExp(`/en${sessionPath}/edit$`));
    expect(await officer.locator('#seats').inputValue()).toBe('2');
    expect(await officer.locator('#day-0-start').inputValue()).toBe('09:30');
    expect(await officer.locator('#venueAddressEn').inputValue()).toBe('Al Hussein Cultural Centre, Ras Al Ain');
    expect(await officer.locator('#stepFreeAccess').isChecked()).toBe(true);

    // one seat for two confirmed: refused next to the field, what was typed stays
    await officer.locator('#seats').fill('1');
    await officer.locator('#venueAddressEn').fill('Al Hussein Cultural Centre, hall 3');
    await submit(officer, 'main form[action="?/save"]');
    expect(await officer.locator('#seats-error').textContent()).toBeTruthy();
    expect(await officer.locator('#seats').inputValue()).toBe('1');
    expect(await officer.locator('#venueAddressEn').inputValue()).toBe('Al Hussein Cultural Centre, hall 3');

    // three seats: saved, and the first waitlisted is confirmed at once and emailed
    await officer.locator('#seats').fill('3');
    await submit(officer, 'main form[action="?/save"]');
    await officer.waitForURL(new RegExp(`/en${sessionPath}$`));
    expect(await officer.locator('main').textContent()).toContain('hall 3');
    const promoted = await lastEmailOfKind('viewer@demo.shabaka.example', 'TRAINING_REGISTRATION_PROMOTED');
    expect(promoted.body).toContain(title);

    // the registrants as CSV: linked from the registrants page, for officers only
    await officer.goto(portalUrl(`/en${sessionPath}/registrants`));
    const csvLink = officer.getByRole('link', { name: 'Download the registrants (CSV)' });
    const csvHref = await csvLink.getAttribute('href');
    expect(csvHref).toBe(`/en${sessionPath}/registrants.csv`);
    const csv = await officer.request.get(portalUrl(csvHref!));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    for (const email of ['owner', 'editor', 'viewer']) expect(text).toContain(`${email}@demo.shabaka.example`);
    expect(text.match(/CONFIRMED/g)).toHaveLength(3);
    expect((await owner.request.get(portalUrl(csvHref!))).status()).toBe(403);

    // attendance on a phone, without JavaScript: day 1, then day 2
    const phone = await signedIn('officer@demo.shabaka.example', { javaScript: false, mobile: true });
    await phone.goto(portalUrl(`/en${sessionPath}/attendance`));
    const rana = phone.locator('fieldset', { hasText: 'Rana Haddad' });
    expect(await rana.textContent()).toContain('Not marked yet');
    await submit(phone, 'fieldset:has-text("Rana Haddad")');
    // the last button of the fieldset is "Absent"
    expect(await phone.locator('fieldset', { hasText: 'Rana Haddad' }).textContent()).toContain('Marked absent');
    const posted = phone.waitForResponse((response) => response.request().method() === 'POST');
    await phone.locator('fieldset', { hasText: 'Rana Haddad' }).getByRole('button', { name: 'Present' }).click();
    await posted;
    await phone.waitForLoadState('load');
    expect(await phone.locator('fieldset', { hasText: 'Rana Haddad' }).textContent()).toContain('Marked present');
    await phone.getByRole('link', { name: /^Day 2/ }).click();
    await phone.waitForURL(/attendance\?day=2$/);
    expect(await phone.locator('fieldset', { hasText: 'Rana Haddad' }).textContent()).toContain('Not marked yet');
    // fits the phone: nothing wider than the screen, buttons large enough to tap
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const button = await phone.getByRole('button', { name: 'Present' }).first().boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(44);
    // axe runs as a script: on the officer's page with JavaScript, phone-sized for the attendance page
    await officer.setViewportSize({ width: 390, height: 844 });
    await expectAxeClean(officer, `${sessionPath}/attendance`, 'training-attendance-phone');
    await officer.setViewportSize({ width: 1280, height: 900 });
    await expectAxeClean(officer, `${sessionPath}/edit`, 'training-session-edit');

    // the course: its edit form opens with its values; no title at all is refused with what was typed kept
    await officer.goto(portalUrl(`/en${sessionPath}`));
    await officer.getByRole('link', { name: 'Edit the course' }).click();
    await officer.waitForURL(/\/en\/training\/courses\/[^/]+\/edit$/);
    expect(await officer.locator('#titleEn').inputValue()).toBe(title);
    expect(await officer.locator('#expectedHours').inputValue()).toBe('6');
    await officer.locator('#titleEn').fill('');
    await officer.locator('#titleAr').fill('');
    await officer.locator('#expectedHours').fill('8');
    await submit(officer, 'main form');
    expect(await officer.locator('#titleAr-error').count()).toBe(1);
    expect(await officer.locator('#expectedHours').inputValue()).toBe('8');
    await officer.locator('#titleEn').fill(`${title} (revised)`);
    await submit(officer, 'main form');
    await officer.waitForURL(/\/en\/training\?course=/);
    await officer.goto(portalUrl(`/en${sessionPath}`));
    expect(await officer.locator('main').textContent()).toContain(`${title} (revised)`);
    await expectAxeClean(officer, new URL(officer.url()).pathname.replace(/^\/en/, ''), 'training-session-officer');

    // the organisation's members see its registrations from its workspace
    await owner.goto(portalUrl('/en/account'));
    await owner.locator('main a[href*="/account/organizations/"]').first().click();
    await owner.waitForURL(/\/en\/account\/organizations\/[^/]+$/);
    await owner.getByRole('link', { name: "The organisation's training registrations" }).click();
    await owner.waitForURL(/\/en\/training\/organizations\/[^/]+$/);
    const listed = await owner.locator('main').textContent();
    expect(listed).toContain(`${title} (revised)`);
    for (const name of ['Rana Haddad', 'Samer Najjar', 'Layla Khalil']) expect(listed).toContain(name);
    await expectAxeClean(owner, new URL(owner.url()).pathname.replace(/^\/en/, ''), 'training-organization');

    // cancel the session: every registrant emailed with the reason
    await officer.goto(portalUrl(`/en${sessionPath}/edit`));
    await submit(officer, 'form[action="?/cancelSession"]');
    expect(await officer.locator('#cancel-reason-error').count()).toBe(1);
    await officer.locator('#cancel-reason').fill('The venue is closed for repairs');
    await submit(officer, 'form[action="?/cancelSession"]');
    await officer.waitForURL(new RegExp(`/en${sessionPath}$`));
    for (const email of ['owner', 'editor', 'viewer']) {
      const cancelled = await lastEmailOfKind(`${email}@demo.shabaka.example`, 'TRAINING_SESSION_CANCELLED');
      expect(cancelled.body).toContain('The venue is closed for repairs');
      expect(cancelled.body).toContain(`${title} (revised)`);
    }

    await Promise.all([officer, owner, editor, viewer, phone].map((page) => page.context().close()));
  });
});
