/** The emails of meeting requests at a matchmaking day, in Arabic then English (one message, as the platform's others). */
import type { EmailContent } from '../../common/email/email-outbox.js';

export type MatchmakingEmailKind =
  | 'MATCHMAKING_MEETING_REQUESTED'
  | 'MATCHMAKING_MEETING_ACCEPTED'
  | 'MATCHMAKING_MEETING_DECLINED'
  | 'MATCHMAKING_MEETING_CANCELLED';

export interface Names {
  ar: string;
  en: string;
}

const AMMAN = 'Asia/Amman';

/** A slot's time in Amman, as each language writes it. */
export function slotTime(startsAt: Date, endsAt: Date, lang: 'ar' | 'en'): string {
  const format = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-JO' : 'en-GB', {
    timeZone: AMMAN,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return format.formatRange(startsAt, endsAt);
}

export function matchmakingEmail(
  kind: MatchmakingEmailKind,
  /** The other participant: the requester for a request or a cancellation, the invitee for an answer. */
  other: Names,
  day: Names,
  dayId: string,
  portalUrl: string | null,
  slot: { startsAt: Date; endsAt: Date } | null = null,
  reason: string | null = null,
): EmailContent {
  const link = (lang: 'ar' | 'en') =>
    portalUrl === null ? '' : `\n${portalUrl.replace(/\/$/, '')}/${lang}/partnerships/matchmaking/${dayId}/requests`;
  const when = (lang: 'ar' | 'en') => (slot ? slotTime(slot.startsAt, slot.endsAt, lang) : '');
  const texts: Record<MatchmakingEmailKind, { subjectAr: string; subjectEn: string; ar: string; en: string }> = {
    MATCHMAKING_MEETING_REQUESTED: {
      subjectAr: 'طلب لقاء في يوم التشبيك',
      subjectEn: 'Meeting request at the matchmaking day',
      ar: `تطلب «${other.ar}» لقاءً معكم في «${day.ar}». اقرأوا رسالتها وأجيبوا بالقبول أو الاعتذار.`,
      en: `"${other.en}" asks to meet you at "${day.en}". Read their message and accept or decline it.`,
    },
    MATCHMAKING_MEETING_ACCEPTED: {
      subjectAr: 'قُبل طلب اللقاء',
      subjectEn: 'Meeting accepted',
      ar: `قبلت «${other.ar}» اللقاء في «${day.ar}»، الموعد: ${when('ar')} (بتوقيت عمّان).`,
      en: `"${other.en}" accepted to meet at "${day.en}", at ${when('en')} (Amman time).`,
    },
    MATCHMAKING_MEETING_DECLINED: {
      subjectAr: 'اعتذار عن طلب اللقاء',
      subjectEn: 'Meeting declined',
      ar: `اعتذرت «${other.ar}» عن اللقاء في «${day.ar}».${reason ? ` السبب: ${reason}` : ''}`,
      en: `"${other.en}" declined to meet at "${day.en}".${reason ? ` Why: ${reason}` : ''}`,
    },
    MATCHMAKING_MEETING_CANCELLED: {
      subjectAr: 'أُلغي اللقاء',
      subjectEn: 'Meeting cancelled',
      ar: slot
        ? `ألغت «${other.ar}» لقاءكم في «${day.ar}» الذي كان موعده ${when('ar')} (بتوقيت عمّان)؛ الموعد متاح في جدولكم من جديد.`
        : `سحبت «${other.ar}» طلب اللقاء معكم في «${day.ar}».`,
      en: slot
        ? `"${other.en}" cancelled your meeting at "${day.en}" at ${when('en')} (Amman time); the slot is free in your agenda again.`
        : `"${other.en}" withdrew their request to meet you at "${day.en}".`,
    },
  };
  const t = texts[kind];
  return {
    subject: `${t.subjectAr} | ${t.subjectEn}: ${other.en} — Shabaka`,
    text: `${t.ar}${link('ar')}\n\n---\n\n${t.en}${link('en')}\n`,
  };
}
