/**
 * The portal's forms with JavaScript (SvelteKit's enhanced forms): a successful save keeps every field as saved,
 * so a second save does not erase what the first one stored (issue 13 item 26). Uploads go through the portal's
 * server up to the limit the page states (issue 13 item 27). What a person types before the page's JavaScript
 * arrives stays in the fields when the page hydrates (it was emptied, and a sign-in then sent an empty email).
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, portalUrl } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Submits a form and waits for its answer: the POST, then the page (without JavaScript) or the enhanced update. */
async function submit(page: Page, form: string, enhanced = false): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  const response = await posted;
  // an enhanced form posts with fetch (SvelteKit marks it), not as a page load
  if (enhanced) expect(response.request().headers()['x-sveltekit-action']).toBe('true');
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('Jasmine-Demo-2026');
  await submit(page, 'main form');
  await page.waitForURL(/\/en\/account$/);
}

const PROFILE = {
  nameAr: 'جمعية سنديان عجلون',
  missionAr: 'زيارات منزلية للأسر في عجلون',
  missionEn: 'Home visits for families in Ajloun',
  addressAr: 'عجلون، شارع القلعة',
  addressEn: 'Castle Street, Ajloun',
  acronym: 'SAS',
  district: 'Kufranjah',
  foundingYear: '2009',
  website: 'https://sindyan.example.org',
  staffCount: '12',
  volunteerCount: '40',
};

/** A new organisation of the demo person (no other test edits it); answers its workspace's URL. */
async function newOrganization(page: Page, nameEn: string): Promise<string> {
  await page.goto(portalUrl('/en/account/organizations/new'));
  await page.locator('#nameAr').fill(PROFILE.nameAr);
  await page.locator('#nameEn').fill(nameEn);
  await page.locator('#legalForm').selectOption('CHARITY');
  await page.locator('#governorate').selectOption('JO-AJ');
  await submit(page, 'main form');
  await page.waitForURL(/\/en\/account\/organizations\/[a-z0-9-]+$/);
  return page.url();
}

describe('saving the organisation profile with JavaScript', () => {
  it('keeps every field after a save, so saving twice keeps the public page whole', async () => {
    const page = await (await newContext(browser, { javaScript: true })).newPage();
    await signIn(page, 'person@demo.shabaka.example');
    const nameEn = `Sindyan Society ${randomUUID().slice(0, 6)}`;
    const workspace = await newOrganization(page, nameEn);
    const slug = workspace.split('/').pop()!;
    // the workspace as a reader arrives on it: rendered by the server, then hydrated and its forms enhanced
    await page.goto(workspace);
    await page.locator('form[action="?/profile"][data-enhanced]').waitFor();

    // first save: every field filled, two target groups ticked
    for (const [id, value] of Object.entries(PROFILE)) {
      await page.locator(`#${id}`).fill(value);
    }
    const groups = page.locator('input[name="targetGroups"]');
    await groups.nth(0).check();
    await groups.nth(1).check();
    const sectors = page.locator('input[name="sectors"]');
    await sectors.nth(0).check();
    await submit(page, 'form[action="?/profile"]', true);
    expect(await page.getByRole('status').count()).toBeGreaterThan(0);

    // every field still shows what was saved
    const shown = async (): Promise<Record<string, string>> => {
      const values: Record<string, string> = {};
      for (const id of [...Object.keys(PROFILE), 'nameEn']) values[id] = await page.locator(`#${id}`).inputValue();
      return values;
    };
    expect(await shown()).toEqual({ ...PROFILE, nameEn });
    const checked = async (): Promise<boolean[]> => [await groups.nth(0).isChecked(), await groups.nth(1).isChecked()];
    expect(await checked()).toEqual([true, true]);

    // second save, one field edited: accepted, and nothing else lost
    await page.locator('#staffCount').fill('14');
    await submit(page, 'form[action="?/profile"]', true);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await shown()).toEqual({ ...PROFILE, staffCount: '14', nameEn });
    expect(await checked()).toEqual([true, true]);

    // the public page shows the missions, the acronym, the year, the website, the staff and the groups
    const visitor = await (await newContext(browser, { javaScript: false })).newPage();
    await visitor.goto(portalUrl(`/en/organizations/${slug}`));
    const main = (await visitor.locator('main').textContent())!;
    for (const expected of [
      PROFILE.missionEn,
      PROFILE.missionAr,
      PROFILE.acronym,
      '2009',
      'sindyan.example.org',
      '14',
      PROFILE.district,
    ]) {
      expect(main).toContain(expected);
    }
    expect(await visitor.locator('.chips li').count()).toBe(3);
    // the acronym apart from the name (issue 13 item 35)
    expect((await visitor.locator('h1').textContent())!.trim().replace(/\s+/g, ' ')).toBe(
      `${nameEn} (${PROFILE.acronym})`,
    );
    // and the workspace, read afresh, holds the addresses
    await page.goto(page.url());
    expect(await shown()).toEqual({ ...PROFILE, staffCount: '14', nameEn });
    await Promise.all([page.context().close(), visitor.context().close()]);
  });
});

