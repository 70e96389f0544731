/**
 * The partnerships' demo data: the public institutions (seed/institutions.ts), an account acting for the MoSD
 * directorate in Mafraq, and fictional, bilingual needs and offers of demo organisations across the governorates and
 * of a few institutions. Added only to a platform without institutions; expiry dates are relative to the day it runs.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';
import { DEMO_PASSWORD, createPerson } from '../../accounts/index.js';
import { seedDemoRequests } from './demo-requests.js';
import { DEMO_INSTITUTIONS, DEMO_INSTITUTION_ACCOUNT } from './institutions.js';

const DAY = 24 * 3_600_000;

/** [kind, capability, target group or null, Arabic, English] */
const LISTINGS: [string, string, string | null, string, string][] = [
  [
    'NEED',
    'FINANCIAL_MANAGEMENT',
    null,
    'نبحث عن شريك يساعدنا في إعداد التقارير المالية للمانحين.',
    'We look for a partner to help us prepare financial reports for donors.',
  ],
  [
    'OFFER',
    'FINANCIAL_MANAGEMENT',
    null,
    'فريقنا المالي يرافق الجمعيات الصغيرة في الموازنات والتدقيق.',
    'Our finance team coaches small CSOs on budgets and audits.',
  ],
  [
    'NEED',
    'MONITORING_EVALUATION',
    'PERSONS_WITH_DISABILITIES',
    'نحتاج إلى إطار رصد وتقييم لبرنامج الدمج.',
    'We need a monitoring and evaluation framework for our inclusion programme.',
  ],
  [
    'OFFER',
    'MONITORING_EVALUATION',
    null,
    'نقدّم تصميم أدوات الرصد والتقييم وتدريب الفرق عليها.',
    'We design monitoring and evaluation tools and train teams to use them.',
  ],
  [
    'OFFER',
    'OUTREACH',
    'WOMEN',
    'لدينا متطوعات يصلن إلى النساء في القرى النائية.',
    'Our volunteers reach women in remote villages.',
  ],
  [
    'NEED',
    'SERVICE_DELIVERY',
    'ELDERLY',
    'نبحث عن جمعية تقدّم خدمات منزلية لكبار السن في المحافظة.',
    'We look for a CSO delivering home services to elderly people in the governorate.',
  ],
  [
    'OFFER',
    'VENUE',
    null,
    'قاعة تتسع لأربعين شخصاً ومهيأة لذوي الإعاقة، متاحة للأنشطة المجتمعية.',
    'A step-free hall for forty people, open for community activities.',
  ],
  [
    'OFFER',
    'VOLUNTEERS',
    'YOUTH',
    'شبكة من المتطوعين الشباب للأنشطة الميدانية.',
    'A network of young volunteers for field activities.',
  ],
  [
    'NEED',
    'LEGAL_SUPPORT',
    'REFUGEES',
    'نحتاج إلى استشارات قانونية للأسر اللاجئة.',
    'We need legal advice for refugee families.',
  ],
  [
    'OFFER',
    'TRAINING',
    null,
    'تدريب على كتابة المقترحات وإدارة المشاريع.',
    'Training in proposal writing and project management.',
  ],
  [
    'NEED',
    'FUNDRAISING',
    'ORPHANS',
    'نبحث عن خبرة في تنمية الموارد لبرنامج رعاية الأيتام.',
    'We look for fundraising expertise for our orphan care programme.',
  ],
  [
    'OFFER',
    'DATA_RESEARCH',
    null,
    'نجري مسوحات ميدانية ونحلل بيانات الاحتياجات.',
    'We run field surveys and analyse needs data.',
  ],
  [
    'NEED',
    'PSYCHOSOCIAL_SUPPORT',
    'CHILDREN',
    'نحتاج إلى أخصائيين للدعم النفسي للأطفال.',
    'We need psychosocial support specialists for children.',
  ],
  [
    'OFFER',
    'ADVOCACY',
    'PERSONS_WITH_DISABILITIES',
    'خبرة في كسب التأييد لحقوق الأشخاص ذوي الإعاقة.',
    'Experience in advocacy for the rights of persons with disabilities.',
  ],
];

