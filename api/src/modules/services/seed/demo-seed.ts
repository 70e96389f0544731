/**
 * Demo services, so that the services search and map are not empty after `pnpm start`: fictional, bilingual
 * services of demo organisations in each of the 12 governorates, among them a home-based rehabilitation service in
 * Ajloun with Jordanian Sign Language, with their referral steps, hours and places.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { knexRows } from '../../../database/sql.js';

interface Template {
  category: string;
  nameAr: string;
  nameEn: string;
  descriptionAr: string;
  descriptionEn: string;
  targetGroups: string[];
  delivery: string[];
  languages: string[];
  accessibility: string[];
  fee: 'FREE' | 'SUBSIDISED' | 'PAID';
  ages: [number | null, number | null];
  places: [number, number] | null;
}

const TEMPLATES: Template[] = [
  {
    category: 'DAY_CARE',
    nameAr: 'مركز الرعاية النهارية للأشخاص ذوي الإعاقة',
    nameEn: 'Day care centre for persons with disabilities',
    descriptionAr: 'برنامج نهاري للأنشطة والمهارات الحياتية والرعاية، مع وجبة ومواصلات.',
    descriptionEn: 'A day programme of activities, life skills and care, with a meal and transport.',
    targetGroups: ['PERSONS_WITH_DISABILITIES', 'YOUTH'],
    delivery: ['AT_LOCATION'],
    languages: ['ARABIC'],
    accessibility: ['STEP_FREE_ACCESS', 'ACCESSIBLE_TOILET'],
    fee: 'SUBSIDISED',
    ages: [14, 40],
    places: [3, 12],
  },
  {
    category: 'INCLUSIVE_EDUCATION',
    nameAr: 'دعم التعليم الدامج في المدارس',
    nameEn: 'Inclusive education support in schools',
    descriptionAr: 'معلمات ظل وغرف مصادر وتدريب للمعلمين لدمج الأطفال ذوي الإعاقة في المدارس الحكومية.',
    descriptionEn:
      'Shadow teachers, resource rooms and teacher training to include children with disabilities in public schools.',
    targetGroups: ['CHILDREN', 'PERSONS_WITH_DISABILITIES'],
    delivery: ['AT_LOCATION'],
    languages: ['ARABIC', 'JORDANIAN_SIGN_LANGUAGE'],
    accessibility: ['STEP_FREE_ACCESS', 'EASY_READ_MATERIAL'],
    fee: 'FREE',
    ages: [6, 15],
    places: [10, 4],
  },
  {
    category: 'PSYCHOSOCIAL_SUPPORT',
    nameAr: 'الدعم النفسي والاجتماعي للأسر',
    nameEn: 'Psychosocial support for families',
    descriptionAr: 'جلسات فردية وجماعية للأهل ومقدمي الرعاية، وخط هاتفي للاستشارة.',
    descriptionEn: 'Individual and group sessions for parents and carers, and a phone line for advice.',
    targetGroups: ['WOMEN', 'LOW_INCOME_HOUSEHOLDS', 'REFUGEES'],
    delivery: ['AT_LOCATION', 'REMOTE'],
    languages: ['ARABIC', 'ENGLISH'],
    accessibility: ['STEP_FREE_ACCESS'],
    fee: 'FREE',
    ages: [18, null],
    places: null,
  },
  {
    category: 'CASH_ASSISTANCE',
    nameAr: 'المساعدات النقدية الطارئة',
    nameEn: 'Emergency cash assistance',
    descriptionAr: 'دفعات نقدية لمرة واحدة للأسر الأشد فقرًا بعد دراسة الحالة، بالتنسيق مع صندوق المعونة الوطنية.',
    descriptionEn:
      'One-off cash payments for the poorest households after a case assessment, coordinated with the National Aid Fund.',
    targetGroups: ['LOW_INCOME_HOUSEHOLDS', 'FEMALE_HEADED_HOUSEHOLDS'],
    delivery: ['AT_LOCATION'],
    languages: ['ARABIC'],
    accessibility: ['STEP_FREE_ACCESS', 'ACCESSIBLE_PARKING'],
    fee: 'FREE',
    ages: [null, null],
    places: null,
  },
  {
    category: 'EMPLOYMENT_SUPPORT',
    nameAr: 'التشغيل المدعوم للشباب ذوي الإعاقة',
    nameEn: 'Supported employment for young persons with disabilities',
    descriptionAr: 'تدريب مهني ومدرب عمل يرافق الشاب في مكان العمل خلال الأشهر الأولى.',
    descriptionEn: 'Vocational training and a job coach at the workplace during the first months.',
    targetGroups: ['YOUTH', 'PERSONS_WITH_DISABILITIES'],
    delivery: ['AT_LOCATION'],
    languages: ['ARABIC', 'JORDANIAN_SIGN_LANGUAGE'],
    accessibility: ['STEP_FREE_ACCESS', 'SIGN_LANGUAGE_STAFF'],
    fee: 'FREE',
    ages: [18, 35],
    places: [6, 20],
  },
  {
    category: 'LEGAL_AID',
    nameAr: 'المساعدة القانونية المجانية',
    nameEn: 'Free legal aid',
    descriptionAr: 'استشارات قانونية وتمثيل في قضايا الأحوال الشخصية والعمل والحق في الخدمات.',
    descriptionEn: 'Legal advice and representation in family, labour and access-to-services cases.',
    targetGroups: ['WOMEN', 'REFUGEES', 'PERSONS_WITH_DISABILITIES'],
    delivery: ['AT_LOCATION', 'REMOTE'],
    languages: ['ARABIC', 'ENGLISH'],
    accessibility: ['STEP_FREE_ACCESS', 'HEARING_LOOP'],
    fee: 'FREE',
    ages: [null, null],
    places: null,
  },
  {
    category: 'HOME_CARE',
    nameAr: 'الرعاية المنزلية لكبار السن',
    nameEn: 'Home care for older people',
    descriptionAr: 'زيارات منزلية للتمريض والرعاية الشخصية ودعم الأسرة.',
    descriptionEn: 'Home visits for nursing, personal care and support to the family.',
    targetGroups: ['ELDERLY', 'PERSONS_WITH_DISABILITIES'],
    delivery: ['HOME_BASED'],
    languages: ['ARABIC'],
    accessibility: [],
    fee: 'SUBSIDISED',
    ages: [60, null],
    places: [2, 7],
  },
];

/** Governorate centres (approximate), for the demo locations. */
const CENTRES: Record<string, [number, number, string, string]> = {
  'JO-AM': [31.95, 35.93, 'قصبة عمّان', 'Amman Qasabah'],
  'JO-BA': [32.04, 35.73, 'السلط', 'Salt'],
  'JO-AZ': [32.07, 36.09, 'الزرقاء', 'Zarqa'],
  'JO-MD': [31.72, 35.79, 'مادبا', 'Madaba'],
  'JO-IR': [32.55, 35.85, 'قصبة إربد', 'Irbid Qasabah'],
  'JO-MA': [32.34, 36.21, 'المفرق', 'Mafraq'],
  'JO-JA': [32.28, 35.9, 'جرش', 'Jerash'],
  'JO-AJ': [32.33, 35.75, 'عجلون', 'Ajloun'],
  'JO-KA': [31.18, 35.7, 'الكرك', 'Karak'],
  'JO-AT': [30.84, 35.6, 'الطفيلة', 'Tafilah'],
  'JO-MN': [30.19, 35.73, 'معان', "Ma'an"],
  'JO-AQ': [29.53, 35.01, 'العقبة', 'Aqaba'],
};

