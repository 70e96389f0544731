/**
 * Policy consultations, by hand in a browser: MoSD opens a consultation (through the API, as an integrator would),
 * three verified CSOs contribute to its sections from the consultation page (without JavaScript and with it) and one
 * endorses another's contribution; once the open phase has closed (moved into the past, as time would), the MoSD
 * owner answers each contribution and publishes the report, and the public report shows the positions per section.
 * axe on every new page in Arabic and English, with a screenshot of each.
 */
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
const CSOS = ['editor@demo.shabaka.example', 'owner2@demo.shabaka.example', 'mafraq@demo.shabaka.example'];

let browser: Browser;
let consultationUuid = '';

async function sql<T extends pg.QueryResultRow>(statement: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(inject('e2eDatabaseUrl'));
  await client.connect();
  try {
    return (await client.query<T>(statement, values)).rows;
  } finally {
    await client.end();
  }
}

/** Submits a form and waits for its answer: the POST, then the page. */
async function submit(page: Page, form: string): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
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

/** A GraphQL request to the API with a session of its own (as a third-party client would). */
async function apiAs(email: string) {
  const api = inject('apiUrl');
  const signIn = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { userErrors { code } } }`,
      variables: { input: { email, password: PASSWORD } },
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
  // the three demo CSOs taking part are verified (the verification journey is another test's)
  await sql(
    `update organization set verification_state = 'VERIFIED', verified_at = now()
     where id in (select organization_id from organization_member m join auth_user u on u.id = m.user_id
                  where u.email = any($1) and m.role in ('OWNER', 'EDITOR'))`,
    [CSOS],
  );
});
afterAll(async () => {
  await browser.close();
});

describe('policy consultations', () => {
  it('lets MoSD open a consultation, shown in the public list in Arabic and English', async () => {
    const mosd = await apiAs('mosd@demo.shabaka.example');
    const day = 24 * 3_600_000;
    const created = await mosd<{ consultationCreate: { consultation: { id: string; uuid: string } } }>(
      `mutation($input: ConsultationCreateInput!) { consultationCreate(input: $input) { consultation { id uuid } userErrors { code } } }`,
      {
        input: {
          titleAr: 'مسودة معيار خدمات الإيواء المؤقت',
          titleEn: 'Draft standard for temporary shelter services',
          summaryEn: 'Three sections put to verified CSOs.',
          ownerKind: 'MOSD',
          opensAt: new Date(Date.now() - day).toISOString(),
          closesAt: new Date(Date.now() + 20 * day).toISOString(),
          answerDueAt: new Date(Date.now() + 40 * day).toISOString(),
          sections: [
            { titleAr: 'الاستقبال', titleEn: 'Admission' },
            { titleAr: 'مدة الإقامة', titleEn: 'Length of stay' },
            { titleAr: 'المتابعة بعد الخروج', titleEn: 'Follow-up after leaving' },
          ],
        },
      },
    );
    const { id, uuid } = created.consultationCreate.consultation;
    consultationUuid = uuid;
    await mosd(
      `mutation($input: ConsultationPublishInput!) { consultationPublish(input: $input) { userErrors { code } } }`,
      {
        input: { consultationId: id },
      },
    );
    const page = await (await newContext(browser)).newPage();
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(portalUrl(`/${lang}/participation`));
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator(`main a[href$="/participation/${uuid}"]`).count()).toBe(1);
      await screenshot(page, `participation-list-${lang}`);
      await expectAccessible(page);
      await page.goto(portalUrl(`/${lang}/participation/${uuid}`));
      expect(await page.locator('main h3').count()).toBeGreaterThanOrEqual(3);
      await screenshot(page, `participation-consultation-${lang}`);
      await expectAccessible(page);
    }
  });

  it('takes three CSOs’ positions per section, keeps what was typed on an error, and an endorsement', async () => {
    const sections = await sql<{ uuid: string }>(
      `select id as uuid from consultation_section where consultation_id = $1 order by position`,
      [consultationUuid],
    );
    const positions = ['SUPPORT', 'SUPPORT_WITH_CHANGES', 'OPPOSE'];
    for (const [i, email] of CSOS.entries()) {
      const javaScript = i === 1;
      const page = await (await signedIn(email, javaScript)).newPage();
      await page.goto(portalUrl(`/en/participation/${consultationUuid}`));
      if (javaScript) await page.waitForLoadState('networkidle');
      const section = sections[i % 2]!.uuid;
      const form = `#section-${section} form[action="?/contribute"]`;
      await page.locator(`#contribute-${section}-position`).selectOption(positions[i]!);
      if (i === 0) {
        // no reasons: refused next to the field, the position chosen stays
        await submit(page, form);
        expect(await page.locator(`#contribute-${section}-comment`).getAttribute('aria-invalid')).toBe('true');
        expect(await page.locator(`#contribute-${section}-position`).inputValue()).toBe(positions[i]);
      }
      await page.locator(`#contribute-${section}-comment`).fill(`Reasons of CSO ${i + 1}`);
      await submit(page, form);
      await expect.poll(() => page.locator('main').innerText()).toContain(`Reasons of CSO ${i + 1}`);
      if (i === 2) {
        // the third endorses the first's contribution (section 1)
        await submit(page, `#section-${sections[0]!.uuid} li:has-text("Reasons of CSO 1") form[action="?/endorse"]`);
        await expect
          .poll(() => page.locator(`#section-${sections[0]!.uuid} li:has-text("Reasons of CSO 1")`).innerText())
          .toContain('Endorsed by');
      }
      await page.close();
    }
  });

  it('lets the owner answer each contribution and publish the report, which shows the positions per section', async () => {
    // the open phase ends (moved into the past, as time would)
    await sql(
      `update consultation set opens_at = now() - interval '30 days', closes_at = now() - interval '1 day' where id = $1`,
      [consultationUuid],
    );
    const owner = await (await signedIn('mosd@demo.shabaka.example', false)).newPage();
    await owner.goto(portalUrl(`/en/participation/${consultationUuid}`));
    const answers = owner.locator('form[action="?/answer"]');
    const count = await answers.count();
    expect(count).toBe(3);
    for (let i = 0; i < count; i += 1) {
      const form = owner.locator('form[action="?/answer"]').nth(i);
      await form.locator('select[name="answer"]').selectOption(i === 0 ? 'ACCEPTED' : 'PARTLY_ACCEPTED');
      await form.locator('textarea[name="reason"]').fill(`Answer ${i + 1}`);
      const posted = owner.waitForResponse((response) => response.request().method() === 'POST');
      await form.locator('button[type="submit"]').click();
      await posted;
      await owner.waitForLoadState('load');
    }
    await owner
      .locator('form[action="?/changes"]')
      .first()
      .locator('textarea[name="whatChangedEn"]')
      .fill('Admission within 24 hours.');
    const saved = owner.waitForResponse((response) => response.request().method() === 'POST');
    await owner.locator('form[action="?/changes"]').first().locator('button[type="submit"]').click();
    await saved;
    await owner.waitForLoadState('load');
    await submit(owner, 'form[action="?/publish"]');
    await owner.waitForURL(/\/report$/);

    const page = await (await newContext(browser)).newPage();
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(portalUrl(`/${lang}/participation/${consultationUuid}/report`));
      const text = await page.locator('main').innerText();
      if (lang === 'en') {
        expect(text).toContain('Admission');
        expect(text).toContain('Support: 1');
        expect(text).toContain('Support with changes: 1');
        expect(text).toContain('Oppose: 1');
        expect(text).toContain('fewer than 5');
        expect(text).toContain('Admission within 24 hours.');
      }
      await screenshot(page, `participation-report-${lang}`);
      await expectAccessible(page);
    }
  });
});
