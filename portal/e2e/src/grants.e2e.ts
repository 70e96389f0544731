/**
 * Grants, by hand in a browser: the public reads the open call (lots, rules, deadline in Amman time, questions); the
 * demo editor opens their organisation's draft from the call page, sees the budget's totals follow what they type,
 * is refused a submission of an incomplete draft with the reasons listed (without JavaScript), completes and saves it,
 * attaches the documents the call requires on the review step, and submits it, receiving a receipt number. axe on every page in both languages, with a screenshot of each.
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
let publicContext: BrowserContext;
let editor: BrowserContext;
let editorWithScripts: BrowserContext;
let callPath = '';
let draftPath = '';

/** Submits a form and waits for its answer: the POST, then the page. */
async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
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

async function expectAccessible(page: Page): Promise<void> {
  const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(violations).toEqual([]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  publicContext = await newContext(browser);
  editor = await signedIn('editor@demo.shabaka.example', false);
  editorWithScripts = await signedIn('editor@demo.shabaka.example', true);
});
afterAll(async () => {
  await browser.close();
});

describe('grants', () => {
  it('shows the open call in the list and its page, in Arabic (right to left) and English', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const page = await publicContext.newPage();
      await page.goto(portalUrl(`/${lang}/grants`));
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const link = page.locator('main a[href*="/grants/calls/"]').first();
      await expect.poll(() => link.count()).toBe(1);
      await screenshot(page, `grants-calls-${lang}`);
      await expectAccessible(page);
      await link.click();
      await page.waitForURL(/\/grants\/calls\//);
      callPath = new URL(page.url()).pathname.replace(/^\/(ar|en)/, '');
      const main = await page.locator('main').innerText();
      expect(main).toContain(lang === 'en' ? 'Social innovation' : 'الابتكار الاجتماعي');
      expect(main).toContain(lang === 'en' ? 'Deadline (Amman time)' : 'الموعد النهائي (بتوقيت عمّان)');
      expect(main).toContain(lang === 'en' ? 'May a CSO be a co-applicant' : 'هل يمكن لجمعية');
      // a signed-out reader is told how to apply, not shown the form
      expect(await page.locator('form[action="?/start"]').count()).toBe(0);
      await screenshot(page, `grants-call-${lang}`);
      await expectAccessible(page);
      await page.close();
    }
  });

  it("opens the editor's draft from the call page; the budget's totals follow what is typed", async () => {
    const page = await editorWithScripts.newPage();
    await page.goto(portalUrl(`/en${callPath}`));
    const draft = page.locator('main a[href*="/grants/applications/"]', { hasText: '' }).first();
    await expect.poll(() => draft.count()).toBeGreaterThan(0);
    // the draft is the one whose line says "Draft"
    const drafts = page.locator('main li', { hasText: 'Draft' }).locator('a[href*="/grants/applications/"]');
    draftPath = new URL((await drafts.first().getAttribute('href'))!, portalUrl('/')).pathname.replace(/^\/en/, '');
    await page.goto(portalUrl(`/en${draftPath}`));
    await page.waitForLoadState('networkidle');
    await page.locator('input[name="line0Requested"]').fill('30000');
    await page.locator('input[name="line0Cofinancing"]').fill('3000');
    await page.locator('input[name="line1Requested"]').fill('15000');
    await page.locator('input[name="line1Cofinancing"]').fill('2000');
    await expect.poll(() => page.locator('[data-testid="total-cost"]').innerText()).toContain('€50,000');
    expect(await page.locator('[data-testid="total-requested"]').innerText()).toContain('€45,000');
    expect(await page.locator('[data-testid="total-cost"]').innerText()).toContain('10%');
    await screenshot(page, 'grants-application-en');
    await expectAccessible(page);
    const arabic = await editorWithScripts.newPage();
    await arabic.goto(portalUrl(`/ar${draftPath}`));
    await screenshot(arabic, 'grants-application-ar');
    await expectAccessible(arabic);
    await arabic.close();
    await page.close();
  });

  it('refuses to submit an incomplete draft with its reasons, then submits the completed draft with a receipt (no JavaScript)', async () => {
    const page = await editor.newPage();
    await page.goto(portalUrl(`/en${draftPath}`));
    await submit(page, 'form[action="?/submit"]');
    const refusal = await page.locator('[role="alert"]').innerText();
    expect(refusal).toContain('The application was not submitted');
    expect(refusal).toContain('This is needed to submit.');
    await screenshot(page, 'grants-submit-refused-en');
    // complete every step and save
    await page.locator('#descriptionEn').fill('Young volunteers visit older people living alone, every week.');
    await page.locator('#objectiveEn').fill('Older people living alone are visited weekly');
    await page.locator('#indicatorEn').fill('People visited weekly');
    await page.locator('#baseline').fill('0');
    await page.locator('#target').fill('300');
    await page.locator('select[name="line0Category"]').selectOption('STAFF');
    await page.locator('input[name="line0Description"]').fill('Coordinator');
    await page.locator('input[name="line0Requested"]').fill('30000');
    await page.locator('input[name="line0Cofinancing"]').fill('3000');
    await page.locator('select[name="line1Category"]').selectOption('ACTIVITIES');
    await page.locator('input[name="line1Description"]').fill('Visits');
    await page.locator('input[name="line1Requested"]').fill('15000');
    await page.locator('input[name="line1Cofinancing"]').fill('2000');
    await submit(page, 'form[action="?/save"]');
    expect(page.url()).toContain('?saved');
    expect(await page.locator('[data-testid="total-cost"]').innerText()).toContain('€50,000');
    // the documents the call requires are missing: the review step names them, then takes each file
    await page.goto(portalUrl(`/en${draftPath}/review`));
    await submit(page, 'form[action="?/submit"]');
    expect(await page.locator('[role="alert"]').innerText()).toContain('A document the call requires is not attached');
    const pdf = { name: 'document.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
    for (const code of ['STATUTES', 'FINANCIAL_STATEMENTS', 'PARTNERSHIP_LETTERS']) {
      await page.locator(`#file-${code}`).setInputFiles(pdf);
      await submit(page, `#doc-${code} form[action="?/attach"]`);
      expect(page.url()).toContain('?attached');
    }
    const attachments = await page.locator('[data-testid="attachments"]').innerText();
    expect(attachments).not.toContain('Not attached yet.');
    await screenshot(page, 'grants-attachments-en');
    // submit
    await submit(page, 'form[action="?/submit"]');
    expect(page.url()).toContain('?submitted');
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/Receipt number: G-\d{4}-\d{6}/);
    // locked: no form to edit any more
    expect(await page.locator('form[action="?/save"]').count()).toBe(0);
    await screenshot(page, 'grants-submitted-en');
    await page.close();
  });
});
