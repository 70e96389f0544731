/**
 * An invitation as the invited colleague meets it: the page names the organisation, the role and who invited them,
 * and until when the link is valid; accepting confirms what happened and leads to the organisation's workspace.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, newContext, portalUrl } from './support/browser.js';
import { lastEmailLink } from './support/outbox.js';

const PASSWORD = 'olive trees by the dead sea';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function submit(page: Page, form = 'main form'): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator(form).locator('button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !document.querySelector('form[aria-busy="true"]'));
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(portalUrl('/en/account/sign-in'));
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await submit(page);
  await page.waitForURL(/\/en\/account$/);
}

async function organizationInvitedTo(email: string): Promise<{ name_ar: string | null; name_en: string | null }> {
  const client = new pg.Client(inject('e2eDatabaseUrl'));
  await client.connect();
  try {
    const { rows } = await client.query<{ name_ar: string | null; name_en: string | null }>(
      `select o.name_ar, o.name_en from organization_invitation i join organization o on o.id = i.organization_id
       where i.email = $1`,
      [email],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

describe('an invitation to join an organisation', () => {
  it('names the organisation, the role and the inviter, and confirms the joining', async () => {
    // given an owner who invites a colleague as editor
    const email = `colleague-${randomUUID().slice(0, 8)}@example.org`;
    const owner = await (await newContext(browser)).newPage();
    await signIn(owner, 'owner@demo.shabaka.example', 'Jasmine-Demo-2026');
    await owner.locator('a[href^="/en/account/organizations/"]:not([href$="/new"])').first().click();
    await owner.waitForURL(/\/en\/account\/organizations\/[a-z0-9-]+$/);
    const workspace = new URL(owner.url()).pathname;
    await owner.locator('#invite-email').fill(email);
    await owner.locator('#invite-role').selectOption('EDITOR');
    await submit(owner, 'form[action="?/invite"]');
    const organization = await organizationInvitedTo(email);

    // and the colleague, who signs up with the invited address
    const colleague = await (await newContext(browser)).newPage();
    await colleague.goto(portalUrl('/en/account/sign-up'));
    await colleague.locator('#name').fill('Yousef Colleague');
    await colleague.locator('#email').fill(email);
    await colleague.locator('#password').fill(PASSWORD);
    await submit(colleague);
    await colleague.goto((await lastEmailLink(email, '/account/verify-email')).replace('/ar/', '/en/'));
    await submit(colleague);

    // when they open the emailed invitation, in Arabic then in English
    const link = await lastEmailLink(email, '/account/invitation');
    await colleague.goto(link);
    const arabic = (await colleague.locator('main').textContent())!;
    expect(arabic).toContain(organization.name_ar ?? organization.name_en!);
    expect(arabic).toContain('رنا الحداد');
    expect(arabic).toContain('محرّر');
    await colleague.goto(link.replace('/ar/', '/en/'));

    // then the page says which organisation, what role, who invited them and until when
    const main = colleague.locator('main');
    const english = (await main.textContent())!;
    expect(english).toContain(organization.name_en ?? organization.name_ar!);
    expect(english).toContain('Editor');
    expect(english).toContain('Rana Haddad');
    expect(await main.locator('time').count()).toBeGreaterThan(0);

    // and accepting confirms it, with the way to the organisation's workspace
    await submit(colleague);
    const status = colleague.getByRole('status');
    expect(await status.textContent()).toContain(organization.name_en ?? organization.name_ar!);
    expect(await colleague.locator(`main a[href="${workspace}"]`).count()).toBe(1);
    await Promise.all([owner.context().close(), colleague.context().close()]);
  });
});
