/**
 * The partnerships slice's "done when", in one journey by hand in a browser: a small CSO in Mafraq (demo account
 * mafraq@demo) publishes a need; another CSO (owner2@demo) offers exactly that in Mafraq; the Mafraq CSO finds it
 * among its suggested partners with the reason in words, sends a request from the suggestion, the other side
 * accepts, both confirm the partnership with its MoU date (one uploads the signed agreement, which the other reads
 * and the public does not), and it appears in the public registry and on both organisation pages. (Booking a meeting at a matchmaking day is matchmaking.e2e.ts's journey.)
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl, reachAfterSignIn, screenshot } from './support/browser.js';

const PASSWORD = 'Jasmine-Demo-2026';
const CAPABILITY = 'MONITORING_EVALUATION';
const AGREEMENT_PDF = Buffer.from('%PDF-1.4\n% a memorandum of understanding signed by both parties\n%%EOF\n');

let browser: Browser;
let mafraq: BrowserContext;
let partner: BrowserContext;
let publicContext: BrowserContext;
let mafraqSlug = '';
let partnerSlug = '';

/** Submits a form and waits for its answer: the POST, then the page. */
async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

/** Signed in without JavaScript: every step must work as plain HTML. */
async function signedIn(email: string): Promise<BrowserContext> {
  const context = await newContext(browser, { javaScript: false });
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await submit(page, 'main form');
  await reachAfterSignIn(page, /\/en\/account$/, 'en');
  await page.close();
  return context;
}

async function ownSlug(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account'));
  const slug = (await page.locator('a[href*="/account/organizations/"]').first().getAttribute('href'))!
    .split('/')
    .pop()!;
  await page.close();
  return slug;
}

function ammanDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Amman' }).format(new Date(Date.now() + days * 86_400_000));
}

/** Publishes a need or an offer of CAPABILITY in Mafraq from the organisation's editor. */
async function publish(context: BrowserContext, slug: string, kind: 'need' | 'offer', text: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(portalUrl(`/en/partnerships/manage/organizations/${slug}`));
  await page.locator(`#kind-${kind}`).check();
  await page.locator('#capability').selectOption(CAPABILITY);
  await page.locator('#descriptionEn').fill(text);
  await page.locator('#governorate-JO-MA').check();
  await page.locator('#expiresOn').fill(ammanDay(45));
  await submit(page, 'form[action="?/publish"]');
  await page.waitForURL(/\?done=published$/);
  expect(await page.locator('main').textContent()).toContain(text);
  await page.close();
}

beforeAll(async () => {
  browser = await launchBrowser();
  mafraq = await signedIn('mafraq@demo.shabaka.example');
  partner = await signedIn('owner2@demo.shabaka.example');
  publicContext = await newContext(browser);
  mafraqSlug = await ownSlug(mafraq);
  partnerSlug = await ownSlug(partner);
});
afterAll(async () => {
  await browser.close();
});