const REFERRAL = {
  intakeCriteriaAr: 'الإقامة في المحافظة، وتقرير يبين الحاجة إلى الخدمة.',
  intakeCriteriaEn: 'Living in the governorate, and a report showing the need for the service.',
  documentsAr: 'دفتر العائلة، بطاقة الأحوال المدنية، التقرير الطبي',
  documentsEn: 'Family book, civil ID card, medical report',
  referralStepsAr:
    'اتصلوا بنا أو اطلبوا من الأخصائي الاجتماعي في مديرية التنمية الاجتماعية إرسال نموذج الإحالة. نتصل بكم خلال أسبوع لموعد التقييم، ثم نخبركم بالقرار وموعد البدء أو مكانكم على قائمة الانتظار.',
  referralStepsEn:
    'Call us or ask the social worker at the MoSD directorate to send the referral form. We call you within a week for an assessment, then tell you the decision and the start date, or your place on the waiting list.',
  officeHoursAr: 'الأحد إلى الخميس، 8:00 إلى 15:00',
  officeHoursEn: 'Sunday to Thursday, 8:00 to 15:00',
  complaintsAr: 'صندوق الشكاوى في المركز، أو الخط الساخن لوزارة التنمية الاجتماعية 06-5679327',
  complaintsEn: 'The complaints box at the centre, or the MoSD hotline 06-5679327',
};

