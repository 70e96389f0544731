/**
 * What the shell gives every page, as the server sends it (JavaScript off, so nothing hydration fixes counts): the
 * language switch leads to the same page in the other language and the current section is marked (issue 13 item
 * 28); no other site may frame a page (issue 13 item 20).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl } from './support/browser.js';

let browser: Browser;
let slug = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const page = await (await newContext(browser, { javaScript: false })).newPage();
  await page.goto(portalUrl('/en/directory'));
  slug = (await page.locator('.cards .name a').first().getAttribute('href'))!.split('/').pop()!;
  await page.context().close();
});
afterAll(async () => {
  await browser.close();
});

describe('the language switch without JavaScript', () => {
  const cases = [
    { from: () => '/ar', to: () => '/en', section: undefined },
    { from: () => '/ar/directory', to: () => '/en/directory', section: 'directory' },
    { from: () => '/en/directory?q=women&page=2', to: () => '/ar/directory?q=women&page=2', section: 'directory' },
    { from: () => `/ar/organizations/${slug}`, to: () => `/en/organizations/${slug}`, section: undefined },
    { from: () => '/en/account/sign-in', to: () => '/ar/account/sign-in', section: undefined },
  ];
  for (const { from, to, section } of cases) {
    it(`leads from ${from().replace(/organizations\/$/, 'organizations/<slug>')} to the same page in the other language`, async () => {
      const page = await (await newContext(browser, { javaScript: false })).newPage();
      await page.goto(portalUrl(from()));
      const link = page.locator('.languages a');
      expect(await link.getAttribute('href')).toBe(to());
      const response = await page.goto(new URL((await link.getAttribute('href'))!, page.url()).toString());
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(to().slice(1, 3));
      // the section of the page is marked in the server's HTML
      const current = page.locator('header nav a[aria-current="page"]');
      if (section) expect(await current.getAttribute('href')).toBe(`/${to().slice(1, 3)}/${section}`);
      else expect(await current.count()).toBe(0);
      await page.context().close();
    });
  }
});

describe('the footer', () => {
  // Jordan's PDPL expects a privacy statement, WCAG an accessibility statement; both name a way to reach the programme
  for (const lang of ['ar', 'en'] as const) {
    it(`links to the privacy statement, the accessibility statement and the contact page in ${lang}`, async () => {
      const page = await (await newContext(browser, { javaScript: false })).newPage();
      await page.goto(portalUrl(`/${lang}/directory`));
      const hrefs = await page.locator('footer a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const path of ['privacy', 'accessibility', 'contact']) {
        expect(hrefs).toContain(`/${lang}/${path}`);
        const response = await page.goto(portalUrl(`/${lang}/${path}`));
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect((await page.locator('main h1').textContent())!.trim().length).toBeGreaterThan(3);
        if (path !== 'contact') {
          expect(await page.locator(`main a[href="/${lang}/contact"]`).count()).toBe(1);
        } else {
          expect(await page.locator('main a[href^="mailto:"]').count()).toBe(1);
        }
        await page.goto(portalUrl(`/${lang}/directory`));
      }
      await page.context().close();
    });
  }
});

describe('framing', () => {
  it('no other site may show a page of the portal in a frame', async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    for (const path of [
      '/ar',
      '/en/directory',
      '/en/account/sign-in',
      `/ar/organizations/${slug}`,
      '/en/no-such-page',
    ]) {
      const response = (await page.goto(portalUrl(path)))!;
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
    }
    await page.context().close();
  });
});
