/**
 * The consultations' demo data: an open MoSD consultation on a chapter of the draft national social protection
 * strategy (three sections) with contributions and endorsements of verified demo CSOs in several governorates, and an
 * answered consultation on a home-care service standard with its answers, what changed and a published report. The
 * MoSD demo account (mosd@demo.shabaka.example) owns both. Fictional and bilingual; dates are relative to the day it
 * runs. Added only to a platform without consultations.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';

const DAY = 24 * 3_600_000;

const OPEN_SECTIONS = [
  {
    titleAr: 'الفصل 3.1: التحويلات النقدية للأسر الأشد فقراً',
    titleEn: 'Chapter 3.1: cash transfers to the poorest households',
    textAr:
      'توسيع التحويلات النقدية لتشمل الأسر التي يرأسها كبار السن والأسر التي فيها أشخاص ذوو إعاقة، مع مراجعة سنوية للاستحقاق.',
    textEn:
      'Extend cash transfers to households headed by older people and households with persons with disabilities, with a yearly eligibility review.',
  },
  {
    titleAr: 'الفصل 3.2: الخدمات المجتمعية بدل الإيواء',
    titleEn: 'Chapter 3.2: community-based services instead of residential care',
    textAr: 'نقل الخدمات من دور الإيواء إلى خدمات منزلية ومجتمعية تقدمها الجمعيات بالشراكة مع مديريات الوزارة.',
    textEn:
      "Move services from residential institutions to home and community services run by CSOs with the ministry's directorates.",
  },
  {
    titleAr: 'الفصل 3.3: المتابعة والتقييم بمشاركة المجتمع المدني',
    titleEn: 'Chapter 3.3: monitoring and evaluation with civil society',
    textAr: 'بطاقة أداء فصلية لكل محافظة تعبئها الجمعيات المعنية وتنشر نتائجها.',
    textEn: 'A quarterly scorecard per governorate, filled by the CSOs concerned, its results published.',
  },
];

const COMMENTS: { position: string; ar: string; en: string }[] = [
  {
    position: 'SUPPORT',
    ar: 'نؤيد التوسيع؛ نرى يومياً أسراً مستحقة خارج البرنامج.',
    en: 'We support the extension: we meet eligible families left out every day.',
  },
  {
    position: 'SUPPORT_WITH_CHANGES',
    ar: 'نؤيد مع اشتراط زيارات منزلية في المناطق الريفية.',
    en: 'We support it if home visits reach rural areas.',
  },
  {
    position: 'OPPOSE',
    ar: 'المراجعة السنوية تثقل الأسر؛ نقترح مراجعة كل سنتين.',
    en: 'A yearly review burdens families; we propose one every two years.',
  },
  {
    position: 'SUPPORT_WITH_CHANGES',
    ar: 'نحتاج تمويلاً انتقالياً للجمعيات الصغيرة لتقديم الخدمات المنزلية.',
    en: 'Small CSOs need transition funding to run home services.',
  },
];

export async function seedDemoParticipation(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from consultation');
  if ((existing?.n ?? 0) > 0) return 0;
  const [owner] = await knexRows<{ id: string }>(
    knex,
    `select id from auth_user where email = 'mosd@demo.shabaka.example'`,
  );
  // verified demo CSOs in different governorates (skipping the demo editor's own, left for the walk-through)
  const organizations = await knexRows<{ id: string; governorate_code: string }>(
    knex,
    `select distinct on (governorate_code) id, governorate_code from organization
     where verification_state = 'VERIFIED'
       and id not in (select id from organization order by name_ar nulls last, id limit 2)
     order by governorate_code, id limit 8`,
  );
  if (!owner || organizations.length < 4) return 0;
  const now = Date.now();
  const open = randomUUID();
  const answered = randomUUID();
  await knex.transaction(async (trx) => {
    await trx('consultation').insert([
      {
        id: open,
        title_ar: 'مسودة الاستراتيجية الوطنية للحماية الاجتماعية 2027-2032: الفصل الثالث',
        title_en: 'Draft national social protection strategy 2027-2032: chapter 3',
        summary_ar:
          'تعرض وزارة التنمية الاجتماعية الفصل الثالث من مسودة الاستراتيجية على الجمعيات المتحققة لإبداء مواقفها قسماً قسماً.',
        summary_en:
          'The Ministry of Social Development puts chapter 3 of the draft strategy to verified CSOs for their position, section by section.',
        owner_kind: 'MOSD',
        governorate_codes: [],
        target_group_codes: ['ELDERLY', 'PERSONS_WITH_DISABILITIES'],
        opens_at: new Date(now - 7 * DAY),
        closes_at: new Date(now + 21 * DAY),
        answer_due_at: new Date(now + 60 * DAY),
        status: 'PUBLISHED',
        published_at: new Date(now - 7 * DAY),
        created_by: owner.id,
      },
      {
        id: answered,
        title_ar: 'معيار خدمة الرعاية المنزلية لكبار السن',
        title_en: 'Service standard for home care of older people',
        summary_ar: 'معيار الحد الأدنى لخدمات الرعاية المنزلية التي تقدمها الجمعيات المرخصة.',
        summary_en: 'The minimum standard of home-care services run by licensed CSOs.',
        owner_kind: 'MOSD',
        governorate_codes: [],
        target_group_codes: ['ELDERLY'],
        opens_at: new Date(now - 120 * DAY),
        closes_at: new Date(now - 90 * DAY),
        answer_due_at: new Date(now - 60 * DAY),
        status: 'ANSWERED',
        published_at: new Date(now - 120 * DAY),
        answered_at: new Date(now - 55 * DAY),
        created_by: owner.id,
      },
    ]);
    await trx('consultation_owner').insert([
      { consultation_id: open, user_id: owner.id },
      { consultation_id: answered, user_id: owner.id },
    ]);
    const openSections = OPEN_SECTIONS.map((s, i) => ({
      id: randomUUID(),
      consultation_id: open,
      position: i + 1,
      title_ar: s.titleAr,
      title_en: s.titleEn,
      text_ar: s.textAr,
      text_en: s.textEn,
    }));
    const answeredSections = [
      {
        ar: 'عدد الزيارات الأسبوعية',
        en: 'Weekly visits',
        changedAr: 'أصبح الحد الأدنى زيارتين أسبوعياً.',
        changedEn: 'The minimum is now two visits a week.',
      },
      {
        ar: 'تأهيل مقدمي الرعاية',
        en: 'Carers’ training',
        changedAr: 'أضيف تدريب إلزامي من 40 ساعة.',
        changedEn: 'A compulsory 40-hour training was added.',
      },
    ].map((s, i) => ({
      id: randomUUID(),
      consultation_id: answered,
      position: i + 1,
      title_ar: s.ar,
      title_en: s.en,
      what_changed_ar: s.changedAr,
      what_changed_en: s.changedEn,
    }));
    await trx('consultation_section').insert([...openSections, ...answeredSections]);
    const contributions: Record<string, unknown>[] = [];
    organizations.slice(0, 6).forEach((org, i) => {
      const comment = COMMENTS[i % COMMENTS.length]!;
      contributions.push({
        id: randomUUID(),
        consultation_id: open,
        section_id: openSections[i % 2]!.id,
        organization_id: org.id,
        position: comment.position,
        comment: i % 2 === 0 ? comment.ar : comment.en,
        created_at: new Date(now - (6 - i) * DAY),
        updated_at: new Date(now - (6 - i) * DAY),
      });
    });
    organizations.forEach((org, i) => {
      const answer = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'][i % 3]!;
      contributions.push({
        id: randomUUID(),
        consultation_id: answered,
        section_id: answeredSections[i % 2]!.id,
        organization_id: org.id,
        position: i % 3 === 2 ? 'OPPOSE' : 'SUPPORT_WITH_CHANGES',
        comment:
          i % 2 === 0 ? 'نقترح رفع عدد الزيارات الأسبوعية.' : 'Carers need recognised training before they start.',
        answer,
        answer_reason:
          answer === 'NOT_ACCEPTED'
            ? 'The budget of 2027 does not allow it; reconsidered in 2028.'
            : 'Taken into the standard (see what changed).',
        answered_by: owner.id,
        answered_at: new Date(now - 58 * DAY),
        created_at: new Date(now - 100 * DAY),
        updated_at: new Date(now - 100 * DAY),
      });
    });
    await trx('consultation_contribution').insert(contributions);
    const openContributions = contributions.filter((c) => c.consultation_id === open);
    await trx('consultation_endorsement').insert(
      openContributions.slice(0, 4).map((c, i) => ({
        contribution_id: c.id,
        organization_id: organizations[(i + 1) % openContributions.length]!.id,
      })),
    );
    await trx('audit_event').insert([
      {
        action: 'CONSULTATION_PUBLISHED',
        subject_type: 'Consultation',
        subject_id: open,
        actor_id: owner.id,
        to_state: 'PUBLISHED',
      },
      {
        action: 'CONSULTATION_REPORT_PUBLISHED',
        subject_type: 'Consultation',
        subject_id: answered,
        actor_id: owner.id,
        to_state: 'ANSWERED',
      },
    ]);
  });
  return 2;
}