/** Adds the demo services when there is none yet; returns how many. */
export async function seedDemoServices(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from service');
  if (existing!.n > 0) return 0;
  // the first two organisations of each governorate by name (the demo accounts' organisations among them)
  const organizations = await knexRows<{ id: string; governorate_code: string; n: number }>(
    knex,
    `select id, governorate_code, n from (
       select id, governorate_code, row_number() over (partition by governorate_code order by name_ar nulls last, id)::int as n
       from organization where status = 'ACTIVE'
     ) o where n <= 2 order by governorate_code, n`,
  );
  if (organizations.length === 0) return 0;
  const now = Date.now();
  let added = 0;
  await knex.transaction(async (trx) => {
    const add = async (organizationId: string, governorate: string, template: Template, k: number) => {
      const id = randomUUID();
      const [lat, lon, districtAr, districtEn] = CENTRES[governorate]!;
      // one in four providers has not updated its places for over a month (the reminder's case)
      const placesAge = (k % 4 === 3 ? 45 : k % 20) * 86_400_000;
      await trx('service').insert({
        id,
        organization_id: organizationId,
        name_ar: `${template.nameAr} - ${districtAr}`,
        name_en: `${template.nameEn}, ${districtEn}`,
        description_ar: template.descriptionAr,
        description_en: template.descriptionEn,
        category_code: template.category,
        target_groups: [...template.targetGroups].sort(),
        age_min: template.ages[0],
        age_max: template.ages[1],
        fee: template.fee,
        fee_details_ar: template.fee === 'SUBSIDISED' ? 'رسوم رمزية، ومجانًا للمستفيدين من صندوق المعونة الوطنية' : null,
        fee_details_en: template.fee === 'SUBSIDISED' ? 'A token fee; free for National Aid Fund beneficiaries' : null,
        languages: [...template.languages].sort(),
        delivery: [...template.delivery].sort(),
        contact_phone: `+962 7 9${String(100000 + k * 7919).slice(0, 6)}`,
        contact_email: `services${k}@demo.shabaka.example`,
        ...Object.fromEntries(
          Object.entries(REFERRAL).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]),
        ),
        places_available: template.places?.[0] ?? null,
        waiting_list_length: template.places?.[1] ?? null,
        places_updated_at: template.places ? new Date(now - placesAge) : null,
        governorate_codes: [governorate],
        accessibility: [...template.accessibility].sort(),
      });
      await trx('service_location').insert({
        id: randomUUID(),
        service_id: id,
        governorate_code: governorate,
        district: districtEn,
        locality_type: k % 3 === 0 ? 'RURAL' : 'URBAN',
        address_ar: `${districtAr}، الشارع الرئيسي، بجانب مديرية التنمية الاجتماعية`,
        address_en: `${districtEn}, main street, next to the MoSD directorate`,
        latitude: lat + ((k % 5) - 2) * 0.004,
        longitude: lon + ((k % 7) - 3) * 0.004,
        accessibility: [...template.accessibility].sort(),
      });
      await trx('service_hours').insert(
        [7, 1, 2, 3, 4].map((weekday) => ({
          id: randomUUID(),
          service_id: id,
          weekday,
          opens_at: '08:00',
          closes_at: template.delivery.includes('REMOTE') ? '20:00' : '15:00',
        })),
      );
      added += 1;
    };
    let k = 0;
    for (const org of organizations) {
      for (const j of org.n === 1 ? [0, 1] : [2]) {
        await add(org.id, org.governorate_code, TEMPLATES[(k + j) % TEMPLATES.length]!, k);
        k += 1;
      }
    }
    // the example: home-based rehabilitation in Ajloun, with Jordanian Sign Language
    const ajloun = organizations.find((o) => o.governorate_code === 'JO-AJ') ?? organizations[0]!;
    await add(
      ajloun.id,
      'JO-AJ',
      {
        category: 'REHABILITATION',
        nameAr: 'التأهيل المنزلي للأطفال ذوي الإعاقة',
        nameEn: 'Home-based rehabilitation for children with disabilities',
        descriptionAr: 'جلسات علاج طبيعي ووظيفي ونطق في بيت الأسرة، مع تدريب الأهل على التمارين اليومية.',
        descriptionEn:
          "Physiotherapy, occupational and speech therapy at the family's home, with training for parents in daily exercises.",
        targetGroups: ['CHILDREN', 'PERSONS_WITH_DISABILITIES'],
        delivery: ['HOME_BASED'],
        languages: ['ARABIC', 'JORDANIAN_SIGN_LANGUAGE'],
        accessibility: ['SIGN_LANGUAGE_STAFF', 'STEP_FREE_ACCESS'],
        fee: 'FREE',
        ages: [0, 12],
        places: [4, 9],
      },
      k,
    );
  });
  return added;
}
