/**
 * The CSO journey of the README, by hand in a browser: a person signs up, confirms the email, signs in, registers
 * the organisation, fills its profile, uploads its registration certificate, and a programme officer verifies it;
 * the public page then shows it verified. In Arabic with JavaScript, and in English without.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl, reachAfterSignIn } from './support/browser.js';
import { lastEmailLink } from './support/outbox.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PASSWORD = 'olive trees by the dead sea';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Submits a form and waits for its answer: the POST, then the page (without JavaScript) or the enhanced update. */
async function submit(page: Page, form = 'main form'): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signIn(page: Page, lang: string, email: string, password: string): Promise<void> {
  await page.goto(portalUrl(`/${lang}/account/sign-in`));
  // typed before the page is hydrated, the fields would be emptied by hydration (seen in CI)
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await submit(page);
  await reachAfterSignIn(page, new RegExp(`/${lang}/account$`), lang);
}

for (const { lang, javaScript } of [
  { lang: 'ar', javaScript: true },
  { lang: 'en', javaScript: false },
]) {
  describe(`the CSO journey in ${lang} ${javaScript ? 'with' : 'without'} JavaScript`, () => {
    it('goes from sign-up to a verified organisation', async () => {
      const email = `founder-${randomUUID().slice(0, 8)}@example.org`;
      const nameEn = `Olive Grove Society ${randomUUID().slice(0, 6)}`;
      const cso = await (await newContext(browser, { javaScript })).newPage();

      // sign up: a weak password is refused next to its field, and what was typed stays
      await cso.goto(portalUrl(`/${lang}/account/sign-up`));
      await cso.locator('#name').fill('Samira Haddad');
      await cso.locator('#email').fill(email);
      await cso.locator('#password').fill('short');
      await submit(cso);
      expect(await cso.locator('#password').getAttribute('aria-invalid')).toBe('true');
      expect(await cso.locator('#password-error').textContent()).toMatch(/12|١٢/);
      expect(await cso.locator('#email').inputValue()).toBe(email);
      expect(await cso.locator('#name').inputValue()).toBe('Samira Haddad');
      await cso.locator('#password').fill(PASSWORD);
      await submit(cso);
      expect(await cso.getByRole('status').textContent()).toContain(email);

      // confirm the email with the emailed link (a button on the page uses the token)
      const link = (await lastEmailLink(email, '/account/verify-email')).replace('/ar/', `/${lang}/`);
      await cso.goto(link);
      await submit(cso);
      expect(await cso.getByRole('status').count()).toBe(1);

      // confirming signed them in; signing out and in again works too
      await cso.goto(portalUrl(`/${lang}/account`));
      expect(await cso.locator('main').textContent()).toContain(email);
      await submit(cso, 'form[action="?/signOut"]');
      await cso.goto(portalUrl(`/${lang}/account`));
      await cso.waitForURL(/\/account\/sign-in\?next=/);
      await signIn(cso, lang, email, PASSWORD);
      await cso.goto(portalUrl(`/${lang}/account/organizations/new`));
      await cso.locator('#nameAr').fill('جمعية بستان الزيتون');
      await cso.locator('#nameEn').fill(nameEn);
      await cso.locator('#legalForm').selectOption('CHARITY');
      await cso.locator('#governorate').selectOption('JO-AJ');
      await submit(cso);
      await cso.waitForURL(new RegExp(`/${lang}/account/organizations/[a-z0-9-]+$`));
      const workspace = cso.url();
      const slug = workspace.split('/').pop()!;

      // fill the profile, both languages side by side; a bad year is refused next to its field
      await cso.locator('#missionEn').fill('Home visits and respite care for families in Ajloun');
      await cso.locator('#foundingYear').fill('1850');
      await submit(cso, 'form[action="?/profile"]');
      // in the reader's language, digits included (issue 13 item 29)
      expect(await cso.locator('#foundingYear-error').textContent()).toMatch(lang === 'ar' ? /١٩٠٠/ : /1900/);
      expect(await cso.locator('#foundingYear-error').textContent()).not.toMatch(lang === 'ar' ? /[A-Za-z]/ : /^$/);
      expect(await cso.locator('#missionEn').inputValue()).toBe('Home visits and respite care for families in Ajloun');
      await cso.locator('#foundingYear').fill('2011');
      await submit(cso, 'form[action="?/profile"]');
      expect(await cso.locator('#foundingYear').inputValue()).toBe('2011');

      // upload the registration certificate: the organisation becomes pending
      await cso
        .locator('#evidence-file')
        .setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
      await submit(cso, 'form[action="?/evidence"]');
      await cso.goto(workspace);
      expect(await cso.locator('.state').getAttribute('class')).toContain('state-pending');
      expect(await cso.locator('a[href*="/account/evidence/"]').count()).toBe(1);

      // a programme officer finds it in the queue, opens the evidence and verifies it
      const officer = await (await newContext(browser, { javaScript })).newPage();
      await signIn(officer, lang, 'officer@demo.shabaka.example', 'Jasmine-Demo-2026');
      await officer.goto(portalUrl(`/${lang}/account/verification`));
      await officer.locator(`a[href="/${lang}/account/verification/${slug}"]`).click();
      await officer.waitForURL(new RegExp(`/account/verification/${slug}$`));
      const evidence = await officer.request.get(
        (await officer.locator('a[href*="/account/evidence/"]').first().getAttribute('href'))!.replace(
          /^/,
          portalUrl(),
        ),
      );
      expect(evidence.status()).toBe(200);
      expect((await evidence.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await officer.locator('input[name="decision"][value="VERIFIED"]').check();
      await submit(officer, 'form[action="?/decide"]');
      expect(await officer.getByRole('status').count()).toBeGreaterThan(0);
      await officer.goto(officer.url());
      expect(await officer.locator('section[aria-labelledby="history"]').textContent()).toContain(
        lang === 'ar' ? 'قرار التحقق' : 'Verification decision',
      );

      // the public page shows it verified, to anyone
      const visitor = await (await newContext(browser, { javaScript })).newPage();
      await visitor.goto(portalUrl(`/${lang}/organizations/${slug}`));
      expect(await visitor.locator('.badge.verified').count()).toBe(1);

      // someone else cannot read the evidence
      const evidencePath = (await cso.locator('a[href*="/account/evidence/"]').first().getAttribute('href'))!;
      expect((await visitor.request.get(portalUrl(evidencePath), { maxRedirects: 0 })).status()).not.toBe(200);
      await Promise.all([cso.context().close(), officer.context().close(), visitor.context().close()]);
    });
  });
}

describe('claiming an organisation already listed', () => {
  it('a person claims it from its page, an officer approves, and the person becomes its owner', async () => {
    const person = await (await newContext(browser)).newPage();
    await signIn(person, 'en', 'person@demo.shabaka.example', 'Jasmine-Demo-2026');
    // an organisation of the demo data that the person does not manage: the most recently updated ones may be those
    // other browser tests made for this person, so the first card whose page offers the claim
    await person.goto(portalUrl('/en/directory?sort=updated'));
    const cards = await person
      .locator('.cards .name a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const claimLink = person.getByRole('link', { name: /Ask to manage its page/ });
    for (const card of cards.slice(5)) {
      await person.goto(card);
      if ((await claimLink.count()) > 0) break;
    }
    const slug = person.url().split('/').pop()!;
    await claimLink.click();
    await person.locator('#message').fill('I am the director; call the office to check.');
    await submit(person);
    expect(await person.getByRole('status').textContent()).toContain('Your claim was sent');

    const officer = await (await newContext(browser)).newPage();
    await signIn(officer, 'en', 'officer@demo.shabaka.example', 'Jasmine-Demo-2026');
    await officer.goto(portalUrl('/en/account/verification'));
    const claim = officer.locator('li.claim', { has: officer.locator(`a[href="/en/organizations/${slug}"]`) });
    expect(await claim.textContent()).toContain('person@demo.shabaka.example');
    await Promise.all([
      officer.waitForResponse((response) => response.request().method() === 'POST'),
      claim.getByRole('button', { name: 'Approve' }).click(),
    ]);
    await officer.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
    await officer.reload();
    expect(await officer.locator(`li.claim a[href="/en/organizations/${slug}"]`).count()).toBe(0);

    await person.goto(portalUrl('/en/account'));
    const owned = person.locator(`a[href="/en/account/organizations/${slug}"]`);
    expect(await owned.count()).toBe(1);
    expect(await owned.locator('..').textContent()).toContain('Owner');
    await Promise.all([person.context().close(), officer.context().close()]);
  });
});
