/**
 * Who reaches the signed-in pages: the API decides (one query per page), the portal turns its answer into the
 * sign-in page (coming back afterwards), a 403 or a 404.
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

describe('signed-in pages', () => {
  it('send a visitor to sign in, then back to the page asked for', async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/en/account/verification'));
    expect(page.url()).toBe(portalUrl('/en/account/sign-in?next=%2Fen%2Faccount%2Fverification'));
    await page.locator('#email').fill('officer@demo.shabaka.example');
    await page.locator('#password').fill('Jasmine-Demo-2026');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(portalUrl('/en/account/verification'));
    expect(await page.locator('h1').textContent()).toBe('Verification requests');
    await page.context().close();
  });

  it("refuse the officers' console and another organisation's workspace to an organisation's owner", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(portalUrl('/en/account/sign-in'));
    await page.locator('#email').fill('owner@demo.shabaka.example');
    await page.locator('#password').fill('Jasmine-Demo-2026');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(/\/en\/account$/);
    expect((await page.goto(portalUrl('/en/account/verification')))?.status()).toBe(403);
    // the second demo organisation belongs to owner2
    const other = await (await newContext(browser)).newPage();
    await other.goto(portalUrl('/en/directory?sort=name'));
    const slugs = await other
      .locator('.cards .name a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!));
    await other.context().close();
    await page.goto(portalUrl('/en/account'));
    const own = await page
      .locator('a[href*="/account/organizations/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!));
    const notMine = slugs.find((slug) => !own.includes(slug))!;
    expect((await page.goto(portalUrl(`/en/account/organizations/${notMine}`)))?.status()).toBe(403);
    expect((await page.goto(portalUrl('/en/account/organizations/no-such-organisation')))?.status()).toBe(404);
    await page.context().close();
  });
});
