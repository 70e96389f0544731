/**
 * The workspace edits the organisation's contacts, public or private, and its social links (issue 13 item 34): the
 * public page shows the public ones only, instead of "No public contact details" forever. Without JavaScript.
 */
import { randomUUID } from 'node:crypto';
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

async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
}

describe('the contacts of an organisation', () => {
  it('are edited in the workspace, each public or private, and the public page shows the public ones', async () => {
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/en/account/sign-in'));
    await page.locator('#email').fill('owner@demo.shabaka.example');
    await page.locator('#password').fill('Jasmine-Demo-2026');
    await submit(page, 'main form');
    await page.waitForURL(/\/en\/account$/);
    await page.goto(portalUrl('/en/account/organizations/new'));
    await page.locator('#nameEn').fill(`Reachable Society ${randomUUID().slice(0, 6)}`);
    await page.locator('#legalForm').selectOption('CHARITY');
    await page.locator('#governorate').selectOption('JO-IR');
    await submit(page, 'main form');
    await page.waitForURL(/\/en\/account\/organizations\/[a-z0-9-]+$/);
    const slug = page.url().split('/').pop()!;

    // a contact with neither email nor phone is refused next to its row
    await page.locator('#contact-0-name').fill('Front office');
    await submit(page, 'form[action="?/profile"]');
    expect(await page.locator('#contact-0-email-error').textContent()).toContain('Give an email address or a phone');

    await page.locator('#contact-0-email').fill('info@reachable.example');
    await page.locator('#contact-1-name').fill('Director');
    await page.locator('#contact-1-phone').fill('0791234567');
    await page.locator('#contact-1-visibility').selectOption('PRIVATE');
    await page.locator('#social-facebook').fill('https://facebook.com/reachable');
    await submit(page, 'form[action="?/profile"]');
    expect(await page.locator('main').textContent()).toContain('The profile was saved.');
    expect(await page.locator('#contact-1-visibility').inputValue()).toBe('PRIVATE');

    const visitor = await (await newContext(browser, { javaScript: false })).newPage();
    await visitor.goto(portalUrl(`/en/organizations/${slug}`));
    const contacts = await visitor.locator('section[aria-labelledby="contacts"]').textContent();
    expect(contacts).toContain('info@reachable.example');
    expect(contacts).not.toContain('0791234567');
    expect(contacts).not.toContain('No public contact details');
    await visitor.context().close();
    await page.context().close();
  });
});
