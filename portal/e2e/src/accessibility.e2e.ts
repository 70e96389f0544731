/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA, the 2.2 target-size rule included) on every page in both languages,
 * public and signed in, with a screenshot of each saved under test-results/screenshots. Colour contrast of Arabic
 * text is proven by the design tokens' unit test (axe skips joined Arabic letters), and by the English pages here.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, newContext, portalUrl, screenshot } from './support/browser.js';
import { scheduleSession } from './support/training.js';

let browser: Browser;
const contexts: Record<'public' | 'owner' | 'officer', BrowserContext | undefined> = {
  public: undefined,
  owner: undefined,
  officer: undefined,
};
let organizationSlug = '';
let ownedSlug = '';
let sessionPath = '';
let partnershipPath = '';
let partnerId = '';
let grantCallPath = '';
let matchmakingDayPath = '';
let grantApplicationPath = '';

async function signedIn(email: string): Promise<BrowserContext> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('Jasmine-Demo-2026');
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(/\/en\/account$/);
  await page.close();
  return context;
}

beforeAll(async () => {
  browser = await launchBrowser();
  contexts.public = await newContext(browser);
  contexts.owner = await signedIn('owner@demo.shabaka.example');
  contexts.officer = await signedIn('officer@demo.shabaka.example');
  const page = await contexts.public.newPage();
  await page.goto(portalUrl('/en/directory'));
  organizationSlug = (await page.locator('.cards .name a').first().getAttribute('href'))!.split('/').pop()!;
  // a partnership of the demo data, and a party to ask for one (from the institution page's link)
  await page.goto(portalUrl('/en/partnerships/registry'));
  partnershipPath = (await page.locator('.card h3 a').first().getAttribute('href'))!.replace(/^\/en/, '');
  await page.goto(portalUrl('/en/partnerships/institutions/mosd-directorate-mafraq'));
  const ask = (await page.getByRole('link', { name: 'Request a partnership' }).getAttribute('href'))!;
  partnerId = new URL(ask, 'http://portal').searchParams.get('to')!;
  await page.goto(portalUrl('/en/grants'));
  grantCallPath = (await page.locator('main a[href*="/grants/calls/"]').first().getAttribute('href'))!.replace(
    /^\/en/,
    '',
  );
  // the demo matchmaking day (or one a journey made)
  await page.goto(portalUrl('/en/partnerships/matchmaking'));
  matchmakingDayPath = (await page.locator('.days h3 a').first().getAttribute('href'))!.replace(/^\/en/, '');
  await page.close();
  const owner = await contexts.owner.newPage();
  await owner.goto(portalUrl('/en/account'));
  ownedSlug = (await owner.locator('a[href*="/account/organizations/"]').first().getAttribute('href'))!
    .split('/')
    .pop()!;
  await owner.goto(portalUrl(`/en${grantCallPath}`));
  grantApplicationPath = (await owner
    .locator('main a[href*="/grants/applications/"]')
    .first()
    .getAttribute('href'))!.replace(/^\/en/, '');
  await owner.close();
  const officer = await contexts.officer.newPage();
  sessionPath = await scheduleSession(officer, 'Accessible training pages');
  await officer.close();
});
afterAll(async () => {
  await browser.close();
});

