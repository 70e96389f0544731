/**
 * Grants, the multi-step application form by hand in a browser: the owner of a small CSO in Mafraq starts an
 * application from the open call; fills the project step without JavaScript, is shown the error next to its field
 * with what they typed kept, corrects it and goes on; fills the logframe with JavaScript (two objectives, one with
 * two indicators), which saves by itself and says when; types a budget whose totals and co-financing check follow
 * each keystroke, sees an amount refused next to its line with the error summary focused; reviews and submits with
 * a receipt number after attaching the documents the call requires. axe on every step in Arabic and English.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
let plain: BrowserContext;
let scripted: BrowserContext;
let officerContext: BrowserContext;
let officerScripted: BrowserContext;
let applicationPath = '';
let callPath = '';

/** Submits a form with a button and waits for its answer: the POST, then the page. */
async function submit(page: Page, button: ReturnType<Page['locator']>): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await button.click();
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
  await submit(page, page.locator('main form button[type="submit"]').last());
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
  await page.close();
  return context;
}

/** axe on a page, in Arabic and English, with JavaScript (axe runs as a script). */
async function expectAccessible(path: string, name: string, context?: BrowserContext): Promise<void> {
  for (const lang of ['ar', 'en'] as const) {
    const page = await (context ?? scripted).newPage();
    await page.goto(portalUrl(`/${lang}${path}`));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    await screenshot(page, `grants-form-${name}-${lang}`);
    await page.close();
    expect(violations).toEqual([]);
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  plain = await signedIn('mafraq@demo.shabaka.example', false);
  officerContext = await signedIn('officer@demo.shabaka.example', false);
  officerScripted = await signedIn('officer@demo.shabaka.example', true);
  scripted = await signedIn('mafraq@demo.shabaka.example', true);
});
afterAll(async () => {
  await browser.close();
});

