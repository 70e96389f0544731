/**
 * Details of the public pages from the outside review (issue 13 item 35): an unknown organisation gets the
 * directory's "not found" with its search, every page describes itself and names its other-language twin for search
 * engines, a member is sent to the workspace rather than invited to claim, Arabic dates are not separated by a dot
 * that reads as a zero, and an email in Arabic text at 360 px stays one left-to-right run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('public pages', () => {
  it("answer an unknown organisation with a 404 that offers the directory's search", async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    const response = await page.goto(portalUrl('/ar/organizations/no-such-organisation'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('لم نجد هذه المنظمة');
    await page.getByLabel('ابحث عن منظمة').fill('جمعية');
    await page.getByRole('button', { name: 'بحث', exact: true }).click();
    await page.waitForURL(/\/ar\/directory\?q=/);
    await page.context().close();
  });

  it('describe themselves and name the same page in the other language', async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/ar/directory?q=women'));
    expect(((await page.locator('meta[name="description"]').getAttribute('content')) ?? '').length).toBeGreaterThan(40);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({
      ar: portalUrl('/ar/directory?q=women'),
      en: portalUrl('/en/directory?q=women'),
      'x-default': portalUrl('/ar/directory?q=women'),
    });
    await page.context().close();
  });

  it("send a member to the organisation's workspace instead of inviting them to ask to manage it", async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/en/account/sign-in'));
    await page.locator('#email').fill('owner@demo.shabaka.example');
    await page.locator('#password').fill('Jasmine-Demo-2026');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(/\/en\/account$/);
    const workspace = (await page.locator('a[href*="/account/organizations/"]').first().getAttribute('href'))!;
    const slug = workspace.split('/').pop()!;
    // Arabic dates on the account page: no middle dot beside Arabic-Indic digits
    await page.goto(portalUrl('/ar/account'));
    expect((await page.locator('main').textContent())!).not.toMatch(/[٠-٩]\s*·|·\s*[٠-٩]/);

    await page.goto(portalUrl(`/en/organizations/${slug}`));
    expect(await page.getByRole('link', { name: /Ask to manage/ }).count()).toBe(0);
    expect(await page.locator(`main a[href="/en/account/organizations/${slug}"]`).count()).toBe(1);
    await page.context().close();
  });

  it("separate an officer's dates, sizes and waiting times in Arabic without a middle dot", async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/en/account/sign-in'));
    await page.locator('#email').fill('officer@demo.shabaka.example');
    await page.locator('#password').fill('Jasmine-Demo-2026');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(/\/en\/account$/);
    await page.goto(portalUrl('/ar/account/verification'));
    expect((await page.locator('main').textContent())!).not.toMatch(/[٠-٩]\s*·|·\s*[٠-٩]/);
    // the case page of any organisation (officers may open one that waits for nothing)
    await page.goto(portalUrl('/en/directory'));
    const slug = (await page.locator('.cards .name a').first().getAttribute('href'))!.split('/').pop()!;
    await page.goto(portalUrl(`/ar/account/verification/${slug}`));
    expect(await page.locator('main h1').count()).toBe(1);
    expect((await page.locator('main').textContent())!).not.toMatch(/[٠-٩]\s*·|·\s*[٠-٩]/);
    await page.context().close();
  });

  it('keep an email in Arabic text at 360 px as one left-to-right run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    // an organisation with a public email
    await page.goto(portalUrl('/ar/directory'));
    const hrefs = await page
      .locator('.cards .name a')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    let checked = 0;
    for (const href of hrefs.slice(0, 10)) {
      await page.goto(portalUrl(href));
      const email = page.locator('a[href^="mailto:"]').first();
      if ((await email.count()) === 0) continue;
      // one box (an inline-block), not fragments of a line broken at the hyphen and reordered right to left
      expect(await email.evaluate((a) => a.getClientRects().length)).toBe(1);
      expect(await email.evaluate((a) => a.scrollWidth <= a.clientWidth + 1)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    await context.close();
  });
});
