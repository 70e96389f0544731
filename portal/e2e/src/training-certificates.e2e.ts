/**
 * Training certificates of issue 14, in a browser, on the demo data's past session: an officer issues the certificate
 * of a participant who completed it (and is refused one for a participant who did not, with the rule said), starts
 * the bulk issue and watches it finish, and revokes one with a reason; the demo person downloads their certificate
 * (the PDF's text names them as they wrote their name); anyone verifies a code by typing it, without JavaScript, and
 * by the QR code's link. axe on the new pages in Arabic and English.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
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
const DEMO_CODE = 'DEM0-CERT-0001';
let browser: Browser;
let sessionId = '';
/** Another participant's certificate (not the demo person's). */
let othersCertificate = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // the demo data's past session: the one the demo person's certificate is of
  const client = new pg.Client(inject('e2eDatabaseUrl'));
  await client.connect();
  try {
    const { rows } = await client.query<{ session_id: string }>(
      `select session_id from training_certificate where code = 'DEM0CERT0001'`,
    );
    sessionId = rows[0]!.session_id;
    const others = await client.query<{ id: string }>(
      `select id from training_certificate where session_id = $1 and code <> 'DEM0CERT0001' limit 1`,
      [sessionId],
    );
    othersCertificate = others.rows[0]!.id;
  } finally {
    await client.end();
  }
});
afterAll(async () => {
  await browser.close();
});

