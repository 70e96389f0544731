/**
 * Needs and offers, by hand in a browser: a CSO owner publishes a need from the organisation's workspace (a past
 * expiry is refused next to its field without JavaScript, what was typed stays), and the need appears in the public
 * list filtered by its governorate (not under another) and on the organisation's public page. axe on every new page
 * in both languages, with a screenshot of each.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  newContext,
  portalUrl,
  reachAfterSignIn,
  screenshot,
} from './support/browser.js';

const PASSWORD = 'Jasmine-Demo-2026';
const INSTITUTION = 'mosd-directorate-mafraq';

let browser: Browser;
let owner: BrowserContext;
/** The same owner with JavaScript, for axe (which runs in the page). */
let ownerWithScripts: BrowserContext;
let institution: BrowserContext;
let publicContext: BrowserContext;
let ownedSlug = '';

/** Submits a form and waits for its answer: the POST, then the page (without JavaScript) or the enhanced update. */
async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signedIn(email: string, javaScript: boolean): Promise<BrowserContext> {
  const context = await newContext(browser, { javaScript });
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page, 'main form');
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
  await page.close();
  return context;
}

/** A day in Amman, `days` from today, as a date field takes it. */
function ammanDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Amman' }).format(new Date(Date.now() + days * 86_400_000));
}

beforeAll(async () => {
  browser = await launchBrowser();
  // the owner works without JavaScript: every form must work as plain HTML
  owner = await signedIn('owner@demo.shabaka.example', false);
  ownerWithScripts = await signedIn('owner@demo.shabaka.example', true);
  institution = await signedIn('institution@demo.shabaka.example', true);
  publicContext = await newContext(browser);
  const page = await owner.newPage();
  await page.goto(portalUrl('/en/account'));
  ownedSlug = (await page.locator('a[href*="/account/organizations/"]').first().getAttribute('href'))!
    .split('/')
    .pop()!;
  await page.close();
});
afterAll(async () => {
  await browser.close();
});

