/**
 * Deinstitutionalisation (issue 18) in a browser: an officer adds a care institution in Tafilah and, without
 * JavaScript, records the current quarter's figures (transitions over residents are refused next to the field, what
 * was typed kept); the public page then shows Tafilah's 3 transitions to family care as "fewer than 5 or withheld"
 * in words, beside its chart. axe on each new page in Arabic and English.
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

const PASSWORD = 'Jasmine-Demo-2026';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function submit(page: Page): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator('main form').locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
}

async function signedIn(email: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const page = await (await newContext(browser, options)).newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page);
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
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

/** The current year and quarter in Amman (the API refuses a later one). */
function ammanQuarter(): { year: number; quarter: number } {
  const parts = new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'numeric',
    timeZone: 'Asia/Amman',
  }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

describe('deinstitutionalisation', () => {
  it("an officer records a quarter's transitions; the public figures show a cell of 3 as fewer than 5", async () => {
    const name = `Dar Al-Tafilah ${randomUUID().slice(0, 6)}`;
    const officer = await signedIn('officer@demo.shabaka.example', { javaScript: false });

    // an institution in Tafilah (no demo institution there)
    await officer.goto(portalUrl('/en/services/deinstitutionalisation/institutions/new'));
    await officer.locator('#nameAr').fill('دار الطفيلة للرعاية');
    await officer.locator('#nameEn').fill(name);
    await officer.locator('#ownership').selectOption('PUBLIC');
    await officer.locator('#governorate').selectOption('JO-AT');
    await officer.locator('#capacity').fill('40');
    await screenshot(officer, 'deinst-institution-new');
    await submit(officer);
    await officer.waitForURL(/\/en\/services\/deinstitutionalisation\/institutions$/);
    expect(await officer.locator('main table').textContent()).toContain(name);

    // the quarter's figures, first with transitions over residents: refused next to the field, values kept
    const { year, quarter } = ammanQuarter();
    await officer.goto(portalUrl('/en/services/deinstitutionalisation/quarters/new'));
    await officer.locator('#institutionId').selectOption({ label: name });
    await officer.locator('#year').selectOption(String(year));
    await officer.locator('#quarter').selectOption(String(quarter));
    await officer.locator('#residents').fill('20');
    await officer.locator('#communityPlaces').fill('12');
    await officer.locator('#transitionsToFamily').fill('15');
    await officer.locator('#transitionsToCommunity').fill('6');
    await submit(officer);
    expect(await officer.locator('#transitionsToFamily-error').textContent()).toContain('cannot exceed the residents');
    expect(await officer.locator('#transitionsToCommunity').inputValue()).toBe('6');
    await screenshot(officer, 'deinst-quarter-refused');

    // then 3 to family care: recorded
    await officer.locator('#transitionsToFamily').fill('3');
    await submit(officer);
    await officer.waitForURL(/\/quarters\/new\?recorded=/);
    expect(await officer.locator('main').textContent()).toContain(`The figures of ${year}-Q${quarter} were recorded.`);

    // the public page: Tafilah's 3 is shown in words, never as a number
    const visitor = await (await newContext(browser, {})).newPage();
    await visitor.goto(portalUrl('/en/services/deinstitutionalisation'));
    const table = visitor.getByRole('table', { name: 'Transitions to family care' });
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    const column = headers.indexOf(`${year}-Q${quarter}`);
    expect(column).toBeGreaterThan(0);
    const row = table.locator('tbody tr', { has: visitor.locator('th', { hasText: 'Tafilah' }) });
    const cell = row.locator('th, td').nth(column);
    expect((await cell.textContent())!.trim()).toBe('fewer than 5 or withheld');
    expect(await visitor.locator('svg[role="img"] title').textContent()).toContain('Transitions from institutions');
    await screenshot(visitor, 'deinst-public');
    // the Arabic page says it in words too
    await visitor.goto(portalUrl('/ar/services/deinstitutionalisation'));
    expect(await visitor.locator('main').textContent()).toContain('أقل من 5 أو محجوب');
  });

  it('is axe clean on each new page in Arabic and English', async () => {
    const visitor = await (await newContext(browser, {})).newPage();
    await expectAxeClean(visitor, '/services/deinstitutionalisation', 'deinst-figures');
    const officer = await signedIn('officer@demo.shabaka.example');
    await expectAxeClean(officer, '/services/deinstitutionalisation/institutions', 'deinst-institutions');
    await expectAxeClean(officer, '/services/deinstitutionalisation/institutions/new', 'deinst-institution-new');
    await expectAxeClean(officer, '/services/deinstitutionalisation/quarters/new', 'deinst-quarter-new');
    await officer.goto(portalUrl('/en/services/deinstitutionalisation/institutions'));
    const edit = await officer
      .getByRole('link', { name: /^Edit / })
      .first()
      .getAttribute('href');
    await expectAxeClean(officer, edit!.replace(/^\/en/, ''), 'deinst-institution-edit');
  });
});
