/**
 * Matchmaking days, by hand in a browser: an officer sets a day up (in Amman time) and publishes it; a CSO owner
 * (without JavaScript: every form works as plain HTML) registers the organisation, narrows its availability in the
 * slots' grid, and asks the MoSD directorate in Mafraq for a meeting; the directorate registers too, accepts, and the
 * meeting shows in both agendas at the first slot free for both, in English and in Arabic (times in Asia/Amman,
 * isolated so they read right), with its calendar address. axe on every new page in both languages.
 */
import { randomUUID } from 'node:crypto';
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

let browser: Browser;
let officer: BrowserContext;
let owner: BrowserContext;
let ownerWithScripts: BrowserContext;
let institution: BrowserContext;
let publicContext: BrowserContext;
let dayPath = '';
let ownerParticipant = '';
const title = `Partners for Irbid ${randomUUID().slice(0, 6)}`;

async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signedIn(email: string, javaScript: boolean): Promise<BrowserContext> {
  const context = await newContext(browser, { javaScript });
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page, 'main form');
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
  await page.close();
  return context;
}

/** A day in Amman, `days` from today, at a wall-clock time, as a datetime-local field takes it. */
function ammanAt(days: number, time: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Amman' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  return `${day}T${time}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  officer = await signedIn('officer@demo.shabaka.example', true);
  owner = await signedIn('owner@demo.shabaka.example', false);
  ownerWithScripts = await signedIn('owner@demo.shabaka.example', true);
  institution = await signedIn('institution@demo.shabaka.example', true);
  publicContext = await newContext(browser);
});
afterAll(async () => {
  await browser.close();
});

