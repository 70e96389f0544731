/** The emails of consultations, in Arabic then English (one message, as the platform's other emails). */
import type { EmailContent } from '../../common/email/email-outbox.js';

const ANSWER_WORDS = {
  ACCEPTED: { ar: 'مقبولة', en: 'accepted' },
  PARTLY_ACCEPTED: { ar: 'مقبولة جزئياً', en: 'partly accepted' },
  NOT_ACCEPTED: { ar: 'غير مقبولة', en: 'not accepted' },
} as const;

export function contributionAnsweredEmail(
  facts: {
    consultationAr: string;
    consultationEn: string;
    sectionAr: string;
    sectionEn: string;
    answer: keyof typeof ANSWER_WORDS;
    reason: string;
    consultationUuid: string;
  },
  portalUrl: string | null,
): EmailContent {
  const link = (lang: 'ar' | 'en') =>
    portalUrl === null ? '' : `\n${portalUrl.replace(/\/$/, '')}/${lang}/participation/${facts.consultationUuid}`;
  const words = ANSWER_WORDS[facts.answer];
  return {
    subject: `الرد على مساهمتكم | Your contribution was answered — Shabaka`,
    text:
      `ردّ صاحب المشاورة «${facts.consultationAr}» على مساهمة منظمتكم في القسم «${facts.sectionAr}»: ${words.ar}.\n` +
      `السبب: ${facts.reason}${link('ar')}\n\n---\n\n` +
      `The owner of the consultation "${facts.consultationEn}" answered your organisation's contribution to the section "${facts.sectionEn}": ${words.en}.\n` +
      `Reason: ${facts.reason}${link('en')}\n`,
  };
}
