/**
 * The services journey of the README: a CSO editor adds a home-based rehabilitation service in Ajloun with its
 * referral steps and updates its places in two clicks; a member of the public finds it searching in Arabic with a
 * spelling variant, filtered to Ajloun and Jordanian Sign Language (without JavaScript), and opens its page. axe in
 * Arabic and English on the search and the service page.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  newContext,
  portalUrl,
  reachAfterSignIn,
  screenshot,
} from './support/browser.js';

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

/** axe runs as a script: the page is opened again with JavaScript on (the journey's own page may run without). */
async function expectAccessible(page: Page): Promise<void> {
  const scripted = await (await newContext(browser)).newPage();
  await scripted.goto(page.url());
  await scripted.waitForLoadState('networkidle');
  const violations = (await axeViolations(scripted)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await scripted.context().close();
  expect(violations).toEqual([]);
}

describe('community services', () => {
  it('a CSO adds a home-based rehabilitation service in Ajloun; the public finds it in Arabic and opens its page', async () => {
    const token = randomUUID().slice(0, 6);
    const nameAr = `التأهيل المنزلي في كفرنجة ${token}`;

    // the editor of the first demo organisation signs in and opens its services from the workspace
    const cso = await (await newContext(browser)).newPage();
    await cso.goto(portalUrl('/ar/account/sign-in'));
    await cso.waitForLoadState('networkidle');
    await cso.locator('#email').fill('editor@demo.shabaka.example');
    await cso.locator('#password').fill('Jasmine-Demo-2026');
    await cso.locator('main form button[type="submit"]').click();
    await reachAfterSignIn(cso, /\/ar\/account$/, 'ar');
    const slug = (await cso.locator('a[href*="/account/organizations/"]').first().getAttribute('href'))!
      .split('/')
      .pop()!;
    await cso.goto(portalUrl(`/ar/services/manage/${slug}`));
    await cso.waitForLoadState('networkidle');

    // a point outside Jordan is refused next to its field, with what was typed kept
    await cso.locator('#nameAr').fill(nameAr);
    await cso.locator('#nameEn').fill(`Home-based rehabilitation in Kufranjah ${token}`);
    await cso.locator('#category').selectOption('REHABILITATION');
    await cso.locator('#fee').selectOption('FREE');
    await cso.locator('input[name="delivery"][value="HOME_BASED"]').check();
    await cso.locator('input[name="languages"][value="ARABIC"]').check();
    await cso.locator('input[name="languages"][value="JORDANIAN_SIGN_LANGUAGE"]').check();
    await cso.locator('#governorate').selectOption('JO-AJ');
    await cso.locator('#district').fill('Kufranjah');
    await cso.locator('#latitude').fill('48.85');
    await cso.locator('#longitude').fill('2.35');
    await cso
      .locator('#referralStepsAr')
      .fill('اتصلوا بنا أو اطلبوا الإحالة من مديرية التنمية الاجتماعية في عجلون؛ نزوركم خلال أسبوعين.');
    await cso.locator('#documentsAr').fill('دفتر العائلة، التقرير الطبي');
    await submit(cso, 'form.create');
    expect(await cso.locator('#latitude').getAttribute('aria-invalid')).toBe('true');
    expect(await cso.locator('#nameAr').inputValue()).toBe(nameAr);
    await cso.locator('#latitude').fill('32.298');
    await cso.locator('#longitude').fill('35.703');
    await cso.locator('input[name="accessibility"][value="SIGN_LANGUAGE_STAFF"]').check();
    await submit(cso, 'form.create');
    await cso.waitForURL(/\/ar\/services\/[A-Za-z0-9_-]+$/);
    const servicePath = new URL(cso.url()).pathname;
    expect(await cso.locator('h1').textContent()).toContain(token);

    // places and waiting list in two clicks: type, save
    await cso.goto(portalUrl(`/ar/services/manage/${slug}`));
    await cso.waitForLoadState('networkidle');
    const card = cso.locator('li', { has: cso.locator(`a[href="${servicePath}"]`) });
    await card.locator('input[name="placesAvailable"]').fill('3');
    await card.locator('input[name="waitingListLength"]').fill('8');
    await submit(cso, `li:has(a[href="${servicePath}"]) form.places`);
    expect(await card.getByRole('status').count()).toBe(1);
    await screenshot(cso, 'services-manage-ar');
    await cso.context().close();

    // the public, without JavaScript: "تاهيل" for "التأهيل", "كفرنجه" for "كفرنجة", Ajloun and sign language
    const visitor = await (await newContext(browser, { javaScript: false })).newPage();
    await visitor.goto(portalUrl('/ar/services'));
    await visitor.locator('#q').fill(`تاهيل منزلي كفرنجه ${token}`);
    await visitor.locator('form[role="search"] button[type="submit"]').click();
    await visitor.waitForLoadState('load');
    await visitor.locator('input[name="governorate"][value="JO-AJ"]').check();
    await visitor.locator('input[name="language"][value="JORDANIAN_SIGN_LANGUAGE"]').check();
    await visitor.locator('form.filters button[type="submit"]').click();
    await visitor.waitForLoadState('load');
    expect(visitor.url()).toContain('governorate=JO-AJ');
    const link = visitor.locator(`.results a[href="${servicePath}"]`);
    expect(await link.count()).toBe(1);
    await screenshot(visitor, 'services-search-ar');
    await expectAccessible(visitor);
    await link.click();
    await visitor.waitForLoadState('load');
    expect(await visitor.locator('main').textContent()).toContain('نزوركم خلال أسبوعين');
    expect(await visitor.locator('main').textContent()).toContain('لغة الإشارة الأردنية');
    expect(await visitor.locator('main').textContent()).toMatch(/3|٣/);
    await screenshot(visitor, 'services-page-ar');
    await expectAccessible(visitor);

    // the same pages in English
    await visitor.goto(portalUrl(`/en/services?q=${encodeURIComponent('rehabilitation')}&governorate=JO-AJ`));
    await expectAccessible(visitor);
    await visitor.goto(portalUrl(servicePath.replace('/ar/', '/en/')));
    expect(await visitor.locator('h2#referral-heading').textContent()).toBe('How to be referred');
    await expectAccessible(visitor);
    await visitor.context().close();
  });
});
