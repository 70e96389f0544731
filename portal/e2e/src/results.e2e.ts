/**
 * The results dashboard, by hand in a browser: every indicator with its progress, its chart and the chart's table in
 * Arabic and English, a CSV link each; axe in both languages; the dashboard's first-load JavaScript within the 100 KB
 * budget of a dashboard with charts; an officer opens the records behind "CSOs supported".
 */
import { brotliCompressSync, constants } from 'node:zlib';
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
const INDICATORS = [
  'CSOS_SUPPORTED',
  'TRAINING_SESSIONS_HELD',
  'TRAINING_PARTICIPANTS',
  'PARTNERSHIPS_CSO_CSO',
  'PARTNERSHIPS_CSO_INSTITUTION',
  'GRANT_APPLICATIONS_SUBMITTED',
];

let browser: Browser;
let publicContext: BrowserContext;

async function signedIn(email: string): Promise<BrowserContext> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator('main form button[type="submit"]').last().click();
  await posted;
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
  await page.close();
  return context;
}

async function expectEveryIndicator(page: Page): Promise<void> {
  for (const code of INDICATORS) {
    const section = page.locator(`section[data-indicator="${code}"]`);
    await expect(section.locator('h2').textContent()).resolves.toMatch(/\S/);
    expect(await section.locator('svg[role="img"] title').count()).toBe(1);
    expect(await section.locator('figure table tbody tr').count()).toBeGreaterThan(0);
    expect(await section.locator(`a[href*="indicators.csv?indicator=${code}"]`).count()).toBe(1);
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  publicContext = await newContext(browser);
});
afterAll(async () => {
  await browser.close();
});

describe('results dashboard', () => {
  it.each([
    ['en', 'Results', 'CSOs supported'],
    ['ar', 'النتائج', 'الجمعيات المدعومة'],
  ] as const)('shows every indicator with a chart, its table and a CSV in %s, axe-clean', async (lang, title, name) => {
    const page = await publicContext.newPage();
    await page.goto(portalUrl(`/${lang}/results`));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await page.locator('h1').textContent()).toContain(title);
    expect(await page.locator('section[data-indicator="CSOS_SUPPORTED"] h2').textContent()).toBe(name);
    await expectEveryIndicator(page);
    // the target of CSOs supported as a progress bar, its figures also in words
    expect(await page.locator('section[data-indicator="CSOS_SUPPORTED"] progress').count()).toBe(1);
    // the public sees no link to the records
    expect(await page.locator('a[href*="/records"]').count()).toBe(0);
    await screenshot(page, `results-dashboard-${lang}`);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.close();
  });

  it('loads under 100 KB of compressed JavaScript', async () => {
    const context = await newContext(browser, { mobile: true });
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' || response.url().endsWith('.js'))
        bodies.push(response.body());
    });
    await page.goto(portalUrl('/ar/results'), { waitUntil: 'networkidle' });
    const scripts = await Promise.all(bodies);
    const brotli = scripts.reduce(
      (sum, body) => sum + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    );
    expect(brotli).toBeLessThan(100 * 1024);
    await context.close();
  });

  it('lets an officer open the records behind "CSOs supported"', async () => {
    const officer = await signedIn('officer@demo.shabaka.example');
    const page = await officer.newPage();
    await page.goto(portalUrl('/en/results'));
    await page.waitForLoadState('networkidle');
    await page
      .locator('section[data-indicator="CSOS_SUPPORTED"]')
      .getByRole('link', { name: 'Records behind this figure' })
      .click();
    await page.waitForURL(/\/en\/results\/indicators\/CSOS_SUPPORTED\/records$/);
    expect(await page.locator('h1').textContent()).toContain('CSOs supported');
    expect(await page.locator('main table').count()).toBe(1);
    await screenshot(page, 'results-records-en');
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await officer.close();
  });
});