describe('needs and offers', () => {
  it('a CSO owner publishes a need; it is listed under its governorate and on the organisation page', async () => {
    let text = `Mentoring in financial management for our Mafraq team ${randomUUID().slice(0, 8)}`;
    const page = await owner.newPage();

    // from the workspace, through the section the partnerships domain adds to it
    await page.goto(portalUrl(`/en/account/organizations/${ownedSlug}`));
    await page.getByRole('link', { name: 'Needs and offers' }).click();
    await page.waitForURL(new RegExp(`/en/partnerships/manage/organizations/${ownedSlug}$`));
    await screenshot(page, 'partnerships-editor-empty-en');

    // a past expiry: refused next to its field, without JavaScript, and what was typed stays
    await page.locator('#kind-need').check();
    await page.locator('#capability').selectOption('FINANCIAL_MANAGEMENT');
    await page.locator('#descriptionEn').fill(text);
    await page.locator('#governorate-JO-MA').check();
    await page.locator('#expiresOn').fill('2020-01-31');
    await submit(page, 'form[action="?/publish"]');
    expect(await page.locator('#expiresOn').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#expiresOn-error').textContent()).toContain('future');
    expect(await page.locator('#descriptionEn').inputValue()).toBe(text);
    expect(await page.locator('#capability').inputValue()).toBe('FINANCIAL_MANAGEMENT');
    expect(await page.locator('#governorate-JO-MA').isChecked()).toBe(true);
    await screenshot(page, 'partnerships-editor-error-en');

    // a day next month: published, and listed among the organisation's active needs and offers
    await page.locator('#expiresOn').fill(ammanDay(30));
    await submit(page, 'form[action="?/publish"]');
    await page.waitForURL(/\?done=published$/);
    expect(await page.getByRole('status').first().textContent()).toContain('Published');
    expect(await page.locator('main').textContent()).toContain(text);

    // edited: the form comes filled with the listing, and the change is saved
    await page.locator('li', { hasText: text }).getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(/\?edit=/);
    expect(await page.locator('#descriptionEn').inputValue()).toBe(text);
    expect(await page.locator('#governorate-JO-MA').isChecked()).toBe(true);
    text = `${text}, in Arabic or English`;
    await page.locator('#descriptionEn').fill(text);
    await submit(page, 'form[action="?/update"]');
    await page.waitForURL(/\?done=updated$/);
    expect(await page.locator('main').textContent()).toContain(text);
    await page.close();

    // the public list: under Mafraq, not under Aqaba
    const reader = await publicContext.newPage();
    await reader.goto(portalUrl('/en/partnerships'));
    await reader.locator('#governorate').selectOption('JO-MA');
    await reader.locator('#kind').selectOption('NEED');
    await reader.locator('form[method="get"] button[type="submit"]').click();
    await reader.waitForURL(/governorate=JO-MA/);
    const listed = reader.locator('.card', { hasText: text });
    expect(await listed.count()).toBe(1);
    expect(await listed.locator('a[href*="/en/organizations/"]').getAttribute('href')).toBe(
      `/en/organizations/${ownedSlug}`,
    );
    await screenshot(reader, 'partnerships-filtered-en');
    await reader.goto(portalUrl('/en/partnerships?governorate=JO-AQ'));
    expect(await reader.locator('main').textContent()).not.toContain(text);

    // the organisation's public page shows it, in the section the partnerships domain adds
    await reader.goto(portalUrl(`/en/organizations/${ownedSlug}`));
    const section = reader.locator('section[aria-labelledby="organization-partnerships-listings"]');
    expect(await section.textContent()).toContain(text);
    await screenshot(reader, 'partnerships-organization-en');
    await reader.close();

    // withdrawn, it is no longer public
    const again = await owner.newPage();
    await again.goto(portalUrl(`/en/partnerships/manage/organizations/${ownedSlug}`));
    await submit(again, `li:has-text("${text}") form[action="?/withdraw"]`);
    await again.waitForURL(/\?done=withdrawn$/);
    await again.close();
    const later = await publicContext.newPage();
    await later.goto(portalUrl('/en/partnerships?governorate=JO-MA'));
    expect(await later.locator('main').textContent()).not.toContain(text);
    await later.close();
  });

  it("an institution's owner reaches its editor from its public page", async () => {
    const page = await institution.newPage();
    await page.goto(portalUrl(`/en/partnerships/institutions/${INSTITUTION}`));
    await page.getByRole('link', { name: "Manage the institution's needs and offers" }).click();
    await page.waitForURL(new RegExp(`/en/partnerships/manage/institutions/${INSTITUTION}$`));
    expect(await page.locator('#capability').count()).toBe(1);
    await page.close();
  });
});

const PAGES: { name: string; path: () => string; as: () => BrowserContext }[] = [
  { name: 'partnerships', path: () => '/partnerships', as: () => publicContext },
  { name: 'partnerships-filtered', path: () => '/partnerships?kind=OFFER&governorate=JO-MA', as: () => publicContext },
  {
    name: 'partnerships-empty',
    path: () => '/partnerships?governorate=JO-AQ&kind=NEED&targetGroup=zz',
    as: () => publicContext,
  },
  { name: 'partnerships-institutions', path: () => '/partnerships/institutions', as: () => publicContext },
  {
    name: 'partnerships-institutions-filtered',
    path: () => '/partnerships/institutions?type=MOSD_DIRECTORATE',
    as: () => publicContext,
  },
  {
    name: 'partnerships-institution',
    path: () => `/partnerships/institutions/${INSTITUTION}`,
    as: () => publicContext,
  },
  { name: 'partnerships-organization', path: () => `/organizations/${ownedSlug}`, as: () => publicContext },
  {
    name: 'partnerships-editor',
    path: () => `/partnerships/manage/organizations/${ownedSlug}`,
    as: () => ownerWithScripts,
  },
  {
    name: 'partnerships-institution-editor',
    path: () => `/partnerships/manage/institutions/${INSTITUTION}`,
    as: () => institution,
  },
];

for (const lang of ['ar', 'en'] as const) {
  describe(`partnerships pages in ${lang}`, () => {
    for (const entry of PAGES) {
      it(`${entry.name} has no serious or critical WCAG 2.2 AA violation`, async () => {
        const page = await entry.as().newPage();
        const response = await page.goto(portalUrl(`/${lang}${entry.path()}`));
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await screenshot(page, `${entry.name}-${lang}`);
        const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  });
}
