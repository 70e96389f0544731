/**
 * Partner suggestions, by hand in a browser: a CSO owner (demo account) opens the suggestions of their organisation
 * and reads, for each suggested partner, a score, the reasons in the page's language and the score's breakdown as a
 * table, with a link to request a partnership; an institution's member chooses their institution. Without
 * JavaScript (the page is a plain GET form and links). axe in Arabic (right-to-left) and English, with screenshots.
 */
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
const ARABIC = /[\u0600-\u06FF]/;

let browser: Browser;
let owner: BrowserContext;
let ownerWithScripts: BrowserContext;
let institution: BrowserContext;

async function signedIn(email: string, javaScript: boolean): Promise<BrowserContext> {
  const context = await newContext(browser, { javaScript });
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

/** The suggestions shown on the page: name, score line, reasons, breakdown rows, request link. */
async function suggestions(page: Page) {
  return page.locator('li.suggestion').evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector('h3')?.textContent?.trim() ?? '',
      score: item.querySelector('.score strong')?.textContent?.trim() ?? '',
      reasons: [...item.querySelectorAll('ul.reasons li')].map((li) => li.textContent?.trim() ?? ''),
      rows: [...item.querySelectorAll('table tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
      request: item.querySelector('a.request')?.getAttribute('href') ?? '',
    })),
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  owner = await signedIn('owner@demo.shabaka.example', false);
  ownerWithScripts = await signedIn('owner@demo.shabaka.example', true);
  institution = await signedIn('institution@demo.shabaka.example', false);
});
afterAll(async () => {
  await browser.close();
});

describe('partner suggestions', () => {
  it("a CSO owner reads their organisation's suggested partners, each with its reasons and breakdown", async () => {
    const page = await owner.newPage();
    const response = await page.goto(portalUrl('/en/partnerships/suggestions'));
    expect(response?.status()).toBe(200);
    await screenshot(page, 'partnerships-suggestions-en');
    const shown = await suggestions(page);
    expect(shown.length).toBeGreaterThan(0);
    const scores = shown.map((s) => Number(/(\d+) of 100/.exec(s.score)![1]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const [i, suggestion] of shown.entries()) {
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      expect(suggestion.reasons.join(' ')).not.toMatch(ARABIC);
      // seven criteria, their points add up to the score, each within its maximum
      expect(suggestion.rows).toHaveLength(7);
      const points = suggestion.rows.map((row) => Number(row[1]));
      expect(points.reduce((a, b) => a + b, 0)).toBe(scores[i]);
      for (const row of suggestion.rows) expect(Number(row[1])).toBeLessThanOrEqual(Number(row[2]));
      expect(suggestion.request).toMatch(/^\/en\/partnerships\/requests\/new\?to=/);
    }
    // the breakdown is a table a screen reader can read, not only a bar
    const first = page.locator('li.suggestion').first();
    await first.locator('summary').click();
    expect(await first.getByRole('columnheader', { name: 'Points' }).count()).toBe(1);
    expect(await first.getByRole('rowheader', { name: 'Same or neighbouring governorate' }).count()).toBe(1);
    await screenshot(page, 'partnerships-suggestions-breakdown-en');
    await page.close();
  });

  it('shows the reasons in Arabic, right to left, on the Arabic page', async () => {
    const page = await owner.newPage();
    await page.goto(portalUrl('/ar/partnerships/suggestions'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const shown = await suggestions(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const suggestion of shown) {
      for (const reason of suggestion.reasons) expect(reason).toMatch(ARABIC);
      expect(suggestion.request).toMatch(/^\/ar\/partnerships\/requests\/new\?to=/);
    }
    await screenshot(page, 'partnerships-suggestions-ar');
    await page.close();
  });

  it("an institution's member sees suggestions for their institution", async () => {
    const page = await institution.newPage();
    await page.goto(portalUrl('/en/partnerships/suggestions'));
    const chosen = await page.locator('#party option[selected]').textContent();
    expect(chosen?.trim().length).toBeGreaterThan(0);
    expect(await page.getByRole('status').textContent()).toMatch(/\d+ suggestions/);
    await screenshot(page, 'partnerships-suggestions-institution-en');
    await page.close();
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`has no serious or critical WCAG 2.2 AA violation in ${lang}`, async () => {
      const page = await ownerWithScripts.newPage();
      const response = await page.goto(portalUrl(`/${lang}/partnerships/suggestions`));
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await page.locator('li.suggestion summary').first().click();
      const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(violations).toEqual([]);
      await page.close();
    });
  }
  it('the workspace and the partnerships page lead to the suggestions and the matchmaking days', async () => {
    const page = await owner.newPage();
    // the workspace of an organisation the owner acts for lists a "Suggested partners" section for it
    await page.goto(portalUrl('/en/account'));
    const workspace = (await page.locator('a[href*="/account/organizations/"]').first().getAttribute('href'))!;
    const slug = workspace.split('/').pop()!;
    await page.goto(portalUrl(workspace));
    // and a "Matchmaking days" section
    expect(await page.getByRole('link', { name: 'Matchmaking days' }).getAttribute('href')).toBe(
      '/en/partnerships/matchmaking',
    );
    const section = page.getByRole('link', { name: 'Suggested partners' });
    expect(new URL((await section.getAttribute('href'))!, portalUrl('/')).searchParams.get('organization')).toBe(slug);
    await section.click();
    await page.waitForURL(/\/en\/partnerships\/suggestions\?organization=/);
    expect((await suggestions(page)).length).toBeGreaterThan(0);
    // the public partnerships page links both
    await page.goto(portalUrl('/en/partnerships'));
    const tools = page.locator('nav.tools');
    expect(await tools.getByRole('link', { name: 'Suggested partners' }).getAttribute('href')).toBe(
      '/en/partnerships/suggestions',
    );
    await tools.getByRole('link', { name: 'Matchmaking days' }).click();
    await page.waitForURL(/\/en\/partnerships\/matchmaking$/);
    expect(await page.locator('h1').textContent()).toContain('Matchmaking days');
    await page.close();
  });
});
