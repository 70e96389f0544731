/**
 * The officers' verification work: the queue finds a case by name and governorate and says how long it has waited;
 * the case page fits a laptop (1,280 px) and a phone (360 px), tells its history in words (Arabic and English, no
 * raw codes), shows the evidence in the page, and offers "request more information" beside verify and reject.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl, reachAfterSignIn } from './support/browser.js';
import { lastEmailLink } from './support/outbox.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PASSWORD = 'olive trees by the dead sea';
const RAW_CODES = /VERIFICATION_SUBMITTED|ORGANIZATION_(REGISTERED|UPDATED)|UNVERIFIED|PENDING|name_ar|name_en|→/;

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

async function signIn(page: Page, lang: string, email: string, password: string): Promise<void> {
  await page.goto(portalUrl(`/${lang}/account/sign-in`));
  // typed before the page is hydrated, the fields would be emptied by hydration (seen in CI)
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await submit(page);
  await reachAfterSignIn(page, new RegExp(`/${lang}/account$`), lang);
}

/** How far the page scrolls sideways beyond its window (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A new organisation of Madaba whose founder renamed it and submitted its registration certificate. */
async function pendingOrganization(nameEn: string): Promise<string> {
  const email = `case-${randomUUID().slice(0, 8)}@example.org`;
  const founder = await (await newContext(browser)).newPage();
  await founder.goto(portalUrl('/en/account/sign-up'));
  await founder.locator('#name').fill('Huda Founder');
  await founder.locator('#email').fill(email);
  await founder.locator('#password').fill(PASSWORD);
  await submit(founder);
  await founder.goto((await lastEmailLink(email, '/account/verify-email')).replace('/ar/', '/en/'));
  await submit(founder);
  await founder.goto(portalUrl('/en/account/organizations/new'));
  await founder.locator('#nameAr').fill('جمعية اختبار الملف');
  await founder.locator('#nameEn').fill(`${nameEn} draft`);
  await founder.locator('#legalForm').selectOption('CHARITY');
  await founder.locator('#governorate').selectOption('JO-MD');
  await submit(founder);
  await founder.waitForURL(/\/en\/account\/organizations\/[a-z0-9-]+$/);
  const slug = founder.url().split('/').pop()!;
  await founder.locator('#nameEn').fill(nameEn);
  await founder.locator('#nameAr').fill('جمعية اختبار ملف التحقق');
  await submit(founder, 'form[action="?/profile"]');
  await founder
    .locator('#evidence-file')
    .setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
  await submit(founder, 'form[action="?/evidence"]');
  await founder.context().close();
  return slug;
}

describe('the verification queue and case', () => {
  it('finds the case, fits 1,280 and 360 px, speaks both languages, shows the evidence and asks for more', async () => {
    const nameEn = `Case Layout Society ${randomUUID().slice(0, 6)}`;
    const slug = await pendingOrganization(nameEn);

    // the queue: searched by name and filtered by governorate, with the time the case has waited
    const officer = await (await newContext(browser)).newPage();
    await signIn(officer, 'en', 'officer@demo.shabaka.example', 'Jasmine-Demo-2026');
    await officer.goto(portalUrl(`/en/account/verification?search=${encodeURIComponent(nameEn)}&governorate=JO-MD`));
    const row = officer.locator('.queue li', { has: officer.locator(`a[href="/en/account/verification/${slug}"]`) });
    expect(await row.count()).toBe(1);
    expect(await row.locator('time').count()).toBeGreaterThan(0);
    expect(await row.textContent()).toMatch(/waiting/i);
    await officer.goto(portalUrl(`/en/account/verification?search=${encodeURIComponent(nameEn)}&governorate=JO-AM`));
    expect(await officer.locator(`a[href="/en/account/verification/${slug}"]`).count()).toBe(0);

    // the case at 1,280 px: nothing sideways, the history in words
    await officer.goto(portalUrl(`/en/account/verification/${slug}`));
    expect(await overflow(officer)).toBe(0);
    const history = (await officer.locator('section[aria-labelledby="history"]').textContent())!;
    expect(history).not.toMatch(RAW_CODES);
    expect(history).toContain('Evidence submitted');
    expect(history).toContain('Name (Arabic)');
    expect(history).toContain('Verification pending');

    // the evidence is shown in the page, and served to be displayed, not downloaded
    const viewer = officer.locator('section[aria-labelledby="evidence"]').locator('iframe, object, img');
    expect(await viewer.count()).toBe(1);
    const source = (await viewer.getAttribute('src')) ?? (await viewer.getAttribute('data'))!;
    const file = await officer.request.get(portalUrl(source));
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toMatch(/^inline/);
    expect(await officer.locator('section[aria-labelledby="evidence"]').textContent()).toContain('PDF');

    // in Arabic on a 360 px phone: nothing sideways, no raw code, Arabic words
    const phone = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'ar-JO' });
    phone.setDefaultTimeout(120_000);
    const arabic = await phone.newPage();
    await signIn(arabic, 'ar', 'officer@demo.shabaka.example', 'Jasmine-Demo-2026');
    await arabic.goto(portalUrl(`/ar/account/verification/${slug}`));
    expect(await overflow(arabic)).toBe(0);
    const arabicHistory = (await arabic.locator('section[aria-labelledby="history"]').textContent())!;
    expect(arabicHistory).not.toMatch(RAW_CODES);
    expect(arabicHistory).toContain('الاسم بالعربية');
    await arabic.goto(portalUrl('/ar/account/verification'));
    expect(await overflow(arabic)).toBe(0);
    await phone.close();

    // asking for more information: a third decision, with the question for the organisation
    await officer.locator('input[name="decision"][value="INFORMATION_REQUESTED"]').check();
    await officer.locator('#reason').fill('Please add the page with the stamp of the ministry.');
    await submit(officer, 'form[action="?/decide"]');
    expect(await officer.getByRole('status').count()).toBeGreaterThan(0);
    await officer.goto(officer.url());
    expect(await officer.locator('section[aria-labelledby="history"]').textContent()).toContain(
      'More information requested',
    );
    await officer.context().close();
  });
});
