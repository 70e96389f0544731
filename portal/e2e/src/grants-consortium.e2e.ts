/**
 * Grants, the consortium step by hand in a browser (without JavaScript, plain form posts): the demo editor finds the
 * second demo CSO and the MoSD directorate in Mafraq by name and invites them (a co-applicant and an associate),
 * invites and removes a third; an edit made on an older version of the draft is refused with a clear message; each
 * invited party's owner confirms on the confirmation page; the lead sees both confirmed. The viewer's applications
 * page (the workspaces' "Grant applications") lists the draft. axe on every page in both languages.
 */
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
let editor: BrowserContext;
let partnerOwner: BrowserContext;
let institutionOwner: BrowserContext;
let draftPath = '';
let partnerName = '';

/** Submits a form and waits for its answer: the POST, then the page. */
async function submit(page: Page, button: ReturnType<Page['locator']>): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await button.click();
  await posted;
  await page.waitForLoadState('load');
}

async function signedIn(email: string, javaScript = false): Promise<BrowserContext> {
  const context = await newContext(browser, { javaScript });
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page, page.locator('main form button[type="submit"]').last());
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
  await page.close();
  return context;
}

/** The same person with JavaScript (axe runs as a script), per context without it. */
const withScripts = new Map<BrowserContext, BrowserContext>();

