/** The emails of requests and partnerships, in Arabic then English (one message, as the platform's other emails). */
import type { EmailContent } from '../../common/email/email-outbox.js';

export type PartnershipEmailKind =
  'PARTNERSHIP_REQUEST_RECEIVED' | 'PARTNERSHIP_REQUEST_ACCEPTED' | 'PARTNERSHIP_REQUEST_DECLINED';

export interface PartyNames {
  ar: string;
  en: string;
}

export function partnershipEmail(
  kind: PartnershipEmailKind,
  /** The other party: the sender for a received request, the recipient for an answer. */
  other: PartyNames,
  /** The portal's address for the requests' page; null leaves the link out. */
  portalUrl: string | null,
  /** Why the request was declined (PARTNERSHIP_REQUEST_DECLINED). */
  reason: string | null = null,
): EmailContent {
  const link = (lang: 'ar' | 'en') =>
    portalUrl === null ? '' : `\n${portalUrl.replace(/\/$/, '')}/${lang}/partnerships/requests`;
  const texts: Record<PartnershipEmailKind, { subjectAr: string; subjectEn: string; ar: string; en: string }> = {
    PARTNERSHIP_REQUEST_RECEIVED: {
      subjectAr: 'طلب شراكة جديد',
      subjectEn: 'New partnership request',
      ar: `أرسلت «${other.ar}» طلب شراكة إليكم. اقرأوا رسالتها وأجيبوا بالقبول أو الاعتذار.`,
      en: `"${other.en}" sent you a partnership request. Read their message and accept or decline it.`,
    },
    PARTNERSHIP_REQUEST_ACCEPTED: {
      subjectAr: 'قُبل طلب الشراكة',
      subjectEn: 'Partnership request accepted',
      ar: `قبلت «${other.ar}» طلب الشراكة. الشراكة مقترحة الآن: يؤكدها كل طرف لتصبح نشطة.`,
      en: `"${other.en}" accepted your partnership request. The partnership is now proposed: it becomes active once each party confirms it.`,
    },
    PARTNERSHIP_REQUEST_DECLINED: {
      subjectAr: 'اعتذار عن طلب الشراكة',
      subjectEn: 'Partnership request declined',
      ar: `اعتذرت «${other.ar}» عن طلب الشراكة. السبب: ${reason ?? ''}`,
      en: `"${other.en}" declined your partnership request. Why: ${reason ?? ''}`,
    },
  };
  const t = texts[kind];
  return {
    subject: `${t.subjectAr} | ${t.subjectEn}: ${other.en} — Shabaka`,
    text: `${t.ar}${link('ar')}\n\n---\n\n${t.en}${link('en')}\n`,
  };
}