/**
 * Holds the page's JavaScript back until `typed` has run, as a slow connection does: the person types into the
 * server-rendered form, then the page hydrates.
 */
async function typeBeforeHydration(page: Page, url: string, typed: () => Promise<void>): Promise<void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await typed();
  release();
  await page.waitForFunction(() => document.querySelector('main form[data-enhanced]') !== null);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
}

describe('typing before the page has hydrated', () => {
  it('keeps what was typed into empty fields, and the sign-in sends it', async () => {
    const page = await (await newContext(browser, { javaScript: true })).newPage();
    await typeBeforeHydration(page, portalUrl('/en/account/sign-in'), async () => {
      await page.locator('#email').fill('person@demo.shabaka.example');
      await page.locator('#password').fill('Jasmine-Demo-2026');
    });
    expect(await page.locator('#email').inputValue()).toBe('person@demo.shabaka.example');
    expect(await page.locator('#password').inputValue()).toBe('Jasmine-Demo-2026');
    await submit(page, 'main form', true);
    await page.waitForURL(/\/en\/account$/);
    await page.context().close();
  });

  it('keeps the words typed into the directory search', async () => {
    const page = await (await newContext(browser, { javaScript: true })).newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_app/immutable/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(portalUrl('/en/directory'), { waitUntil: 'domcontentloaded' });
    await page.locator('#directory-q').fill('women');
    release();
    await page.waitForLoadState('networkidle');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(await page.locator('#directory-q').inputValue()).toBe('women');
    await page.context().close();
  });

  it('keeps what was typed over the values the server filled in', async () => {
    const page = await (await newContext(browser, { javaScript: true })).newPage();
    await signIn(page, 'person@demo.shabaka.example');
    const workspace = await newOrganization(page, `Typing Society ${randomUUID().slice(0, 6)}`);
    await typeBeforeHydration(page, workspace, async () => {
      await page.locator('#nameAr').fill('جمعية الكتابة المبكرة');
      await page.locator('#missionEn').fill('Typed before the JavaScript arrived');
    });
    expect(await page.locator('#nameAr').inputValue()).toBe('جمعية الكتابة المبكرة');
    expect(await page.locator('#missionEn').inputValue()).toBe('Typed before the JavaScript arrived');
    await page.context().close();
  });
});

/** A PDF of about `bytes` bytes (the API recognises the type by its first bytes). */
function pdfOf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
  const tail = Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, 0x20), tail]);
}

describe('uploading the registration certificate through the portal', () => {
  for (const javaScript of [false, true]) {
    it(`takes a 4.9 MB file under the 5 MB the page states, and refuses a larger one next to its field ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
      const page = await (await newContext(browser, { javaScript })).newPage();
      await signIn(page, 'person@demo.shabaka.example');
      const workspace = await newOrganization(page, `Upload Society ${randomUUID().slice(0, 6)}`);
      await page.goto(workspace);
      if (javaScript) await page.locator('form[action="?/evidence"][data-enhanced]').waitFor();
      expect(await page.locator('form[action="?/evidence"]').textContent()).toContain('up to 5 MB');

      // over the limit: a message next to the field, on the workspace (not the generic error page)
      await page
        .locator('#evidence-file')
        .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: pdfOf(5.5 * 1024 * 1024) });
      await submit(page, 'form[action="?/evidence"]', javaScript);
      expect(await page.locator('#evidence-file-error').textContent()).toContain('5 MB');
      expect(await page.locator('.state').getAttribute('class')).toContain('state-unverified');

      // 4.9 MB: taken, the organisation is pending
      await page
        .locator('#evidence-file')
        .setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: pdfOf(4.9 * 1024 * 1024) });
      await submit(page, 'form[action="?/evidence"]', javaScript);
      await page.goto(workspace);
      expect(await page.locator('.state').getAttribute('class')).toContain('state-pending');
      expect(await page.locator('a[href*="/account/evidence/"]').textContent()).toMatch(/4\.9 MB/);
      await page.context().close();
    });
  }
});