async function submit(page: Page, form: ReturnType<Page['locator']>): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await form.locator('button[type="submit"]').click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signedIn(lang: string, email: string, javaScript = true): Promise<Page> {
  const page = await (await newContext(browser, { javaScript })).newPage();
  await page.goto(portalUrl(`/${lang}/account/sign-in`));
  await page.waitForLoadState('networkidle');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator('main form button[type="submit"]').last().click();
  await posted;
  await reachAfterSignIn(page, new RegExp(`/${lang}/account$`), lang);
  return page;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'certificate-e2e-'));
  try {
    await writeFile(path.join(folder, 'c.pdf'), pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', path.join(folder, 'c.pdf'), '-']);
    return stdout.replace(/[\u202A-\u202E]/g, '');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function noSeriousViolation(page: Page): Promise<void> {
  const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(violations).toEqual([]);
}

describe('training certificates', () => {
  it('an officer issues, bulk-issues and revokes; the participant downloads; the public verifies', async () => {
    // the officer, on the registrants page of the past session
    const officer = await signedIn('en', 'officer@demo.shabaka.example');
    const registrants = portalUrl(`/en/training/sessions/${sessionId}/registrants`);
    await officer.goto(registrants);

    // a participant who attended one day of two is refused, with the rule
    const incomplete = officer.locator('li.registrant', { hasText: 'أحمد العبيدات' });
    await submit(officer, incomplete.locator('form[action="?/certificate"]'));
    await expect
      .poll(() => officer.locator('main').innerText())
      .toContain("this participant has not met the course's rule");

    // a participant who completed it gets a certificate
    const completed = officer.locator('li.registrant', { hasText: 'يارا الحداد' });
    await submit(officer, completed.locator('form[action="?/certificate"]'));
    await expect
      .poll(() => officer.locator('main').innerText())
      .toMatch(/Certificate [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4} issued/);
    expect(await completed.locator('form[action="?/revoke"]').count()).toBe(1);
    await screenshot(officer, 'certificates-issued-en');

    // the bulk issue runs in the background; its progress refreshes the page until it finishes
    await submit(officer, officer.locator('form[action="?/certificates"]'));
    // (the page refreshes itself while the job runs; reloading here too keeps the test independent of that timer)
    for (
      let round = 0;
      round < 60 && !(await officer.locator('.progress').innerText()).includes('Finished.');
      round++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await officer.goto(registrants);
    }
    expect(await officer.locator('.progress').innerText()).toContain(
      '7 of 7 participants looked at: 0 issued, 5 already had one, 2 not completed.',
    );

    // revoking needs a reason; with one, the certificate is revoked and says why
    const tariq = officer.locator('li.registrant', { hasText: 'Tariq Bani Hani' });
    await tariq.locator('form[action="?/revoke"] input[name="reason"]').fill('Attendance sheet corrected');
    await submit(officer, tariq.locator('form[action="?/revoke"]'));
    await expect.poll(() => tariq.innerText()).toContain('Revoked: Attendance sheet corrected');
    await noSeriousViolation(officer);

    // the participant, in Arabic without JavaScript: their certificate and its PDF
    const person = await signedIn('ar', 'person@demo.shabaka.example', false);
    await person.goto(portalUrl('/ar/training/mine'));
    const mine = person.locator('section', { hasText: 'شهاداتي' });
    expect(await mine.innerText()).toContain(`الرمز ${DEMO_CODE}`);
    await screenshot(person, 'certificates-mine-ar');
    const href = await mine.getByRole('link', { name: 'تنزيل ملف PDF (بالعربية والإنجليزية)' }).getAttribute('href');
    const download = await person.request.get(portalUrl(href!));
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    const text = await pdfText(await download.body());
    // the name as written: its Arabic words in logical order (pdftotext sets a line's Latin part on its own side)
    expect(text).toContain('دينا مراد');
    expect(text).toContain('(Dina Murad)');
    expect(text).toContain('شهادة إتمام');
    const qrLink = /https?:\/\/\S+\/ar\/training\/certificates\/DEM0-CERT-0001/.exec(text)?.[0];
    expect(qrLink).toBe(portalUrl(`/ar/training/certificates/${DEMO_CODE}`));
    // another person's certificate is not theirs to download
    const othersPdf = await person.request.get(portalUrl(`/ar/training/mine/certificates/${othersCertificate}`));
    expect(othersPdf.status()).toBe(404);

    // the public, without JavaScript: the code typed in the form, then the QR code's link
    const visitor = await (await newContext(browser, { javaScript: false })).newPage();
    await visitor.goto(portalUrl('/en/training/certificates'));
    await visitor.locator('#code').fill(DEMO_CODE.toLowerCase());
    await visitor.locator('main form button[type="submit"]').click();
    await visitor.waitForURL(/\/en\/training\/certificates\/DEM0-CERT-0001$/);
    const shown = await visitor.locator('main').innerText();
    expect(shown).toContain('Valid certificate');
    expect(shown).toContain('دينا مراد (Dina Murad)');
    expect(shown).not.toContain('person@demo.shabaka.example');
    await visitor.goto(qrLink!);
    expect(await visitor.locator('main').innerText()).toContain('شهادة صالحة');
    await visitor.goto(portalUrl('/en/training/certificates/ZZZZ-ZZZZ-ZZZZ'));
    expect(await visitor.locator('main').innerText()).toContain('No certificate has this code.');
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`the public certificate pages have no serious or critical WCAG 2.2 AA violation in ${lang}`, async () => {
      const page = await (await newContext(browser)).newPage();
      for (const [name, pathname] of [
        ['certificates-form', '/training/certificates'],
        ['certificate', `/training/certificates/${DEMO_CODE}`],
        ['certificate-unknown', '/training/certificates/ZZZZ-ZZZZ-ZZZZ'],
      ] as const) {
        const response = await page.goto(portalUrl(`/${lang}${pathname}`));
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await screenshot(page, `${name}-${lang}`);
        await noSeriousViolation(page);
      }
      await page.close();
    });

    it(`the signed-in certificate pages have no serious or critical WCAG 2.2 AA violation in ${lang}`, async () => {
      const officer = await signedIn(lang, 'officer@demo.shabaka.example');
      await officer.goto(portalUrl(`/${lang}/training/sessions/${sessionId}/registrants`));
      await screenshot(officer, `certificates-registrants-${lang}`);
      await noSeriousViolation(officer);
      const person = await signedIn(lang, 'person@demo.shabaka.example');
      await person.goto(portalUrl(`/${lang}/training/mine`));
      await noSeriousViolation(person);
    });
  }
});