describe('partnerships, from a need in Mafraq to a partnership in the registry', () => {
  it('need, suggestion with its reason, request, acceptance, MoU confirmed by both, public registry', async () => {
    const token = randomUUID().slice(0, 8);
    await publish(partner, partnerSlug, 'offer', `We coach monitoring and evaluation teams in Mafraq ${token}`);
    await publish(mafraq, mafraqSlug, 'need', `We need help to monitor our home visits ${token}`);

    // the suggestions of the Mafraq CSO name the partner, with the reason in words
    const page = await mafraq.newPage();
    await page.goto(portalUrl(`/en/partnerships/suggestions?organization=${mafraqSlug}`));
    let suggestion = page.locator('li.suggestion', {
      has: page.locator(`h3 a[href$="/organizations/${partnerSlug}"]`),
    });
    // the partner may be on a later page: follow "more" a bounded number of times
    for (let pages = 0; (await suggestion.count()) === 0 && pages < 10; pages += 1) {
      const more = page.locator('a[rel="next"]');
      if ((await more.count()) === 0) break;
      await more.click();
      await page.waitForLoadState('load');
      suggestion = page.locator('li.suggestion', { has: page.locator(`h3 a[href$="/organizations/${partnerSlug}"]`) });
    }
    expect(await suggestion.count()).toBe(1);
    expect(await suggestion.locator('ul.reasons').textContent()).toContain(
      'offers monitoring and evaluation, which you need',
    );
    await screenshot(page, 'partnerships-journey-suggestion-en');

    // a request from the suggestion
    await suggestion.locator('a.request').click();
    await page.waitForURL(/\/en\/partnerships\/requests\/new\?to=/);
    const message = `Could you coach our volunteers on monitoring? ${token}`;
    await page.locator('#message').fill(message);
    await submit(page, 'main form[method="post"]');
    await page.waitForURL(/\/en\/partnerships\/requests\?.*done=sent/);
    await page.close();

    // the partner accepts from its inbox, records the MoU and confirms
    const other = await partner.newPage();
    await other.goto(portalUrl('/en/partnerships/requests'));
    await submit(other, `section[aria-labelledby="inbox-heading"] .card:has-text("${token}") form[action="?/accept"]`);
    await other.waitForURL(/\/en\/partnerships\/[^/]+\?done=accepted$/);
    const partnershipPath = new URL(other.url()).pathname.replace(/^\/en/, '');
    const purpose = `Monitoring home visits in Mafraq ${token}`;
    await other.locator('#mouSignedOn').fill(ammanDay(0));
    await other.locator('#agreementReference').fill(`MoU-${token}`);
    await other.locator('#purposeEn').fill(purpose);
    await other.locator('#governorate-JO-MA').check();
    await submit(other, 'form[action="?/update"]');
    await other.waitForURL(/\?done=updated$/);
    await submit(other, 'form[action="?/confirm"]');
    await other.waitForURL(/\?done=confirmed$/);
    // and uploads the signed agreement: a file that is not a PDF is refused next to its field
    await other.locator('#agreement-file').setInputFiles({
      name: 'agreement.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a PDF'),
    });
    await submit(other, 'form[action="?/agreementFile"]');
    expect(await other.locator('#agreement-file-error').textContent()).toContain('PDF');
    await other.locator('#agreement-file').setInputFiles({
      name: 'agreement.pdf',
      mimeType: 'application/pdf',
      buffer: AGREEMENT_PDF,
    });
    await submit(other, 'form[action="?/agreementFile"]');
    await other.waitForURL(/\?done=agreement$/);
    await other.close();

    // the Mafraq CSO confirms too (unless its request counted as its confirmation): active
    const lead = await mafraq.newPage();
    await lead.goto(portalUrl(`/en${partnershipPath}`));
    if ((await lead.locator('form[action="?/confirm"]').count()) > 0) {
      await submit(lead, 'form[action="?/confirm"]');
      await lead.waitForURL(/\?done=confirmed$/);
    }
    expect(await lead.locator('main dl').first().textContent()).toContain('Active');
    expect(await lead.locator('main').textContent()).toContain(`MoU-${token}`);
    // the other member reads the signed agreement; the public does not see it
    const link = lead.getByRole('link', { name: /Download the signed agreement/ });
    const download = await lead.request.get(portalUrl((await link.getAttribute('href'))!));
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(AGREEMENT_PDF)).toBe(true);
    await screenshot(lead, 'partnerships-journey-partnership-en');
    await lead.close();

    // public: in the registry under Mafraq and on both organisation pages
    const reader = await publicContext.newPage();
    await reader.goto(portalUrl('/en/partnerships/registry?kind=CSO_CSO&governorate=JO-MA&status=ACTIVE'));
    expect(await reader.locator('.card', { hasText: purpose }).count()).toBe(1);
    await reader.goto(portalUrl(`/en${partnershipPath}`));
    expect(await reader.getByRole('link', { name: /Download the signed agreement/ }).count()).toBe(0);
    expect((await reader.request.get(portalUrl(`/en${partnershipPath}/agreement`))).status()).toBe(401);
    for (const slug of [mafraqSlug, partnerSlug]) {
      await reader.goto(portalUrl(`/en/organizations/${slug}`));
      const section = reader.locator('section[aria-labelledby="organization-partnerships-partnerships"]');
      expect(await section.textContent()).toContain(purpose);
    }
    await screenshot(reader, 'partnerships-journey-organization-en');
    await reader.close();
  });
});
