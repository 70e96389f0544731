/**
 * The public directory in a real browser: search in Arabic and English, facets, the governorate map, the language
 * switch with right-to-left layout, the organisation page; with JavaScript and without it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('.results > .count').textContent()) ?? '';
  const digits = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[^\d]/g, '');
  return Number(digits);
}

async function firstResultName(page: Page): Promise<string> {
  return (await page.locator('.cards .name a').first().textContent())?.trim() ?? '';
}

for (const javaScript of [true, false]) {
  describe(`the directory ${javaScript ? 'with' : 'without'} JavaScript`, () => {
    it('finds an organisation by its Arabic name and by its English name, with the matches marked', async () => {
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      // given the directory's first organisation, in both languages
      await page.goto(portalUrl('/en/directory'));
      const total = await resultCount(page);
      expect(total).toBeGreaterThan(100);
      await page.locator('.cards .name a').first().click();
      await page.waitForURL(/\/en\/organizations\//);
      const english = (await page.locator('h1').textContent())!.trim();
      const arabic = (await page.locator('.other-name').textContent())!.trim();
      const slug = page.url().split('/').pop()!;

      // when searching its English name (typed, or submitted without JavaScript)
      await page.goto(portalUrl('/en/directory'));
      await page.getByLabel('Search for an organisation').fill(english);
      if (javaScript) await page.waitForURL(/q=/);
      else await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForLoadState('networkidle');
      // then it comes first, marked
      expect(await resultCount(page)).toBeLessThan(total);
      expect(await page.locator('.cards .name a').first().getAttribute('href')).toBe(`/en/organizations/${slug}`);
      expect(await page.locator('.cards li').first().locator('mark').count()).toBeGreaterThan(0);

      // and by its Arabic name on the Arabic page, without the hamza or taa marbuta typed
      const folded = arabic.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');
      await page.goto(portalUrl(`/ar/directory?q=${encodeURIComponent(folded)}`));
      expect(await page.locator('.cards .name a').first().getAttribute('href')).toBe(`/ar/organizations/${slug}`);
      expect(await firstResultName(page)).toBe(arabic);
      await context.close();
    });

    it('filters by facets and by the map, and keeps the state in a shareable URL', async () => {
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      await page.goto(portalUrl('/en/directory'));
      const total = await resultCount(page);
      // a target group facet: checking it filters (on change with JavaScript; with the Apply button without)
      const youth = page.locator('fieldset', { hasText: 'Target group' }).getByRole('checkbox', { name: /Youth/ });
      const youthCount = Number(
        ((await youth.locator('..').textContent()) ?? '').replace(/.*\((\d[\d,]*)\).*/s, '$1').replace(/,/g, ''),
      );
      await youth.check();
      if (!javaScript) await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL(/targetGroup=YOUTH/);
      await page.waitForLoadState('networkidle');
      expect(await resultCount(page)).toBe(youthCount);
      expect(youthCount).toBeLessThan(total);

      // the map: Irbid's tile adds the governorate to the filters
      await page.locator('svg a[aria-label^="Irbid "]').first().click();
      await page.waitForURL(/governorate=JO-IR/);
      await page.waitForLoadState('networkidle');
      const both = await resultCount(page);
      expect(both).toBeLessThanOrEqual(youthCount);
      expect(await page.locator('svg a[aria-current="true"]').count()).toBe(1);

      // the URL alone gives the same page to someone else
      const shared = await (await newContext(browser, { javaScript })).newPage();
      await shared.goto(page.url());
      expect(await resultCount(shared)).toBe(both);
      expect(
        await shared
          .locator('fieldset', { hasText: 'Target group' })
          .getByRole('checkbox', { name: /Youth/ })
          .isChecked(),
      ).toBe(true);
      await shared.context().close();

      // the next page, then back
      await page.goto(portalUrl('/en/directory'));
      const firstPage = await firstResultName(page);
      await page.getByRole('link', { name: 'Next page' }).click();
      await page.waitForURL(/after=/);
      await page.waitForLoadState('networkidle');
      expect(await firstResultName(page)).not.toBe(firstPage);
      await page.getByRole('link', { name: 'Previous page' }).click();
      await page.waitForURL(/before=/);
      await page.waitForLoadState('networkidle');
      expect(await firstResultName(page)).toBe(firstPage);
      await context.close();
    });
  });
}

describe('languages', () => {
  it('switches between Arabic (right to left) and English on the same page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(portalUrl('/ar/directory?q=%D8%AC%D9%85%D8%B9%D9%8A%D8%A9'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    // right to left: the brand sits at the right edge, the search button after the box (to its left)
    const brand = (await page.locator('.brand').boundingBox())!;
    expect(brand.x).toBeGreaterThan(640);
    const box = (await page.getByLabel('ابحث عن منظمة').boundingBox())!;
    const button = (await page.getByRole('button', { name: 'بحث', exact: true }).boundingBox())!;
    expect(button.x).toBeLessThan(box.x);

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/directory\?q=/);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await page.locator('.brand').boundingBox())!.x).toBeLessThan(100);
    await context.close();
  });

  it('shows an organisation in the reader language with the other one marked, and a 404 for an unknown one', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(portalUrl('/ar/directory'));
    await page.locator('.cards .name a').first().click();
    await page.waitForURL(/\/ar\/organizations\//);
    expect(await page.locator('h1').getAttribute('lang')).toBe('ar');
    expect(await page.locator('.other-name').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'التواصل' }).count()).toBe(1);
    const response = await page.goto(portalUrl('/en/organizations/no-such-organisation'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('We could not find this organisation');
    expect(await page.locator('main form[role="search"]').count()).toBe(1);
    await context.close();
  });
});
