/** The decisions an application's lead is told of by email, in Arabic then English. */
import type { EmailContent } from '../../../common/email/email-outbox.js';

export type GrantDecisionEmailKind =
  | 'GRANT_APPLICATION_ELIGIBLE'
  | 'GRANT_APPLICATION_INELIGIBLE'
  | 'GRANT_APPLICATION_SHORTLISTED'
  | 'GRANT_APPLICATION_REJECTED';

export function grantDecisionEmail(
  kind: GrantDecisionEmailKind,
  facts: { callAr: string; callEn: string; receipt: string | null; reason: string | null },
  portalUrl: string | null,
): EmailContent {
  const link = (lang: 'ar' | 'en') =>
    portalUrl === null ? '' : `\n${portalUrl.replace(/\/$/, '')}/${lang}/grants/applications`;
  const why = (label: string) => (facts.reason ? `\n${label}: ${facts.reason}` : '');
  const texts: Record<GrantDecisionEmailKind, { subjectAr: string; subjectEn: string; ar: string; en: string }> = {
    GRANT_APPLICATION_ELIGIBLE: {
      subjectAr: 'طلب المنحة مؤهل',
      subjectEn: 'Grant application eligible',
      ar: `طلبكم رقم ${facts.receipt ?? ''} للدعوة «${facts.callAr}» مؤهل وسيُحال إلى المراجعين.`,
      en: `Your application ${facts.receipt ?? ''} to the call "${facts.callEn}" is eligible and goes to its reviewers.`,
    },
    GRANT_APPLICATION_INELIGIBLE: {
      subjectAr: 'طلب المنحة غير مؤهل',
      subjectEn: 'Grant application not eligible',
      ar: `طلبكم رقم ${facts.receipt ?? ''} للدعوة «${facts.callAr}» غير مؤهل.${why('الأسباب')}`,
      en: `Your application ${facts.receipt ?? ''} to the call "${facts.callEn}" is not eligible.${why('Reasons')}`,
    },
    GRANT_APPLICATION_SHORTLISTED: {
      subjectAr: 'طلب المنحة في القائمة المختصرة',
      subjectEn: 'Grant application shortlisted',
      ar: `أُدرج طلبكم رقم ${facts.receipt ?? ''} للدعوة «${facts.callAr}» في القائمة المختصرة.`,
      en: `Your application ${facts.receipt ?? ''} to the call "${facts.callEn}" is shortlisted.`,
    },
    GRANT_APPLICATION_REJECTED: {
      subjectAr: 'قرار بشأن طلب المنحة',
      subjectEn: 'Decision on your grant application',
      ar: `لم يُقبل طلبكم رقم ${facts.receipt ?? ''} للدعوة «${facts.callAr}» بعد المراجعة.${why('الملاحظات')}`,
      en: `Your application ${facts.receipt ?? ''} to the call "${facts.callEn}" was not retained after review.${why('Notes')}`,
    },
  };
  const t = texts[kind];
  return {
    subject: `${t.subjectAr} | ${t.subjectEn}${facts.receipt ? `: ${facts.receipt}` : ''} — Shabaka`,
    text: `${t.ar}${link('ar')}\n\n---\n\n${t.en}${link('en')}\n`,
  };
}