const PAGES: { name: string; path: () => string; as: keyof typeof contexts; status?: number }[] = [
  { name: 'home', path: () => '', as: 'public' },
  { name: 'directory', path: () => '/directory', as: 'public' },
  { name: 'directory-search', path: () => '/directory?q=society&governorate=JO-AM', as: 'public' },
  { name: 'directory-empty', path: () => '/directory?q=zzzzqqqxxx', as: 'public' },
  { name: 'organization', path: () => `/organizations/${organizationSlug}`, as: 'public' },
  { name: 'open-data', path: () => '/open-data', as: 'public' },
  { name: 'not-found', path: () => '/organizations/no-such-organisation', as: 'public', status: 404 },
  { name: 'partnerships', path: () => '/partnerships', as: 'public' },
  { name: 'partnerships-filtered', path: () => '/partnerships?kind=NEED&governorate=JO-MA', as: 'public' },
  { name: 'partnerships-institutions', path: () => '/partnerships/institutions', as: 'public' },
  { name: 'partnerships-institution', path: () => '/partnerships/institutions/mosd-directorate-mafraq', as: 'public' },
  { name: 'partnerships-editor', path: () => `/partnerships/manage/organizations/${ownedSlug}`, as: 'owner' },
  { name: 'partnerships-registry', path: () => '/partnerships/registry', as: 'public' },
  {
    name: 'partnerships-registry-filtered',
    path: () => '/partnerships/registry?kind=CSO_CSO&governorate=JO-MA',
    as: 'public',
  },
  { name: 'partnerships-requests', path: () => `/partnerships/requests?organization=${ownedSlug}`, as: 'owner' },
  {
    name: 'partnerships-request-new',
    path: () => `/partnerships/requests/new?to=${encodeURIComponent(partnerId)}`,
    as: 'owner',
  },
  { name: 'partnerships-partnership', path: () => partnershipPath, as: 'public' },
  { name: 'partnerships-overview', path: () => '/partnerships/overview', as: 'officer' },
  { name: 'matchmaking-days', path: () => '/partnerships/matchmaking', as: 'public' },
  { name: 'matchmaking-day', path: () => matchmakingDayPath, as: 'public' },
  { name: 'matchmaking-day-signed-in', path: () => matchmakingDayPath, as: 'owner' },
  { name: 'matchmaking-setup', path: () => '/partnerships/matchmaking/new', as: 'officer' },
  { name: 'privacy', path: () => '/privacy', as: 'public' },
  { name: 'accessibility-statement', path: () => '/accessibility', as: 'public' },
  { name: 'contact', path: () => '/contact', as: 'public' },
  { name: 'training', path: () => '/training', as: 'public' },
  { name: 'training-filtered', path: () => '/training?mode=in-person&seatsLeft=1&governorate=JO-AM', as: 'public' },
  { name: 'training-empty', path: () => '/training?governorate=JO-AQ&mode=online', as: 'public' },
  { name: 'training-session', path: () => sessionPath, as: 'public' },
  { name: 'training-session-register', path: () => sessionPath, as: 'owner' },
  { name: 'training-mine', path: () => '/training/mine', as: 'owner' },
  { name: 'training-course-new', path: () => '/training/courses/new', as: 'officer' },
  { name: 'training-session-new', path: () => '/training/sessions/new', as: 'officer' },
  { name: 'training-registrants', path: () => `${sessionPath}/registrants`, as: 'officer' },
  { name: 'training-participation', path: () => '/training/participation', as: 'officer' },
  { name: 'training-session-edit', path: () => `${sessionPath}/edit`, as: 'officer' },
  { name: 'training-attendance', path: () => `${sessionPath}/attendance`, as: 'officer' },
  { name: 'training-organization', path: () => `/training/organizations/${ownedSlug}`, as: 'owner' },
  { name: 'grants', path: () => '/grants', as: 'public' },
  { name: 'grants-call', path: () => grantCallPath, as: 'public' },
  { name: 'grants-call-signed-in', path: () => grantCallPath, as: 'owner' },
  { name: 'grants-application', path: () => grantApplicationPath, as: 'owner' },
  { name: 'grants-application-search', path: () => `${grantApplicationPath}?partnerSearch=Mafraq`, as: 'owner' },
  { name: 'grants-confirm', path: () => `${grantApplicationPath}/confirm`, as: 'owner' },
  { name: 'grants-mine', path: () => '/grants/mine', as: 'owner' },
  { name: 'sign-in', path: () => '/account/sign-in', as: 'public' },
  { name: 'sign-up', path: () => '/account/sign-up', as: 'public' },
  { name: 'reset-password', path: () => '/account/reset-password', as: 'public' },
  { name: 'account', path: () => '/account', as: 'owner' },
  { name: 'workspace', path: () => `/account/organizations/${ownedSlug}`, as: 'owner' },
  { name: 'register', path: () => '/account/organizations/new', as: 'owner' },
  { name: 'claim', path: () => `/account/claim?organization=${organizationSlug}`, as: 'owner' },
  { name: 'verification-queue', path: () => '/account/verification', as: 'officer' },
  { name: 'verification-case', path: () => `/account/verification/${ownedSlug}`, as: 'officer' },
];

for (const lang of ['ar', 'en'] as const) {
  describe(`accessibility in ${lang}`, () => {
    for (const entry of PAGES) {
      it(`${entry.name} has no serious or critical WCAG 2.2 AA violation`, async () => {
        const page: Page = await contexts[entry.as]!.newPage();
        const response = await page.goto(portalUrl(`/${lang}${entry.path()}`));
        expect(response?.status()).toBe(entry.status ?? 200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await screenshot(page, `${entry.name}-${lang}`);
        const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  });
}

describe('keyboard', () => {
  it('reaches the search from the skip link and the focused element is never under the header', async () => {
    const page = await contexts.public!.newPage();
    await page.goto(portalUrl('/en/directory'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    // the next Tab goes into the page's content, not back to the navigation
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(inMain).toBe(true);
    // a visible focus indicator
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});