describe('grants application form', () => {
  it('starts an application from the open call; the application page leads through the steps', async () => {
    const page = await plain.newPage();
    await page.goto(portalUrl('/en/grants'));
    await page.locator('main a[href*="/grants/calls/"]').first().click();
    await page.waitForURL(/\/grants\/calls\//);
    callPath = new URL(page.url()).pathname.replace(/^\/en/, '');
    await submit(page, page.locator('form[action="?/start"] button[type="submit"]'));
    await page.waitForURL(/\/grants\/applications\/[^/?]+$/);
    applicationPath = new URL(page.url()).pathname.replace(/^\/en/, '');
    const steps = page.getByRole('navigation', { name: 'Steps of the application' });
    expect(await steps.locator('a').count()).toBe(5);
    expect(await steps.locator('a[aria-current="step"]').innerText()).toContain('Consortium');
    await page.close();
  });

  it('refuses a duration that is not a number next to its field, keeps what was typed, then goes on (no JavaScript)', async () => {
    const page = await plain.newPage();
    await page.goto(portalUrl(`/en${applicationPath}/project`));
    await page.locator('#lotId').selectOption({ index: 1 });
    await page.locator('#titleEn').fill('Home visits in Mafraq');
    await page.locator('#titleAr').fill('زيارات منزلية في المفرق');
    await page.locator('#summaryEn').fill('Volunteers visit older people living alone.');
    await page.locator('#descriptionEn').fill('Weekly home visits by trained volunteers, with a referral to services.');
    await page.locator('#targetGroup').fill('ELDERLY');
    await page.locator('#expectedBeneficiaries').fill('120');
    await page.locator('#locality').selectOption('RURAL');
    await page.locator('#durationMonths').fill('twelve');
    await submit(page, page.getByRole('button', { name: 'Save draft' }));
    expect(await page.locator('#durationMonths-error').innerText()).toContain('whole number');
    expect(await page.locator('#titleEn').inputValue()).toBe('Home visits in Mafraq');
    const summary = page.locator('.summary[role="alert"]');
    expect(await summary.getAttribute('tabindex')).toBe('-1');
    expect(await summary.locator('a[href="#durationMonths"]').count()).toBe(1);
    await screenshot(page, 'grants-form-project-error-en');
    await page.locator('#durationMonths').fill('12');
    await submit(page, page.getByRole('button', { name: 'Save and continue' }));
    await page.waitForURL(/\/logframe$/);
    await page.close();
    await expectAccessible(`${applicationPath}/project`, 'project');
  });

  it('takes several objectives and indicators, saving by itself as one types (JavaScript)', async () => {
    const page = await scripted.newPage();
    await page.goto(portalUrl(`/en${applicationPath}/logframe`));
    await page.waitForLoadState('networkidle');
    await page.locator('#o0En').fill('Older people living alone are visited weekly');
    await page.locator('#o0i0En').fill('People visited weekly');
    await page.locator('#o0i0Baseline').fill('0');
    await page.locator('#o0i0Target').fill('120');
    await page.getByRole('button', { name: 'Add an indicator to objective 1' }).click();
    await page.locator('#o0i1En').fill('Referrals to services');
    await page.locator('#o0i1Baseline').fill('0');
    await page.locator('#o0i1Target').fill('40');
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.locator('#o1En').fill('Volunteers are trained');
    await page.locator('#o1i0En').fill('Volunteers trained');
    await page.locator('#o1i0Baseline').fill('0');
    await page.locator('#o1i0Target').fill('30');
    const status = page.locator('[data-testid="autosave-status"]');
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^Saved at \d{2}:\d{2}/);
    // after the autosave, typing more saves again on the new version (no conflict)
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.request().headers()['x-grants-autosave'] === '1',
    );
    await page.locator('#o1i0Target').fill('35');
    expect((await saved).status()).toBe(200);
    await expect.poll(() => status.innerText()).toMatch(/^Saved at/);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#o0i1En').inputValue()).toBe('Referrals to services');
    expect(await page.locator('#o1i0Target').inputValue()).toBe('35');
    await page.close();
    await expectAccessible(`${applicationPath}/logframe`, 'logframe');
  });

  it('adds the budget up as one types, checks the co-financing rate, and refuses an amount next to its line', async () => {
    const page = await scripted.newPage();
    await page.goto(portalUrl(`/en${applicationPath}/budget`));
    await page.waitForLoadState('networkidle');
    await page.locator('#line0Category').selectOption('STAFF');
    await page.locator('#line0Description').fill('Coordinator');
    await page.locator('#line0Requested').fill('30000');
    await page.locator('#line0Cofinancing').fill('1000');
    expect(await page.locator('[data-testid="total-cost"]').innerText()).toContain('€31,000');
    expect(await page.locator('[data-testid="cofinancing-check"]').innerText()).toContain('below');
    await page.locator('#line1Category').selectOption('ACTIVITIES');
    await page.locator('#line1Description').fill('Visits');
    await page.locator('#line1Requested').fill('15,000 euros');
    await page.locator('#line1Cofinancing').fill('5000');
    await submit(page, page.getByRole('button', { name: 'Save draft' }));
    expect(await page.locator('#line1-error').innerText()).toContain('amount');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('summary') ?? false))
      .toBe(true);
    expect(await page.locator('#line1Requested').inputValue()).toBe('15,000 euros');
    await page.locator('#line1Requested').fill('15000');
    expect(await page.locator('[data-testid="total-cost"]').innerText()).toContain('€51,000');
    expect(await page.locator('[data-testid="cofinancing-check"]').innerText()).toContain("meets the call's rate");
    await submit(page, page.getByRole('button', { name: 'Save and continue' }));
    await page.waitForURL(/\/review$/);
    await page.close();
    await expectAccessible(`${applicationPath}/budget`, 'budget');
  });

  it('reviews what will be submitted and submits it with a receipt number (no JavaScript)', async () => {
    const page = await plain.newPage();
    await page.goto(portalUrl(`/en${applicationPath}/review`));
    const main = await page.locator('main').innerText();
    expect(main).toContain('Home visits in Mafraq');
    expect(main).toContain('Referrals to services');
    expect(await page.locator('[data-testid="review-total"]').innerText()).toContain('€51,000');
    await expectAccessible(`${applicationPath}/review`, 'review');
    // the documents the call requires, one file each (without JavaScript: a plain multipart form)
    const pdf = { name: 'document.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
    for (const code of ['STATUTES', 'FINANCIAL_STATEMENTS', 'PARTNERSHIP_LETTERS']) {
      await page.locator(`#file-${code}`).setInputFiles(pdf);
      await submit(page, page.locator(`#doc-${code} form[action="?/attach"] button[type="submit"]`));
      expect(page.url()).toContain('?attached');
    }
    await submit(page, page.locator('form[action="?/submit"] button[type="submit"]'));
    const answer = await page.locator('main').innerText();
    expect(answer).toMatch(/Receipt number: G-\d{4}-\d{6}/);
    await screenshot(page, 'grants-form-submitted-en');
    // the receipt of what was submitted, as a PDF
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="receipt-pdf"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^receipt-G-\d{4}-\d{6}\.pdf$/);
    // saved to a file of our own: the run's shared Chromium is connected to, and a remote download has no local path
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'receipt-')), download.suggestedFilename());
    await download.saveAs(file);
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('asks a question on the call; an officer answers it for every applicant to read (no JavaScript)', async () => {
    // the applicant asks; an empty question is refused next to its field
    const page = await plain.newPage();
    await page.goto(portalUrl(`/en${callPath}`));
    await submit(page, page.getByRole('button', { name: 'Send the question' }));
    expect(await page.locator('#questionEn-error').innerText()).not.toBe('');
    await page.locator('#questionEn').fill('May a public school be an associate?');
    await submit(page, page.getByRole('button', { name: 'Send the question' }));
    expect(page.url()).toContain('?asked');
    expect(await page.locator('#ask').innerText()).toContain('Your question was sent');
    await page.close();
    // the officer sees it open and publishes the answer
    const questionsPath = `${callPath.replace('/grants/calls/', '/grants/officer/calls/')}/questions`;
    const officer = await officerContext.newPage();
    await officer.goto(portalUrl(`/en${questionsPath}`));
    const open = officer.locator('[data-testid="asked-question"]', { hasText: 'May a public school be an associate?' });
    expect(await open.innerText()).toContain('Waiting for an answer');
    await screenshot(officer, 'grants-form-officer-questions-en');
    await open.locator('textarea[name="answerEn"]').fill('Yes, a public school may take part as an associate.');
    await submit(officer, open.getByRole('button', { name: 'Publish the question and answer' }));
    expect(officer.url()).toContain('?published');
    expect(
      await officer
        .locator('[data-testid="asked-question"]', { hasText: 'May a public school be an associate?' })
        .innerText(),
    ).toContain('Answered');
    await officer.close();
    await expectAccessible(questionsPath, 'officer-questions', officerScripted);
    // everyone reads the answer on the call's page
    const reader = await plain.newPage();
    await reader.goto(portalUrl(`/en${callPath}`));
    expect(await reader.locator('main').innerText()).toContain('Yes, a public school may take part as an associate.');
    await reader.close();
    await expectAccessible(callPath, 'call-ask');
  });
});
