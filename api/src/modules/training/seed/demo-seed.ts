/**
 * The training catalogue's demo data: a dozen fictional, bilingual courses and their sessions over the 12
 * governorates (two online), open for registration, two of them full with a waitlist of fictional trainees. Added
 * only to a platform without courses; dates are relative to the day it runs.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';
import { DISAGGREGATION_CONSENT_PURPOSE, DISAGGREGATION_CONSENT_VERSION } from '../disaggregation.consent.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const COURSES: {
  topic: string;
  level: string;
  audience: string;
  hours: number;
  ar: string;
  en: string;
  descriptionAr: string;
  descriptionEn: string;
}[] = [
  {
    topic: 'FINANCIAL_MANAGEMENT',
    level: 'INTRODUCTORY',
    audience: 'CSO_STAFF',
    hours: 12,
    ar: 'أساسيات الإدارة المالية للجمعيات',
    en: 'Financial management basics for CSOs',
    descriptionAr: 'الموازنات والقيود المحاسبية والتقارير المالية للمانحين.',
    descriptionEn: 'Budgets, bookkeeping and financial reports for donors.',
  },
  {
    topic: 'GOVERNANCE',
    level: 'INTERMEDIATE',
    audience: 'CSO_STAFF',
    hours: 10,
    ar: 'الحوكمة الرشيدة في مجالس الإدارة',
    en: 'Good governance for boards',
    descriptionAr: 'أدوار الهيئة العامة ومجلس الإدارة وتضارب المصالح.',
    descriptionEn: 'The roles of the general assembly and the board, conflicts of interest.',
  },
  {
    topic: 'MONITORING_EVALUATION',
    level: 'INTERMEDIATE',
    audience: 'BOTH',
    hours: 18,
    ar: 'الرصد والتقييم المبني على النتائج',
    en: 'Results-based monitoring and evaluation',
    descriptionAr: 'الأطر المنطقية والمؤشرات وجمع البيانات المصنفة.',
    descriptionEn: 'Logical frameworks, indicators and disaggregated data collection.',
  },
  {
    topic: 'ADVOCACY',
    level: 'INTRODUCTORY',
    audience: 'CSO_STAFF',
    hours: 8,
    ar: 'كسب التأييد للسياسات المحلية',
    en: 'Advocacy for local policy',
    descriptionAr: 'تحليل أصحاب المصلحة وصياغة الرسائل وبناء التحالفات.',
    descriptionEn: 'Stakeholder analysis, messages and coalitions.',
  },
  {
    topic: 'DISABILITY_INCLUSION',
    level: 'INTRODUCTORY',
    audience: 'BOTH',
    hours: 12,
    ar: 'دمج الأشخاص ذوي الإعاقة في الخدمات',
    en: 'Including persons with disabilities in services',
    descriptionAr: 'النموذج الحقوقي للإعاقة والترتيبات التيسيرية المعقولة.',
    descriptionEn: 'The rights-based model of disability and reasonable accommodation.',
  },
  {
    topic: 'DISABILITY_INCLUSION',
    level: 'ADVANCED',
    audience: 'PUBLIC_OFFICIALS',
    hours: 16,
    ar: 'إنهاء الإيواء المؤسسي: من الرعاية الإيوائية إلى العيش المستقل',
    en: 'Deinstitutionalisation: from residential care to independent living',
    descriptionAr: 'الاستراتيجية الوطنية العشرية وخدمات الدعم المجتمعي.',
    descriptionEn: 'The ten-year national strategy and community support services.',
  },
  {
    topic: 'COMMUNITY_PLANNING',
    level: 'INTRODUCTORY',
    audience: 'BOTH',
    hours: 10,
    ar: 'التخطيط المجتمعي التشاركي',
    en: 'Participatory community planning',
    descriptionAr: 'تحديد الاحتياجات مع السكان وترتيب الأولويات.',
    descriptionEn: 'Identifying needs with residents and setting priorities.',
  },
  {
    topic: 'SERVICE_DELIVERY',
    level: 'INTERMEDIATE',
    audience: 'CSO_STAFF',
    hours: 14,
    ar: 'تقديم الخدمات في المناطق الريفية والأحياء الفقيرة',
    en: 'Service delivery in rural areas and poor urban neighbourhoods',
    descriptionAr: 'الوصول إلى الفئات الأكثر هشاشة وآليات الإحالة.',
    descriptionEn: 'Reaching the most vulnerable and referral pathways.',
  },
  {
    topic: 'POLICY_REFORM',
    level: 'ADVANCED',
    audience: 'PUBLIC_OFFICIALS',
    hours: 12,
    ar: 'إصلاح سياسات الحماية الاجتماعية',
    en: 'Social protection policy reform',
    descriptionAr: 'تحليل السياسات والحوار مع المجتمع المدني.',
    descriptionEn: 'Policy analysis and dialogue with civil society.',
  },
  {
    topic: 'SOCIAL_INNOVATION',
    level: 'INTRODUCTORY',
    audience: 'BOTH',
    hours: 8,
    ar: 'الابتكار الاجتماعي والتصميم المشترك',
    en: 'Social innovation and co-design',
    descriptionAr: 'التصميم مع المستفيدين ونماذج الخدمات التجريبية.',
    descriptionEn: 'Designing with service users and prototyping services.',
  },
  {
    topic: 'FINANCIAL_MANAGEMENT',
    level: 'ADVANCED',
    audience: 'CSO_STAFF',
    hours: 12,
    ar: 'إعداد المقترحات والموازنات للمنح',
    en: 'Grant proposals and budgets',
    descriptionAr: 'كتابة المقترحات وتسعير الأنشطة والتكاليف غير المباشرة.',
    descriptionEn: 'Writing proposals, costing activities and indirect costs.',
  },
  {
    topic: 'GOVERNANCE',
    level: 'INTRODUCTORY',
    audience: 'BOTH',
    hours: 6,
    ar: 'حماية البيانات الشخصية في العمل الأهلي',
    en: 'Personal data protection in civil society work',
    descriptionAr: 'قانون حماية البيانات الشخصية لعام 2023 والموافقة المستنيرة.',
    descriptionEn: "Jordan's 2023 Personal Data Protection Law and informed consent.",
  },
];

const GOVERNORATES: [string, string, string][] = [
  ['JO-AM', 'مركز الشباب، جبل اللويبدة، عمّان', 'Youth Centre, Jabal Al-Weibdeh, Amman'],
  ['JO-IR', 'قاعة البلدية، إربد', 'Municipal Hall, Irbid'],
  ['JO-AZ', 'مركز تنمية المجتمع المحلي، الزرقاء', 'Community Development Centre, Zarqa'],
  ['JO-BA', 'مركز الثقافة، السلط', 'Cultural Centre, Salt'],
  ['JO-MD', 'قاعة الجمعية الخيرية، مادبا', 'Charity Society Hall, Madaba'],
  ['JO-MA', 'مديرية التنمية الاجتماعية، المفرق', 'Social Development Directorate, Mafraq'],
  ['JO-JA', 'مركز الأميرة بسمة، جرش', 'Princess Basma Centre, Jerash'],
  ['JO-AJ', 'بيت الشباب، عجلون', 'Youth House, Ajloun'],
  ['JO-KA', 'مركز المجتمع المحلي، الكرك', 'Community Centre, Karak'],
  ['JO-AT', 'قاعة البلدية، الطفيلة', 'Municipal Hall, Tafileh'],
  ['JO-MN', 'مركز تنمية المجتمع، معان', 'Community Development Centre, Maan'],
  ['JO-AQ', 'غرفة التجارة، العقبة', 'Chamber of Commerce, Aqaba'],
];

const TRAINERS = ['Rana Haddad', 'Ahmad Obeidat', 'Hala Qudah', 'Nour Masri', 'Tariq Bani Hani', 'Salma Khatib'];

/** Adds the demo catalogue when there is no course yet; returns how many sessions. */
export async function seedDemoTraining(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from training_course');
  if (existing!.n > 0) return 0;
  const organizations = await knexRows<{ id: string }>(
    knex,
    `select id from organization where verification_state = 'VERIFIED' order by slug limit 12`,
  );
  const today = new Date();
  today.setUTCHours(6, 0, 0, 0); // 09:00 in Amman
  let sessions = 0;
  await knex.transaction(async (trx) => {
    const courseIds = COURSES.map(() => randomUUID());
    await trx('training_course').insert(
      COURSES.map((c, i) => ({
        id: courseIds[i],
        title_ar: c.ar,
        title_en: c.en,
        description_ar: c.descriptionAr,
        description_en: c.descriptionEn,
        topic_code: c.topic,
        level: c.level,
        audience: c.audience,
        expected_hours: c.hours,
        completion_attendance_percent: 80,
        completion_pass_mark: i % 3 === 0 ? 60 : null,
      })),
    );
    // one session per governorate, and two online; the first two are small and full, with a waitlist
    const plan = [
      ...GOVERNORATES.map((g) => ({ governorate: g, online: false })),
      { governorate: null, online: true },
      { governorate: null, online: true },
    ];
    for (const [i, place] of plan.entries()) {
      const course = COURSES[i % COURSES.length]!;
      const id = randomUUID();
      const first = today.getTime() + (14 + i * 3) * DAY;
      const days = [0, 1].map((d) => ({
        startsAt: new Date(first + d * DAY),
        endsAt: new Date(first + d * DAY + 6 * HOUR),
      }));
      const full = i < 2;
      const seats = full ? 8 : 25;
      await trx('training_session').insert({
        id,
        course_id: courseIds[i % COURSES.length],
        starts_at: days[0]!.startsAt,
        ends_at: days[1]!.endsAt,
        governorate_code: place.governorate?.[0] ?? null,
        venue_address_ar: place.governorate?.[1] ?? null,
        venue_address_en: place.governorate?.[2] ?? null,
        step_free_access: i % 2 === 0,
        accessible_toilet: i % 3 === 0,
        hearing_loop: i % 4 === 0,
        sign_language_interpretation: course.topic === 'DISABILITY_INCLUSION',
        online_url: place.online ? `https://meet.example.org/shabaka-training-${i + 1}` : null,
        language: i % 5 === 4 ? 'ARABIC_AND_ENGLISH' : 'ARABIC',
        trainers: [TRAINERS[i % TRAINERS.length]!, TRAINERS[(i + 2) % TRAINERS.length]!],
        seats,
        registration_opens_at: new Date(today.getTime() - 7 * DAY),
        registration_deadline: new Date(first - 3 * DAY),
        cancellation_deadline: new Date(first - DAY),
        verified_organizations_only: course.audience === 'CSO_STAFF',
        max_per_organization: full ? null : 3,
        audience: course.audience,
      });
      await trx('training_session_day').insert(
        days.map((d, position) => ({
          id: randomUUID(),
          session_id: id,
          position: position + 1,
          starts_at: d.startsAt,
          ends_at: d.endsAt,
        })),
      );
      if (full) {
        // fictional trainees (no password: they cannot sign in) fill the seats and wait in order
        const trainees = Array.from({ length: seats + 4 }, (_, k) => ({
          id: randomUUID(),
          name: `Trainee ${i + 1}-${k + 1}`,
          email: `trainee-${i + 1}-${k + 1}@demo.shabaka.example`,
          email_verified: true,
        }));
        await trx('auth_user').insert(trainees);
        const registrations = trainees.map((t, k) => {
          const organizationId =
            course.audience === 'PUBLIC_OFFICIALS'
              ? null
              : (organizations[k % Math.max(1, organizations.length)]?.id ?? null);
          return {
            id: randomUUID(),
            session_id: id,
            user_id: t.id,
            organization_id: organizationId,
            as_public_official: organizationId === null,
            status: k < seats ? 'CONFIRMED' : 'WAITLISTED',
            waitlist_position: k < seats ? null : k - seats + 1,
            confirmed_at: k < seats ? new Date() : null,
            needs_sign_language: k === 1,
            needs_transport: k % 5 === 2,
            needs_carer_seat: k === 3,
            created_at: new Date(Date.now() - (seats + 4 - k) * HOUR),
          };
        });
        await trx('training_registration').insert(registrations);
        await trx('training_session').where({ id }).update({ confirmed_count: seats, waitlist_count: 4 });
        await trx('training_disaggregation').insert(demoDisaggregation(registrations));
      }
      sessions += 1;
    }
  });
  return sessions;
}

