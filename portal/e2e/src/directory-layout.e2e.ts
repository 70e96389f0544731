/**
 * The directory's search as a reader meets it: a query typed on the directory ranks as the home page's does, and
 * ticking filters keeps it (issue 13 item 32); on a 360 px phone the results come first, the filters are folded, a
 * link skips to the results, and the map's chosen tile does not look like the focused one (issue 13 item 31).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function topFive(page: Page): Promise<string[]> {
  const links = page.locator('.cards .name a');
  const hrefs: string[] = [];
  for (let i = 0; i < Math.min(5, await links.count()); i++) hrefs.push((await links.nth(i).getAttribute('href'))!);
  return hrefs;
}

async function phone(javaScript = true): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width: 360, height: 740 },
    locale: 'ar-JO',
    timezoneId: 'Asia/Amman',
  });
  context.setDefaultTimeout(120_000);
  return context;
}

describe('a query typed on the directory', () => {
  it('ranks by relevance, as the same query sent from the home page', async () => {
    const home = await (await newContext(browser, { javaScript: false })).newPage();
    await home.goto(portalUrl('/en'));
    await home.getByLabel('Search for an organisation').fill('women');
    await home.getByRole('button', { name: 'Search', exact: true }).click();
    await home.waitForURL(/\/en\/directory\?q=women$/);
    const fromHome = await topFive(home);
    expect(fromHome.length).toBe(5);

    for (const javaScript of [true, false]) {
      const page = await (await newContext(browser, { javaScript })).newPage();
      await page.goto(portalUrl('/en/directory'));
      // the sort control is in the server's HTML: typed before the page hydrates, the words would reach no script
      // and the address would never change (seen in CI), so wait for the page's scripts as the other tests do
      if (javaScript) await page.waitForLoadState('networkidle');
      await page.getByLabel('Search for an organisation').fill('women');
      if (javaScript) await page.waitForURL(/q=women/);
      else await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForLoadState('networkidle');
      expect(page.url()).not.toMatch(/sort=name/);
      expect(await page.locator('#directory-sort').inputValue()).not.toBe('name');
      expect(await topFive(page)).toEqual(fromHome);
      await page.context().close();
    }
    await home.context().close();
  });

  it('is kept when filters are ticked without JavaScript', async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/en/directory'));
    await page.getByLabel('Search for an organisation').fill('women');
    await page.locator('fieldset', { hasText: 'Target group' }).getByRole('checkbox', { name: /Youth/ }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/targetGroup=YOUTH/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('women');
    expect(await page.getByLabel('Search for an organisation').inputValue()).toBe('women');
    await page.context().close();
  });
});

describe('the directory on a 360 px phone', () => {
  it('shows the results before the filters, folded, and the first result a few Tabs away', async () => {
    const page = await (await phone()).newPage();
    await page.goto(portalUrl('/en/directory'));
    const first = page.locator('.cards .name a').first();
    const firstTop = (await first.boundingBox())!.y;
    // the first result within the first two screens, above the filters
    expect(firstTop).toBeLessThan(2 * 740);
    expect(firstTop).toBeLessThan((await page.locator('#filters-heading').boundingBox())!.y);
    // no filter lists open: their choices are folded until asked for
    const visibleChoices = await page
      .locator('.filters input[type="checkbox"]')
      .evaluateAll((inputs) => inputs.filter((input) => (input as HTMLElement).checkVisibility()).length);
    expect(visibleChoices).toBe(0);

    // by keyboard: the skip link, then a link to the results, then the first result
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    let tabs = 0;
    const onFirstResult = () =>
      page.evaluate(() => document.activeElement === document.querySelector('.cards .name a'));
    const skip = page.getByRole('link', { name: 'Skip to the results' });
    expect(await skip.count()).toBe(1);
    while (!(await onFirstResult()) && tabs < 60) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(6);
    await skip.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await onFirstResult()).toBe(true);
    await page.context().close();
  });

  it("draws the map's chosen tile unlike the focused one", async () => {
    const page = await (await phone()).newPage();
    await page.goto(portalUrl('/en/directory?governorate=JO-IR'));
    const style = (selector: string) =>
      page.locator(selector).evaluate((tile) => {
        const computed = getComputedStyle(tile);
        return `${computed.stroke} ${computed.strokeWidth} ${computed.strokeDasharray}`;
      });
    const chosen = await style('svg a[aria-current="true"] rect');
    const other = page.locator('svg a:not([aria-current]) rect').first();
    await page.locator('svg a:not([aria-current])').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await other.evaluate((tile) => tile.parentElement!.matches(':focus-visible'))).toBe(true);
    const focused = await style('svg a:not([aria-current]):focus-visible rect');
    expect(focused).not.toBe(chosen);
    await page.context().close();
  });
});