/** What institutions publish: [institution slug, kind, capability, target group, Arabic, English]. */
const INSTITUTION_LISTINGS: [string, string, string, string | null, string, string][] = [
  [
    'mosd-directorate-mafraq',
    'NEED',
    'SERVICE_DELIVERY',
    'PERSONS_WITH_DISABILITIES',
    'نبحث عن جمعيات تقدّم خدمات نهارية للأشخاص ذوي الإعاقة في المفرق.',
    'We look for CSOs to deliver day services for persons with disabilities in Mafraq.',
  ],
  [
    'mosd-directorate-karak',
    'NEED',
    'OUTREACH',
    'LOW_INCOME_HOUSEHOLDS',
    'نحتاج إلى شركاء للوصول إلى الأسر محدودة الدخل في القرى.',
    'We need partners to reach low-income households in villages.',
  ],
  [
    'greater-irbid-municipality',
    'OFFER',
    'VENUE',
    null,
    'مراكز مجتمعية تابعة للبلدية متاحة للجمعيات.',
    "The municipality's community centres are open to CSOs.",
  ],
];

export async function seedDemoPartnerships(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from institution');
  if ((existing?.n ?? 0) > 0) return 0;
  const ids = new Map(DEMO_INSTITUTIONS.map((i) => [i.slug, randomUUID()]));
  await knex('institution').insert(
    DEMO_INSTITUTIONS.map((i) => ({
      id: ids.get(i.slug),
      slug: i.slug,
      type: i.type,
      governorate_code: i.governorate,
      name_ar: i.ar,
      name_en: i.en,
      acronym: i.acronym ?? null,
    })),
  );
  const [account] = await knexRows<{ id: string }>(knex, 'select id from auth_user where email = ?', [
    DEMO_INSTITUTION_ACCOUNT.email,
  ]);
  const userId =
    account?.id ??
    (await createPerson(knex, {
      name: DEMO_INSTITUTION_ACCOUNT.name,
      email: DEMO_INSTITUTION_ACCOUNT.email,
      password: DEMO_PASSWORD,
    }));
  await knex('institution_member').insert({
    institution_id: ids.get(DEMO_INSTITUTION_ACCOUNT.institution),
    user_id: userId,
    role: DEMO_INSTITUTION_ACCOUNT.role,
  });
  // the demo organisations, spread over the governorates: one listing each, in turn
  const organizations = await knexRows<{ id: string; governorate_code: string }>(
    knex,
    `select id, governorate_code from (
       select id, governorate_code, row_number() over (partition by governorate_code order by name_ar nulls last, id) as n
       from organization
     ) o where n <= 3 order by governorate_code, n`,
  );
  const now = Date.now();
  const rows: Record<string, unknown>[] = organizations.map((organization, i) => {
    const [kind, capability, targetGroup, ar, en] = LISTINGS[i % LISTINGS.length]!;
    return {
      id: randomUUID(),
      kind,
      organization_id: organization.id,
      capability_code: capability,
      description_ar: ar,
      description_en: en,
      governorate_codes: [organization.governorate_code],
      target_group_codes: targetGroup ? [targetGroup] : [],
      expires_at: new Date(now + (60 + (i % 5) * 30) * DAY),
      created_at: new Date(now - (i % 20) * DAY),
    };
  });
  for (const [slug, kind, capability, targetGroup, ar, en] of INSTITUTION_LISTINGS) {
    const institution = DEMO_INSTITUTIONS.find((i) => i.slug === slug)!;
    rows.push({
      id: randomUUID(),
      kind,
      institution_id: ids.get(slug),
      capability_code: capability,
      description_ar: ar,
      description_en: en,
      governorate_codes: institution.governorate ? [institution.governorate] : [],
      target_group_codes: targetGroup ? [targetGroup] : [],
      expires_at: new Date(now + 120 * DAY),
      created_at: new Date(now - 2 * DAY),
    });
  }
  if (rows.length) await knex('partnership_listing').insert(rows);
  await seedDemoRequests(knex, ids.get('mosd-directorate-mafraq')!);
  return DEMO_INSTITUTIONS.length;
}
