/**
 * Two people edit the same organisation profile (issue 13 item 6): the later save of a stale form is refused, nothing
 * of the first save is reverted, and the form shows what the other person changed; saving again keeps both changes.
 * One editor has JavaScript, the other not.
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
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function ownerPage(javaScript: boolean): Promise<Page> {
  const page = await (await newContext(browser, { javaScript })).newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.locator('#email').fill('owner@demo.shabaka.example');
  await page.locator('#password').fill('Jasmine-Demo-2026');
  await submit(page, 'main form');
  await page.waitForURL(/\/en\/account$/);
  return page;
}

describe('two people editing the same profile', () => {
  it('refuses the stale save, shows what changed, and keeps both changes after a second save', async () => {
    const first = await ownerPage(true);
    const second = await ownerPage(false);
    await first.goto(portalUrl('/en/account/organizations/new'));
    await first.locator('#nameEn').fill(`Two Editors Society ${randomUUID().slice(0, 6)}`);
    await first.locator('#legalForm').selectOption('CHARITY');
    await first.locator('#governorate').selectOption('JO-AM');
    await submit(first, 'main form');
    await first.waitForURL(/\/en\/account\/organizations\/[a-z0-9-]+$/);
    const workspace = first.url();

    // both open the form; the first saves a mission
    await second.goto(workspace);
    await first.locator('#missionEn').fill('Literacy classes for adults');
    await submit(first, 'form[action="?/profile"]');
    expect(await first.locator('main').textContent()).toContain('The profile was saved.');

    // the second saves a website from the form opened before: refused, the mission is shown as changed
    await second.locator('#website').fill('https://two-editors.example');
    await submit(second, 'form[action="?/profile"]');
    expect(await second.locator('main').textContent()).toContain('Someone else saved this profile');
    expect(await second.locator('#missionEn-error').textContent()).toContain('Literacy classes for adults');
    expect(await second.locator('#missionEn').inputValue()).toBe('Literacy classes for adults');
    expect(await second.locator('#website').inputValue()).toBe('https://two-editors.example');

    // nothing was reverted
    await first.reload();
    expect(await first.locator('#missionEn').inputValue()).toBe('Literacy classes for adults');
    expect(await first.locator('#website').inputValue()).toBe('');

    // saving again applies the website over the current version: both changes are kept
    await submit(second, 'form[action="?/profile"]');
    expect(await second.locator('main').textContent()).toContain('The profile was saved.');
    await first.reload();
    expect(await first.locator('#missionEn').inputValue()).toBe('Literacy classes for adults');
    expect(await first.locator('#website').inputValue()).toBe('https://two-editors.example');
    await first.context().close();
    await second.context().close();
  });
});
