/**
 * Partnership requests and partnerships, by hand in a browser: a CSO owner asks another CSO for a partnership from
 * its public page, the other accepts from its inbox, both confirm on the partnership page with its MoU date, and it
 * appears in the public registry (under its kind, not under the other) and on both organisation pages. In Arabic, a
 * public institution's request is declined with a reason the sender then reads in its outbox. axe on every new page
 * in both languages, with a screenshot of each.
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
const INSTITUTION = 'mosd-directorate-mafraq';

let browser: Browser;
let owner: BrowserContext;
let owner2: BrowserContext;
let institution: BrowserContext;
let officer: BrowserContext;
let publicContext: BrowserContext;
let ownedSlug = '';
let otherSlug = '';
let partnershipPath = '';
/** A partnership of the demo data, from the registry (the pages' axe checks do not depend on the journey). */
let seededPath = '';
let requestNewPath = '';

/** Submits a form and waits for its answer: the POST, then the page or the enhanced update. */
async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signedIn(email: string): Promise<BrowserContext> {
  const context = await newContext(browser);
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

async function ownSlug(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto(portalUrl('/en/account'));
  const slug = (await page.locator('a[href*="/account/organizations/"]').first().getAttribute('href'))!
    .split('/')
    .pop()!;
  await page.close();
  return slug;
}

beforeAll(async () => {
  browser = await launchBrowser();
  owner = await signedIn('owner@demo.shabaka.example');
  owner2 = await signedIn('owner2@demo.shabaka.example');
  institution = await signedIn('institution@demo.shabaka.example');
  officer = await signedIn('officer@demo.shabaka.example');
  publicContext = await newContext(browser);
  ownedSlug = await ownSlug(owner);
  otherSlug = await ownSlug(owner2);
  const page = await publicContext.newPage();
  await page.goto(portalUrl('/en/partnerships/registry'));
  seededPath = (await page.locator('.card h3 a').first().getAttribute('href'))!.replace(/^\/en/, '');
  await page.goto(portalUrl(`/en/partnerships/institutions/${INSTITUTION}`));
  requestNewPath = (await page.getByRole('link', { name: 'Request a partnership' }).getAttribute('href'))!.replace(
    /^\/en/,
    '',
  );
  await page.close();
});
afterAll(async () => {
  await browser.close();
});

describe('partnership requests', () => {
  it('a CSO asks another for a partnership; accepted and confirmed by both, it is in the registry', async () => {
    const token = randomUUID().slice(0, 8);
    const message = `We would like to deliver outreach together ${token}`;
    const purpose = `Joint outreach for women in villages ${token}`;

    // from the other organisation's public page, through the section partnerships adds to it
    const page = await owner.newPage();
    await page.goto(portalUrl(`/en/organizations/${otherSlug}`));
    await page.getByRole('link', { name: 'Request a partnership' }).click();
    await page.waitForURL(/\/en\/partnerships\/requests\/new\?to=/);
    // an empty message: refused next to its field
    await submit(page, 'main form[method="post"]');
    expect(await page.locator('#message').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#message').fill(message);
    await screenshot(page, 'partnerships-request-new-en');
    await submit(page, 'main form[method="post"]');
    await page.waitForURL(/\/en\/partnerships\/requests\?.*done=sent/);
    expect(await page.getByRole('status').first().textContent()).toContain('sent');
    const sent = page.locator('section[aria-labelledby="outbox-heading"] .card', { hasText: message });
    expect(await sent.textContent()).toContain('Waiting for an answer');
    await page.close();

    // the other side accepts from its inbox: a proposed partnership opens
    const other = await owner2.newPage();
    await other.goto(portalUrl('/en/partnerships/requests'));
    const received = other.locator('section[aria-labelledby="inbox-heading"] .card', { hasText: message });
    expect(await received.count()).toBe(1);
    await screenshot(other, 'partnerships-requests-en');
    await submit(other, `section[aria-labelledby="inbox-heading"] .card:has-text("${token}") form[action="?/accept"]`);
    await other.waitForURL(/\/en\/partnerships\/[^/]+\?done=accepted$/);
    partnershipPath = new URL(other.url()).pathname.replace(/^\/en/, '');
    expect(await other.locator('main dl').first().textContent()).toContain('Proposed');

    // it records the MoU date, reference and purpose, and confirms
    await other.locator('#mouSignedOn').fill('2026-11-30');
    await other.locator('#agreementReference').fill(`MoU-${token}`);
    await other.locator('#purposeEn').fill(purpose);
    await other.locator('#governorate-JO-MA').check();
    await submit(other, 'form[action="?/update"]');
    await other.waitForURL(/\?done=updated$/);
    expect(await other.locator('main').textContent()).toContain(`MoU-${token}`);
    await submit(other, 'form[action="?/confirm"]');
    await other.waitForURL(/\?done=confirmed$/);
    await other.close();

    // the sender confirms too (when the API did not count its request as its confirmation): it is active
    const lead = await owner.newPage();
    await lead.goto(portalUrl(`/en${partnershipPath}`));
    if ((await lead.locator('form[action="?/confirm"]').count()) > 0) {
      await submit(lead, 'form[action="?/confirm"]');
      await lead.waitForURL(/\?done=confirmed$/);
    }
    expect(await lead.locator('main dl').first().textContent()).toContain('Active');
    expect(await lead.locator('section[aria-labelledby="history-heading"]').textContent()).toContain(
      'Proposed → Active',
    );
    await screenshot(lead, 'partnerships-partnership-en');
    await lead.close();

    // the public registry: under CSO with CSO, not under CSO with a public institution
    const reader = await publicContext.newPage();
    await reader.goto(portalUrl('/en/partnerships/registry'));
    await reader.locator('#kind').selectOption('CSO_CSO');
    await reader.locator('#governorate').selectOption('JO-MA');
    await reader.locator('#status').selectOption('ACTIVE');
    await reader.locator('form[method="get"] button[type="submit"]').click();
    await reader.waitForURL(/kind=CSO_CSO/);
    expect(await reader.locator('.card', { hasText: purpose }).count()).toBe(1);
    await screenshot(reader, 'partnerships-registry-filtered-en');
    for (const other of ['kind=CSO_INSTITUTION', 'governorate=JO-AQ', 'status=COMPLETED']) {
      await reader.goto(portalUrl(`/en/partnerships/registry?${other}`));
      expect(await reader.locator('main').textContent()).not.toContain(purpose);
    }
    // and on both organisation pages
    for (const slug of [ownedSlug, otherSlug]) {
      await reader.goto(portalUrl(`/en/organizations/${slug}`));
      const section = reader.locator('section[aria-labelledby="organization-partnerships-partnerships"]');
      expect(await section.textContent()).toContain(purpose);
    }
    await reader.close();
  });

  it('in Arabic, a CSO declines an institution’s request with a reason the institution reads', async () => {
    const token = randomUUID().slice(0, 8);
    const message = `نقترح حملة توعية مشتركة ${token}`;
    const reason = `خطتنا لهذا العام مكتملة ${token}`;
    const page = await institution.newPage();
    await page.goto(portalUrl(`/ar/organizations/${ownedSlug}`));
    await page.getByRole('link', { name: 'طلب شراكة' }).click();
    await page.waitForURL(/\/ar\/partnerships\/requests\/new\?to=/);
    await page.locator('#message').fill(message);
    await submit(page, 'main form[method="post"]');
    await page.waitForURL(/\/ar\/partnerships\/requests\?.*done=sent/);

    const cso = await owner.newPage();
    await cso.goto(portalUrl('/ar/partnerships/requests'));
    const card = `section[aria-labelledby="inbox-heading"] .card:has-text("${token}")`;
    // no reason: refused next to its field
    await submit(cso, `${card} form[action="?/decline"]`);
    expect(await cso.locator(`${card} textarea[name="reason"]`).getAttribute('aria-invalid')).toBe('true');
    await cso.locator(`${card} textarea[name="reason"]`).fill(reason);
    await screenshot(cso, 'partnerships-requests-decline-ar');
    await submit(cso, `${card} form[action="?/decline"]`);
    await cso.waitForURL(/done=declined/);
    expect(await cso.locator(card).textContent()).toContain('مرفوض');
    await cso.close();

    await page.goto(portalUrl('/ar/partnerships/requests'));
    const sent = page.locator('section[aria-labelledby="outbox-heading"] .card', { hasText: token });
    expect(await sent.textContent()).toContain(reason);
    await page.close();
  });
});

describe('the public registry map', () => {
  it('counts partnerships per governorate under the filters, each governorate a link that filters by it', async () => {
    const page = await publicContext.newPage();
    await page.goto(portalUrl('/en/partnerships/registry?kind=CSO_INSTITUTION'));
    const table = page.getByRole('table', { name: /Partnerships working in each governorate/ });
    expect(await table.locator('tbody tr').count()).toBe(12);
    const mafraq = table.getByRole('row', { name: /Mafraq/ });
    const count = Number((await mafraq.locator('td').textContent())!.trim());
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await page.locator('svg title', { hasText: /^Mafraq: / }).textContent()).toContain(String(count));
    await screenshot(page, 'partnerships-registry-map-en');
    await mafraq.getByRole('link').click();
    await page.waitForURL(/governorate=JO-MA/);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('CSO_INSTITUTION');
    // the list shows as many partnerships as the map counted there
    expect(await page.getByRole('status').first().textContent()).toContain(String(count));
    await page.close();
  });
});

describe('the officers overview', () => {
  it('counts partnerships by status and governorate for an officer, and is refused to a CSO owner', async () => {
    const page = await officer.newPage();
    await page.goto(portalUrl('/en/partnerships/overview'));
    const table = page.getByRole('table', { name: 'Partnerships by status' });
    const active = Number(
      (await table
        .getByRole('row', { name: /Active/ })
        .locator('td')
        .textContent())!.trim(),
    );
    expect(active).toBeGreaterThanOrEqual(2);
    const mafraq = page.getByRole('table', { name: /Partnerships working in each governorate/ }).getByRole('row', {
      name: /Mafraq/,
    });
    expect(Number((await mafraq.locator('td').textContent())!.trim())).toBeGreaterThanOrEqual(1);
    // the requests still waiting for an answer (the demo data has some), each naming both parties with a link
    const pending = page.getByRole('table', { name: 'Requests waiting for an answer' });
    const rows = pending.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    expect(await rows.first().locator('a[href^="/en/"]').count()).toBe(2);
    await screenshot(page, 'partnerships-overview-en');
    await page.close();
    const refused = await owner.newPage();
    expect((await refused.goto(portalUrl('/en/partnerships/overview')))?.status()).toBe(403);
    await refused.close();
  });
});

const PAGES: { name: string; path: () => string; as: () => BrowserContext }[] = [
  { name: 'partnerships-requests', path: () => '/partnerships/requests', as: () => owner },
  {
    name: 'partnerships-request-new',
    path: () => requestNewPath,
    as: () => owner,
  },
  { name: 'partnerships-registry', path: () => '/partnerships/registry', as: () => publicContext },
  { name: 'partnerships-overview', path: () => '/partnerships/overview', as: () => officer },
  {
    name: 'partnerships-registry-filtered',
    path: () => '/partnerships/registry?kind=CSO_INSTITUTION&governorate=JO-MA',
    as: () => publicContext,
  },
  { name: 'partnerships-partnership', path: () => seededPath, as: () => publicContext },
  { name: 'partnerships-partnership-member', path: () => partnershipPath || seededPath, as: () => owner },
  {
    name: 'partnerships-institution-partnerships',
    path: () => `/partnerships/institutions/${INSTITUTION}`,
    as: () => publicContext,
  },
];

for (const lang of ['ar', 'en'] as const) {
  describe(`partnership request pages in ${lang}`, () => {
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
