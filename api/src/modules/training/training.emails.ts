/** The emails of the training module, in Arabic then English (one message, as the platform's other emails). */
import type { EmailContent } from '../../common/email/email-outbox.js';
import type { TrainingCourseEntity, TrainingSessionEntity } from './training.entities.js';

export type TrainingEmailKind =
  | 'TRAINING_REGISTRATION_CONFIRMED'
  | 'TRAINING_REGISTRATION_WAITLISTED'
  | 'TRAINING_REGISTRATION_PROMOTED'
  | 'TRAINING_REGISTRATION_CANCELLED'
  | 'TRAINING_SESSION_CANCELLED';

// made once: building a formatter costs far more than formatting (it was most of a registration's CPU time)
const AMMAN = {
  'ar-JO': new Intl.DateTimeFormat('ar-JO', {
    timeZone: 'Asia/Amman',
    dateStyle: 'full',
    timeStyle: 'short',
    numberingSystem: 'latn',
  }),
  'en-GB': new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Amman',
    dateStyle: 'full',
    timeStyle: 'short',
    numberingSystem: 'latn',
  }),
};

function amman(date: Date, locale: 'ar-JO' | 'en-GB'): string {
  return AMMAN[locale].format(date);
}

export function trainingEmail(
  kind: TrainingEmailKind,
  course: Pick<TrainingCourseEntity, 'titleAr' | 'titleEn'>,
  session: Pick<TrainingSessionEntity, 'id' | 'startsAt'>,
  /** The portal's address for the session's link; null leaves the link out (no configuration at hand). */
  portalUrl: string | null,
  /** The waitlist position, or a marker the caller replaces with it (a registration's statement decides it). */
  waitlistPosition: number | string | null = null,
  /** Why an officer cancelled the session (TRAINING_SESSION_CANCELLED). */
  reason: string | null = null,
): EmailContent {
  const titleAr = course.titleAr ?? course.titleEn ?? '';
  const titleEn = course.titleEn ?? course.titleAr ?? '';
  const link = (lang: 'ar' | 'en') =>
    portalUrl === null ? '' : `\n${portalUrl.replace(/\/$/, '')}/${lang}/training/sessions/${session.id}`;
  const whenAr = amman(session.startsAt, 'ar-JO');
  const whenEn = amman(session.startsAt, 'en-GB');
  const texts: Record<TrainingEmailKind, { subjectAr: string; subjectEn: string; ar: string; en: string }> = {
    TRAINING_REGISTRATION_CONFIRMED: {
      subjectAr: 'تأكيد التسجيل',
      subjectEn: 'Registration confirmed',
      ar: `تم تأكيد مقعدك في «${titleAr}» التي تبدأ ${whenAr} (بتوقيت عمّان).`,
      en: `Your seat in "${titleEn}" is confirmed. It starts ${whenEn} (Amman time).`,
    },
    TRAINING_REGISTRATION_WAITLISTED: {
      subjectAr: 'على قائمة الانتظار',
      subjectEn: 'On the waitlist',
      ar: `جميع المقاعد في «${titleAr}» محجوزة: أنت في المرتبة ${waitlistPosition} على قائمة الانتظار، وسنراسلك فور توفر مقعد.`,
      en: `Every seat in "${titleEn}" is taken: you are number ${waitlistPosition} on the waitlist, and we will email you as soon as a seat frees.`,
    },
    TRAINING_REGISTRATION_PROMOTED: {
      subjectAr: 'توفر مقعد لك',
      subjectEn: 'A seat is yours',
      ar: `توفر مقعد في «${titleAr}» وتم تأكيد تسجيلك. تبدأ ${whenAr} (بتوقيت عمّان).`,
      en: `A seat freed in "${titleEn}" and your registration is now confirmed. It starts ${whenEn} (Amman time).`,
    },
    TRAINING_REGISTRATION_CANCELLED: {
      subjectAr: 'إلغاء التسجيل',
      subjectEn: 'Registration cancelled',
      ar: `تم إلغاء تسجيلك في «${titleAr}».`,
      en: `Your registration for "${titleEn}" was cancelled.`,
    },
    TRAINING_SESSION_CANCELLED: {
      subjectAr: 'إلغاء الدورة',
      subjectEn: 'Session cancelled',
      ar: `أُلغيت دورة «${titleAr}» التي كانت ستبدأ ${whenAr} (بتوقيت عمّان)، وأُلغي تسجيلك فيها. السبب: ${reason ?? ''}`,
      en: `The session of "${titleEn}" that was to start ${whenEn} (Amman time) is cancelled, and your registration with it. Why: ${reason ?? ''}`,
    },
  };
  const t = texts[kind];
  return {
    subject: `${t.subjectAr} | ${t.subjectEn}: ${titleEn} — Shabaka`,
    text: `${t.ar}${link('ar')}\n\n---\n\n${t.en}${link('en')}\n`,
  };
}
