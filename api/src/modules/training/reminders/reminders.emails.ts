/**
 * The reminders' emails, in Arabic then English in one message, as the platform's other emails (the accounts keep no
 * language preference yet).
 */
import type { EmailContent } from '../../../common/email/email-outbox.js';

export interface ReminderSession {
  readonly sessionId: string;
  readonly titleAr: string | null;
  readonly titleEn: string | null;
  readonly startsAt: Date;
  /** The venue in each language, or null for an online session. */
  readonly venueAr: string | null;
  readonly venueEn: string | null;
  /** The online link (a participant's email only). */
  readonly onlineUrl: string | null;
}

function amman(date: Date, locale: 'ar-JO' | 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Amman',
    dateStyle: 'full',
    timeStyle: 'short',
    numberingSystem: 'latn',
  }).format(date);
}

function links(portalUrl: string, path: string): { ar: string; en: string } {
  const base = portalUrl.replace(/\/$/, '');
  return { ar: `${base}/ar${path}`, en: `${base}/en${path}` };
}

/** To a confirmed participant, 48 hours before the session starts. */
export function reminderEmail(session: ReminderSession, portalUrl: string): EmailContent {
  const titleAr = session.titleAr ?? session.titleEn ?? '';
  const titleEn = session.titleEn ?? session.titleAr ?? '';
  const link = links(portalUrl, `/training/sessions/${session.sessionId}`);
  const whereAr = session.venueAr ?? `عبر الإنترنت${session.onlineUrl ? `: ${session.onlineUrl}` : ''}`;
  const whereEn = session.venueEn ?? `online${session.onlineUrl ? `: ${session.onlineUrl}` : ''}`;
  return {
    subject: `تذكير | Reminder: ${titleEn} — Shabaka`,
    text:
      `تذكير: تبدأ «${titleAr}» ${amman(session.startsAt, 'ar-JO')} (بتوقيت عمّان).\nالمكان: ${whereAr}\n${link.ar}` +
      `\n\n---\n\n` +
      `A reminder: "${titleEn}" starts ${amman(session.startsAt, 'en-GB')} (Amman time).\nWhere: ${whereEn}\n${link.en}\n`,
  };
}

/** To the training officers, a week before a session with under half of its seats confirmed. */
export function underfilledEmail(
  session: ReminderSession,
  counts: { confirmed: number; seats: number },
  portalUrl: string,
): EmailContent {
  const titleAr = session.titleAr ?? session.titleEn ?? '';
  const titleEn = session.titleEn ?? session.titleAr ?? '';
  const link = links(portalUrl, `/training/sessions/${session.sessionId}`);
  return {
    subject: `جلسة قليلة التسجيل | Under-filled session: ${titleEn} — Shabaka`,
    text:
      `«${titleAr}» تبدأ ${amman(session.startsAt, 'ar-JO')} (بتوقيت عمّان) ومقاعدها المؤكدة ${counts.confirmed} من ${counts.seats} فقط.\n${link.ar}` +
      `\n\n---\n\n` +
      `"${titleEn}" starts ${amman(session.startsAt, 'en-GB')} (Amman time) with only ${counts.confirmed} of its ${counts.seats} seats confirmed.\n${link.en}\n`,
  };
}