const AGE_BANDS = ['AGE_25_34', 'AGE_35_44', 'AGE_18_24', 'AGE_45_54', 'AGE_25_34', 'AGE_55_64'] as const;

/**
 * Consented disaggregation answers for three in four demo trainees (the fourth gave none), so that the participation
 * aggregates show cells above and below the suppression threshold.
 */
function demoDisaggregation(registrations: { id: string; user_id: string }[]): Record<string, unknown>[] {
  return registrations
    .filter((_, k) => k % 4 !== 3)
    .map((r, k) => {
      const difficulty = k % 5 === 1 ? 'A_LOT_OF_DIFFICULTY' : k % 3 === 0 ? 'SOME_DIFFICULTY' : 'NO_DIFFICULTY';
      return {
        registration_id: r.id,
        user_id: r.user_id,
        consent_purpose: DISAGGREGATION_CONSENT_PURPOSE,
        consent_text_version: DISAGGREGATION_CONSENT_VERSION,
        sex: k % 2 === 0 ? 'FEMALE' : 'MALE',
        age_band: AGE_BANDS[k % AGE_BANDS.length],
        wg_seeing: 'NO_DIFFICULTY',
        wg_hearing: k % 7 === 2 ? 'CANNOT_DO_AT_ALL' : 'NO_DIFFICULTY',
        wg_walking: difficulty,
        wg_cognition: 'NO_DIFFICULTY',
        wg_self_care: 'NO_DIFFICULTY',
        wg_communication: k % 3 === 1 ? 'SOME_DIFFICULTY' : 'NO_DIFFICULTY',
      };
    });
}
