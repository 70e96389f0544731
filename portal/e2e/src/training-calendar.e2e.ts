/**
 * Training calendars in a browser (issue 14): a session page links its days to the session's public iCalendar feed;
 * on "my registrations" a person makes their calendar link and resets it, in English with JavaScript and in Arabic
 * without (a form action), the new address shown once and the old one answering 404. axe on the page in both
 * languages, the address shown.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  newContext,
  portalUrl,
  reachAfterSignIn,
  screenshot,
} from './support/browser.js';

const PASSWORD = 'Jasmine-Demo-2026';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signedIn(lang: string, email: string, javaScript: boolean): Promise<Page> {
  const page = await (await newContext(browser, { javaScript })).newPage();
  await page.goto(portalUrl(`/${lang}/account/sign-in`));
  // typed before the page is hydrated, the fields would be emptied by hydration
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page, 'main form');
  await reachAfterSignIn(page, new RegExp(`/${lang}/account$`), lang);
  return page;
}

/** The feed at `url` (the API's public address, as the page shows it). */
async function feed(url: string): Promise<{ status: number; text: string }> {
  expect(url.startsWith(inject('apiUrl'))).toBe(true);
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}

async function seriousFindings(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

describe('training calendars', () => {
  it("links a session's days to its public calendar feed", async () => {
    // given a visitor on the catalogue, opening its first session
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(portalUrl('/en/training'));
    await page.locator('a[href*="/en/training/sessions/"]').first().click();
    await page.waitForURL(/\/en\/training\/sessions\/[0-9a-f-]{36}$/);
    const sessionId = /sessions\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

    // then the page links to the session's feed, which is a calendar with its days
    const link = page.getByRole('link', { name: 'Add these days to my calendar (.ics)' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`${inject('apiUrl')}/calendar/training/sessions/${sessionId}.ics`);
    const calendar = await feed(href);
    expect(calendar.status).toBe(200);
    expect(calendar.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar.text).toContain('BEGIN:VEVENT');
    expect(calendar.text).toContain('TZID:Asia/Amman');
    // and in Arabic too
    await page.goto(portalUrl(`/ar/training/sessions/${sessionId}`));
    expect(await page.locator(`a[href="${href}"]`).textContent()).toContain('أضف هذه الأيام إلى تقويمي');
    await page.context().close();
  });

  it('makes and resets my calendar link: the new address is shown once, the old one stops working', async () => {
    // given a CSO owner on their registrations, in English with JavaScript
    const owner = await signedIn('en', 'owner@demo.shabaka.example', true);
    await owner.goto(portalUrl('/en/training/mine'));
    const section = owner.locator('section[aria-labelledby="calendar-heading"]');
    expect(await section.locator('h2').textContent()).toBe('My calendar link');

    // when they make (or reset) their link
    await submit(owner, 'form[action="?/calendar"]');
    const first = await owner.locator('#calendar-url').inputValue();
    expect(first).toMatch(new RegExp(`^${inject('apiUrl')}/calendar/training/me/[A-Za-z0-9_-]{43}\\.ics$`));
    expect((await feed(first)).status).toBe(200);
    expect(await seriousFindings(owner)).toEqual([]);
    await screenshot(owner, 'training-calendar-link-en');

    // then, coming back, the address is no longer shown: only when it was made
    await owner.goto(portalUrl('/en/training/mine'));
    expect(await owner.locator('#calendar-url').count()).toBe(0);
    expect(await section.textContent()).toContain('Your calendar link was made on');

    // when they reset it in Arabic, without JavaScript (the same person, another browser)
    const arabic = await signedIn('ar', 'owner@demo.shabaka.example', false);
    await arabic.goto(portalUrl('/ar/training/mine'));
    expect(await arabic.locator('#calendar-heading').textContent()).toBe('رابط تقويمي');
    await submit(arabic, 'form[action="?/calendar"]');
    const second = await arabic.locator('#calendar-url').inputValue();

    // then the address changed, the old one answers 404 and the new one the feed
    expect(second).not.toBe(first);
    expect((await feed(first)).status).toBe(404);
    const mine = await feed(second);
    expect(mine.status).toBe(200);
    expect(mine.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    await screenshot(arabic, 'training-calendar-link-ar');

    // and the Arabic page, the address shown, passes axe (which needs JavaScript in the page)
    const checked = await signedIn('ar', 'owner@demo.shabaka.example', true);
    await checked.goto(portalUrl('/ar/training/mine'));
    await submit(checked, 'form[action="?/calendar"]');
    expect(await checked.locator('#calendar-url').inputValue()).not.toBe(second);
    expect(await seriousFindings(checked)).toEqual([]);
    for (const page of [owner, arabic, checked]) await page.context().close();
  });
});
