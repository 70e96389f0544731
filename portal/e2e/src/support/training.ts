/** Training data made through the portal's own forms (the e2e platform starts with no course). */
import type { Page } from 'playwright-core';
import { portalUrl } from './browser.js';

/** A day in Amman, `days` from now, as YYYY-MM-DD. */
export function ammanDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Amman' }).format(new Date(Date.now() + days * 86_400_000));
}

async function post(page: Page): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator('main form button[type="submit"]').last().click();
  await posted;
  await page.waitForLoadState('load');
}

/** As a signed-in officer: a course and a session of it in Amman open for registration; its path (/training/...). */
export async function scheduleSession(officer: Page, title: string, seats = 10): Promise<string> {
  await officer.goto(portalUrl('/en/training/courses/new'));
  await officer.locator('#titleEn').fill(title);
  await officer.locator('#titleAr').fill('دورة لاختبار إمكانية الوصول');
  await officer.locator('#topic').selectOption({ index: 1 });
  await officer.locator('#level').selectOption('INTERMEDIATE');
  await officer.locator('#audience').selectOption('BOTH');
  await officer.locator('#expectedHours').fill('6');
  await post(officer);
  await officer.waitForURL(/\/en\/training\/sessions\/new\?course=/);
  await officer.locator('#day-0-date').fill(ammanDate(20));
  await officer.locator('#day-0-start').fill('09:30');
  await officer.locator('#day-0-end').fill('14:00');
  await officer.locator('#day-1-date').fill(ammanDate(21));
  await officer.locator('#day-1-start').fill('09:30');
  await officer.locator('#day-1-end').fill('14:00');
  await officer.locator('#seats').fill(String(seats));
  await officer.locator('#language').selectOption('ARABIC_AND_ENGLISH');
  await officer.locator('#audience').selectOption('BOTH');
  await officer.locator('#verifiedOrganizationsOnly').uncheck();
  await officer.locator('#governorate').selectOption('JO-AM');
  await officer.locator('#venueAddressAr').fill('مركز الحسين الثقافي، رأس العين');
  await officer.locator('#venueAddressEn').fill('Al Hussein Cultural Centre, Ras Al Ain');
  await officer.locator('#stepFreeAccess').check();
  await officer.locator('#accessibleToilet').check();
  await officer.locator('#registrationOpensAt').fill(`${ammanDate(-1)}T08:00`);
  await officer.locator('#registrationDeadline').fill(`${ammanDate(18)}T17:00`);
  await post(officer);
  await officer.waitForURL(/\/en\/training\/sessions\/[0-9a-f-]{36}$/);
  return new URL(officer.url()).pathname.replace(/^\/en/, '');
}