/** axe on the page as it is now: the same address, in the same person's context with JavaScript. */
async function expectAccessible(page: Page): Promise<void> {
  const scripted = await withScripts.get(page.context())!.newPage();
  await scripted.goto(page.url());
  await scripted.waitForLoadState('networkidle');
  const violations = (await axeViolations(scripted)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await scripted.close();
  expect(violations).toEqual([]);
}

async function search(page: Page, words: string): Promise<void> {
  await page.locator('#partnerSearch').fill(words);
  await Promise.all([page.waitForURL(/partnerSearch=/), page.locator('form[role="search"] button').click()]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  editor = await signedIn('editor@demo.shabaka.example');
  partnerOwner = await signedIn('owner2@demo.shabaka.example');
  institutionOwner = await signedIn('institution@demo.shabaka.example');
  withScripts.set(editor, await signedIn('editor@demo.shabaka.example', true));
  withScripts.set(partnerOwner, await signedIn('owner2@demo.shabaka.example', true));
  withScripts.set(institutionOwner, await signedIn('institution@demo.shabaka.example', true));
  // the second demo CSO's name, as its owner's account page shows it
  const account = await partnerOwner.newPage();
  await account.goto(portalUrl('/en/account'));
  partnerName = (await account.locator('main a[href*="/account/organizations/"]').first().innerText()).trim();
  await account.close();
  // the editor's draft, from the open call's page
  const page = await editor.newPage();
  await page.goto(portalUrl('/en/grants'));
  await page.locator('main a[href*="/grants/calls/"]').first().click();
  await page.waitForURL(/\/grants\/calls\//);
  const draft = page.locator('main li', { hasText: 'Draft' }).locator('a[href*="/grants/applications/"]').first();
  draftPath = new URL((await draft.getAttribute('href'))!, portalUrl('/')).pathname.replace(/^\/en/, '');
  await page.close();
});
afterAll(async () => {
  await browser.close();
});

describe('grants consortium', () => {
  it('finds partners by name and invites a co-applicant CSO and an associate institution (no JavaScript)', async () => {
    expect(partnerName).not.toBe('');
    const page = await editor.newPage();
    await page.goto(portalUrl(`/en${draftPath}`));
    expect(await page.locator('#consortium').innerText()).toContain('No partners yet.');
    await search(page, partnerName);
    const invite = page.getByRole('button', { name: `Invite ${partnerName} as Co-applicant` });
    expect(await invite.count()).toBe(1);
    await screenshot(page, 'grants-consortium-search-en');
    await expectAccessible(page);
    await submit(page, invite);
    expect(page.url()).toContain('?saved');
    await search(page, 'Directorate Mafraq');
    await submit(
      page,
      page.getByRole('button', { name: /^Invite Social Development Directorate - Mafraq as Associate$/ }),
    );
    const partners = await page.locator('[data-testid="partners"]').innerText();
    expect(partners).toContain(`${partnerName} (Co-applicant)`);
    expect(partners).toContain('Social Development Directorate - Mafraq (Associate)');
    expect(await page.locator('[data-testid="partner-state"]', { hasText: 'Awaiting confirmation' }).count()).toBe(2);
    await screenshot(page, 'grants-consortium-invited-en');
    await expectAccessible(page);
    const arabic = await editor.newPage();
    await arabic.goto(portalUrl(`/ar${draftPath}`));
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await arabic.locator('[data-testid="partner-state"]', { hasText: 'بانتظار التأكيد' }).count()).toBe(2);
    await screenshot(arabic, 'grants-consortium-invited-ar');
    await expectAccessible(arabic);
    await arabic.close();
    await page.close();
  });

  it('removes a partner while draft, and refuses an edit made on an older version with a clear message', async () => {
    const page = await editor.newPage();
    await page.goto(portalUrl(`/en${draftPath}`));
    await search(page, 'Directorate Irbid');
    await submit(
      page,
      page.getByRole('button', { name: /^Invite Social Development Directorate - Irbid as Associate$/ }),
    );
    expect(await page.locator('[data-testid="partners"]').innerText()).toContain('Directorate - Irbid');
    // a second tab shows the same version; the first one changes the draft meanwhile
    const stale = await editor.newPage();
    await stale.goto(portalUrl(`/en${draftPath}`));
    await submit(page, page.getByRole('button', { name: 'Remove Social Development Directorate - Irbid' }));
    expect(await page.locator('[data-testid="partners"]').innerText()).not.toContain('Directorate - Irbid');
    await submit(stale, stale.getByRole('button', { name: `Remove ${partnerName}` }));
    expect(await stale.locator('main').innerText()).toContain('Someone changed the application meanwhile');
    await screenshot(stale, 'grants-consortium-conflict-en');
    // the refused edit changed nothing
    await page.goto(portalUrl(`/en${draftPath}`));
    expect(await page.locator('[data-testid="partners"]').innerText()).toContain(partnerName);
    await stale.close();
    await page.close();
  });

  it('each invited party confirms on its confirmation page; the lead sees them confirmed', async () => {
    for (const [context, name] of [
      [partnerOwner, partnerName],
      [institutionOwner, 'Social Development Directorate - Mafraq'],
    ] as const) {
      const page = await context.newPage();
      await page.goto(portalUrl(`/en${draftPath}/confirm`));
      expect(await page.locator('main').innerText()).toContain('invites you to take part');
      await expectAccessible(page);
      await submit(page, page.getByRole('button', { name: `Confirm taking part for ${name}` }));
      expect(page.url()).toContain('?confirmed');
      expect(await page.locator('main').innerText()).toContain('Your participation is confirmed.');
      expect(await page.getByRole('button', { name: /^Confirm taking part/ }).count()).toBe(0);
      const arabic = await context.newPage();
      await arabic.goto(portalUrl(`/ar${draftPath}/confirm`));
      await screenshot(arabic, `grants-confirm-ar-${name === partnerName ? 'cso' : 'institution'}`);
      await expectAccessible(arabic);
      await arabic.close();
      await page.close();
    }
    const page = await editor.newPage();
    await page.goto(portalUrl(`/en${draftPath}`));
    expect(await page.locator('[data-testid="partner-state"]', { hasText: 'Confirmed' }).count()).toBe(2);
    expect(await page.locator('[data-testid="partner-state"]', { hasText: 'Awaiting confirmation' }).count()).toBe(0);
    await page.close();
  });

  it("lists the viewer's applications on the workspaces' Grant applications page, in both languages", async () => {
    for (const lang of ['en', 'ar'] as const) {
      const page = await partnerOwner.newPage();
      await page.goto(portalUrl(`/${lang}/grants/mine`));
      const links = page.locator('[data-testid="applications"] a[href*="/grants/applications/"]');
      const hrefs = await links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toContain(`/${lang}${draftPath}`);
      await screenshot(page, `grants-mine-${lang}`);
      await expectAccessible(page);
      await page.close();
    }
  });

  it('asks before an in-app link leaves the draft with unsaved changes, and stays when told to', async () => {
    const page = await withScripts.get(editor)!.newPage();
    await page.goto(portalUrl(`/en${draftPath}`));
    await page.waitForLoadState('networkidle');
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    // nothing typed yet: the link leaves without asking
    await page.getByRole('link', { name: 'Confirm participation' }).click();
    await page.waitForURL(/\/confirm$/);
    expect(asked).toEqual([]);
    await page.goBack();
    await page.waitForURL((url) => !url.pathname.endsWith('/confirm'));
    await page.locator('#titleEn').fill('Neighbours who visit');
    await page.getByRole('link', { name: 'Confirm participation' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('Your changes to the application are not saved');
    expect(new URL(page.url()).pathname).toBe(`/en${draftPath}`);
    expect(await page.locator('#titleEn').inputValue()).toBe('Neighbours who visit');
    await page.close();
  });
});
