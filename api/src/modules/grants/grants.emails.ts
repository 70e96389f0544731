/** The emails of applications, in Arabic then English (one message, as the platform's other emails). */
import type { EmailContent } from '../../common/email/email-outbox.js';

export type GrantEmailKind = 'GRANT_APPLICATION_SUBMITTED' | 'GRANT_PARTNER_INVITED' | 'GRANT_PARTNER_DECLINED';

export function grantEmail(
  kind: GrantEmailKind,
  facts: {
    callAr: string;
    callEn: string;
    leadAr: string;
    leadEn: string;
    receipt?: string | null;
    partnerAr?: string;
    partnerEn?: string;
  },
  portalUrl: string | null,
): EmailContent {
  const link = (lang: 'ar' | 'en') =>
    portalUrl === null ? '' : `\n${portalUrl.replace(/\/$/, '')}/${lang}/grants/applications`;
  const texts: Record<GrantEmailKind, { subjectAr: string; subjectEn: string; ar: string; en: string }> = {
    GRANT_APPLICATION_SUBMITTED: {
      subjectAr: 'استلام طلب المنحة',
      subjectEn: 'Grant application received',
      ar: `استلمنا طلب «${facts.leadAr}» للدعوة «${facts.callAr}». رقم الإيصال: ${facts.receipt ?? ''}`,
      en: `We received the application of "${facts.leadEn}" to the call "${facts.callEn}". Receipt number: ${facts.receipt ?? ''}`,
    },
    GRANT_PARTNER_INVITED: {
      subjectAr: 'دعوة للمشاركة في طلب منحة',
      subjectEn: 'Invitation to take part in a grant application',
      ar: `تدعوكم «${facts.leadAr}» للمشاركة في طلبها للدعوة «${facts.callAr}». أكدوا مشاركتكم على المنصة.`,
      en: `"${facts.leadEn}" invites you to take part in its application to the call "${facts.callEn}". Confirm your participation on the platform.`,
    },
    GRANT_PARTNER_DECLINED: {
      subjectAr: 'اعتذار شريك عن المشاركة في طلب منحة',
      subjectEn: 'A partner declined to take part in a grant application',
      ar: `اعتذرت «${facts.partnerAr ?? ''}» عن المشاركة في طلب «${facts.leadAr}» للدعوة «${facts.callAr}». يمكنكم دعوة شريك آخر قبل التقديم.`,
      en: `"${facts.partnerEn ?? ''}" declined to take part in the application of "${facts.leadEn}" to the call "${facts.callEn}". You may invite another partner before submitting.`,
    },
  };
  const t = texts[kind];
  return {
    subject: `${t.subjectAr} | ${t.subjectEn}${facts.receipt ? `: ${facts.receipt}` : ''} — Shabaka`,
    text: `${t.ar}${link('ar')}\n\n---\n\n${t.en}${link('en')}\n`,
  };
}