describe('matchmaking day', () => {
  it('an officer sets up a day in Amman time and publishes it', async () => {
    const page = await officer.newPage();
    await page.goto(portalUrl('/en/partnerships/matchmaking'));
    await page.getByRole('link', { name: 'Set up a matchmaking day' }).click();
    await page.waitForURL(/\/en\/partnerships\/matchmaking\/new$/);
    // a day that ends before it starts: refused next to its field, what was typed stays
    await page.locator('#titleEn').fill(title);
    await page.locator('#titleAr').fill('شركاء من أجل إربد');
    await page.locator('#startsAt').fill(ammanAt(14, '09:00'));
    await page.locator('#endsAt').fill(ammanAt(14, '08:00'));
    await page.locator('#slotMinutes').fill('30');
    await page.locator('#governorate').selectOption('JO-IR');
    await page.locator('#venueEn').fill('Irbid Chamber of Commerce');
    await submit(page, 'form[action="?/create"]');
    expect(await page.locator('#endsAt').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#titleEn').inputValue()).toBe(title);
    await screenshot(page, 'matchmaking-setup-error-en');
    await page.locator('#endsAt').fill(ammanAt(14, '11:00'));
    await submit(page, 'form[action="?/create"]');
    await page.waitForURL(/\/en\/partnerships\/matchmaking\/[0-9a-f-]{36}\?done=created$/);
    dayPath = new URL(page.url()).pathname.replace(/^\/en/, '');
    // 09:00 to 11:00 in 30-minute slots, shown in Amman time
    const slots = page.locator('ol.slots li');
    expect(await slots.count()).toBe(4);
    expect((await slots.first().textContent())!.replace(/\s/g, '')).toMatch(/^09:00.09:30$/);
    await submit(page, 'form[action="?/publish"]');
    await page.waitForURL(/\?done=published$/);
    await page.close();
  });

  it('a CSO registers without JavaScript, narrows its availability, and asks the directorate for a meeting', async () => {
    // the directorate takes part first, so that the CSO sees it on the day's page
    const reem = await institution.newPage();
    await reem.goto(portalUrl(`/en${dayPath}`));
    const options = await reem.locator('#partyId option').allTextContents();
    await reem.locator('#partyId').selectOption({ label: options.find((o) => /Mafraq/.test(o))! });
    await submit(reem, 'form[action="?/register"]');
    await reem.waitForURL(/\/availability\?participant=.*done=registered$/);
    await reem.close();

    const page = await owner.newPage();
    await page.goto(portalUrl(`/en${dayPath}`));
    await page.locator('#noteEn').fill('We look for outreach partners in the north.');
    await submit(page, 'form[action="?/register"]');
    await page.waitForURL(/\/availability\?participant=([0-9a-f-]{36})&done=registered$/);
    ownerParticipant = new URL(page.url()).searchParams.get('participant')!;
    // the grid: one row per slot, its time as the row header, a checkbox under "Free"
    const boxes = page.locator('table.grid tbody input[type="checkbox"]');
    expect(await boxes.count()).toBe(4);
    expect(await page.locator('table.grid tbody th[scope="row"]').count()).toBe(4);
    await boxes.first().uncheck();
    await submit(page, 'form[action="?/availability"]');
    await page.waitForURL(/done=saved$/);
    expect(await page.locator('table.grid tbody input[type="checkbox"]').first().isChecked()).toBe(false);
    await screenshot(page, 'matchmaking-availability-en');

    // the request, from the day's page
    await page.goto(portalUrl(`/en${dayPath}`));
    const card = page.locator('.participants > li', { hasText: 'Mafraq' }).first();
    await card
      .locator('summary')
      .click()
      .catch(() => undefined);
    await card.locator('textarea[name="message"]').fill('Could we plan outreach in Mafraq together?');
    await submit(page, `.participants > li:has-text("Mafraq") form[action="?/request"]`);
    await page.waitForURL(/\/requests\?participant=.*done=requested$/);
    expect(await page.locator('main').textContent()).toContain('Awaiting an answer');
    await page.close();
  });

  it('the directorate accepts: the meeting takes the first slot free for both, in both agendas', async () => {
    const page = await institution.newPage();
    await page.goto(portalUrl(`/en${dayPath}/requests`));
    await screenshot(page, 'matchmaking-requests-en');
    await submit(page, 'form[action="?/accept"]');
    await page.waitForURL(/done=accept$/);
    await page.close();

    const agenda = await owner.newPage();
    await agenda.goto(portalUrl(`/en${dayPath}/agenda?participant=${ownerParticipant}`));
    const rows = agenda.locator('table.agenda tbody tr');
    expect(await rows.count()).toBe(1);
    // the CSO is not free from 09:00 to 09:30: the next slot
    expect((await rows.first().locator('th').textContent())!.replace(/\s/g, '')).toMatch(/^09:30.10:00$/);
    expect(await rows.first().textContent()).toContain('Mafraq');
    await screenshot(agenda, 'matchmaking-agenda-en');
    // the calendar address, shown once
    await submit(agenda, 'form[action="?/agendaLink"]');
    expect(await agenda.locator('#calendar-address').inputValue()).toMatch(
      /\/calendar\/matchmaking\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    // in Arabic: the time range isolated in <bdi>, with Arabic digits
    await agenda.goto(portalUrl(`/ar${dayPath}/agenda?participant=${ownerParticipant}`));
    const time = agenda.locator('table.agenda tbody th bdi').first();
    expect(await time.count()).toBe(1);
    expect(await time.textContent()).toMatch(/[٠-٩]/);
    await screenshot(agenda, 'matchmaking-agenda-ar');
    await agenda.close();

    // the public day page lists both participants
    const reader = await publicContext.newPage();
    await reader.goto(portalUrl(`/en${dayPath}`));
    expect(await reader.locator('.participants > li').count()).toBe(2);
    await reader.close();
  });
});

const PAGES: { name: string; path: () => string; as: () => BrowserContext }[] = [
  { name: 'matchmaking-days', path: () => '/partnerships/matchmaking', as: () => publicContext },
  { name: 'matchmaking-day', path: () => dayPath, as: () => publicContext },
  { name: 'matchmaking-day-signed-in', path: () => dayPath, as: () => ownerWithScripts },
  { name: 'matchmaking-setup', path: () => '/partnerships/matchmaking/new', as: () => officer },
  {
    name: 'matchmaking-availability',
    path: () => `${dayPath}/availability?participant=${ownerParticipant}`,
    as: () => ownerWithScripts,
  },
  { name: 'matchmaking-requests', path: () => `${dayPath}/requests`, as: () => institution },
  {
    name: 'matchmaking-agenda',
    path: () => `${dayPath}/agenda?participant=${ownerParticipant}`,
    as: () => ownerWithScripts,
  },
];

for (const lang of ['ar', 'en'] as const) {
  describe(`matchmaking pages in ${lang}`, () => {
    for (const entry of PAGES) {
      it(`${entry.name} has no serious or critical WCAG 2.2 AA violation`, async () => {
        const page = await entry.as().newPage();
        const response = await page.goto(portalUrl(`/${lang}${entry.path()}`));
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await screenshot(page, `${entry.name}-${lang}`);
        const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  });
}
