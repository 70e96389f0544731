/**
 * An editor uploads the organisation's logo in the workspace; the public page shows it with alt text naming the
 * organisation; a file that is not an image is refused in the reader's language (issue 13 items 34 and 29).
 * Without JavaScript, as every form works.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl } from './support/browser.js';

/** A 2 × 2 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWOQyguQygtggFAAFtYDYZ3vNuoAAAAASUVORK5CYII=',
  'base64',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
}

describe('the logo of an organisation', () => {
  it('is uploaded in the workspace and shown on the public page with its alt text', async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/en/account/sign-in'));
    await page.locator('#email').fill('owner@demo.shabaka.example');
    await page.locator('#password').fill('Jasmine-Demo-2026');
    await submit(page, 'main form');
    await page.waitForURL(/\/en\/account$/);
    const name = `Pictured Society ${randomUUID().slice(0, 6)}`;
    await page.goto(portalUrl('/en/account/organizations/new'));
    await page.locator('#nameEn').fill(name);
    await page.locator('#legalForm').selectOption('CHARITY');
    await page.locator('#governorate').selectOption('JO-IR');
    await submit(page, 'main form');
    await page.waitForURL(/\/en\/account\/organizations\/[a-z0-9-]+$/);
    const slug = page.url().split('/').pop()!;

    // a text file named .png is refused, in Arabic on the Arabic page
    await page.goto(portalUrl(`/ar/account/organizations/${slug}`));
    await page
      .locator('#logo-file')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg/>') });
    await submit(page, 'form[action="?/logo"][enctype]');
    expect(await page.locator('#logo-file-error').textContent()).toBe('يجب أن يكون الملف صورة PNG أو JPEG أو WebP.');

    await page.goto(portalUrl(`/en/account/organizations/${slug}`));
    await page.locator('#logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await submit(page, 'form[action="?/logo"][enctype]');
    expect(await page.locator('main').textContent()).toContain('The logo was saved');

    await page.goto(portalUrl(`/en/organizations/${slug}`));
    const logo = page.locator('main img.logo');
    expect(await logo.getAttribute('alt')).toBe(`Logo of ${name}`);
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2);
    await page.context().close();
  });
});
