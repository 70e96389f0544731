/**
 * The grants' demo data: a published call for proposals with two lots (social innovation; deinstitutionalisation),
 * its questions and answers, a draft application of the first demo organisation (the demo editor continues it) and a
 * submitted application of the second with the first as a confirmed co-applicant and a public associate. Fictional
 * and bilingual; dates are relative to the day it runs. Added only to a platform without calls.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';

const DAY = 24 * 3_600_000;

export async function seedDemoGrants(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from grant_call');
  if ((existing?.n ?? 0) > 0) return 0;
  // the demo accounts' organisations (accounts' seed: the first two by Arabic name)
  const organizations = await knexRows<{ id: string; governorate_code: string }>(
    knex,
    'select id, governorate_code from organization order by name_ar nulls last, id limit 2',
  );
  const now = Date.now();
  const callId = randomUUID();
  const lots = [randomUUID(), randomUUID()];
  await knex.transaction(async (trx) => {
    await trx('grant_call').insert({
      id: callId,
      title_ar: 'دعوة تقديم مقترحات 2027: الابتكار الاجتماعي والخدمات المجتمعية',
      title_en: 'Call for proposals 2027: social innovation and community-based services',
      guidelines_ar:
        'يموّل البرنامج مشاريع تجريبية وشراكات لمنظمات المجتمع المدني تستجيب لأولويات الحماية الاجتماعية. تتقدّم جمعية رئيسية مع جمعيات شريكة، ويمكن إشراك مؤسسات عامة كشركاء مساندين.',
      guidelines_en:
        'The programme funds pilot projects and partnerships of CSOs that answer social protection priorities. A lead CSO applies with co-applicant CSOs; public institutions may take part as associates.',
      currency: 'EUR',
      jod_rate_micros: 770_000,
      min_grant_minor: 20_000_00,
      max_grant_minor: 60_000_00,
      cofinancing_rate_bps: 1000,
      requires_verified: false,
      min_years_registered: 1,
      governorate_codes: [],
      min_co_applicants: 0,
      max_co_applicants: 3,
      public_associates_allowed: true,
      max_duration_months: 24,
      required_documents: JSON.stringify([
        { code: 'STATUTES', nameAr: 'النظام الأساسي للجمعية', nameEn: 'Statutes of the CSO' },
        {
          code: 'FINANCIAL_STATEMENTS',
          nameAr: 'البيانات المالية لآخر سنة',
          nameEn: "Last year's financial statements",
        },
        { code: 'PARTNERSHIP_LETTERS', nameAr: 'رسائل الشراكة', nameEn: 'Letters of partnership' },
      ]),
      opens_at: new Date(now - 10 * DAY),
      deadline_at: new Date(now + 45 * DAY),
      status: 'PUBLISHED',
      published_at: new Date(now - 10 * DAY),
    });
    await trx('grant_lot').insert([
      {
        id: lots[0],
        call_id: callId,
        position: 1,
        theme: 'SOCIAL_INNOVATION',
        title_ar: 'الابتكار الاجتماعي',
        title_en: 'Social innovation',
        envelope_minor: 2_000_000_00,
      },
      {
        id: lots[1],
        call_id: callId,
        position: 2,
        theme: 'DEINSTITUTIONALISATION',
        title_ar: 'خدمات مجتمعية تساعد الأشخاص ذوي الإعاقة على مغادرة المؤسسات الإيوائية',
        title_en: 'Community-based services that help persons with disabilities leave institutions',
        envelope_minor: 2_000_000_00,
      },
    ]);
    await trx('grant_call_question').insert({
      id: randomUUID(),
      call_id: callId,
      question_ar: 'هل يمكن لجمعية أن تكون شريكة في أكثر من طلب؟',
      question_en: 'May a CSO be a co-applicant in more than one application?',
      answer_ar: 'نعم، لكن لا يمكنها أن تكون الجمعية الرئيسية إلا في طلب واحد لكل دعوة.',
      answer_en: 'Yes, but it may lead only one application per call.',
      published_at: new Date(now - 3 * DAY),
    });
    if (organizations.length < 2) return;
    const [first, second] = organizations as [
      { id: string; governorate_code: string },
      { id: string; governorate_code: string },
    ];
    await trx('grant_application').insert({
      id: randomUUID(),
      call_id: callId,
      lot_id: lots[0],
      lead_organization_id: first.id,
      title_ar: 'منصة تطوع رقمية لكبار السن',
      title_en: 'A digital volunteering platform for older people',
      summary_en: 'Young volunteers visit older people living alone, matched through a simple phone service.',
      target_groups: JSON.stringify([{ code: 'ELDERLY', expectedBeneficiaries: 300 }]),
      governorate_codes: [first.governorate_code],
      locality: 'URBAN',
      duration_months: 18,
      created_at: new Date(now - 2 * DAY),
    });
    const [institution] = await knexRows<{ id: string }>(
      trx,
      "select id from institution where type = 'MOSD_DIRECTORATE' order by slug limit 1",
    );
    const submittedId = randomUUID();
    const [seq] = await knexRows<{ n: string }>(trx, "select nextval('grant_receipt_seq') as n");
    const year = new Date(now - DAY).getUTCFullYear();
    await trx('grant_application').insert({
      id: submittedId,
      call_id: callId,
      lot_id: lots[1],
      lead_organization_id: second.id,
      status: 'SUBMITTED',
      version: 6,
      title_ar: 'من المؤسسة إلى البيت: خدمات دعم مجتمعية',
      title_en: 'From institution to home: community support services',
      summary_ar: 'دعم عشرين شاباً وشابة من ذوي الإعاقة للانتقال من دور الرعاية إلى السكن المستقل مع خدمات مساندة.',
      summary_en:
        'Supporting twenty young persons with disabilities to move from care homes to independent living with support services.',
      description_en:
        'Case management, peer support and adapted housing with the MoSD directorate, in two governorates.',
      target_groups: JSON.stringify([
        { code: 'PERSONS_WITH_DISABILITIES', expectedBeneficiaries: 20 },
        { code: 'YOUTH', expectedBeneficiaries: 60 },
      ]),
      governorate_codes: [...new Set([second.governorate_code, first.governorate_code])],
      locality: 'BOTH',
      duration_months: 24,
      logframe: JSON.stringify([
        {
          textAr: 'انتقال الشباب ذوي الإعاقة إلى سكن مستقل',
          textEn: 'Young persons with disabilities move to independent living',
          indicators: [
            { textAr: 'عدد المنتقلين', textEn: 'People who moved', baseline: '0', target: '20' },
            { textAr: null, textEn: 'Still living independently after six months', baseline: '0 %', target: '80 %' },
          ],
        },
      ]),
      budget_lines: JSON.stringify([
        {
          category: 'STAFF',
          description: 'Case managers (2)',
          requestedMinor: 28_000_00,
          cofinancingMinor: 2_000_00,
          currency: 'EUR',
        },
        {
          category: 'SERVICES',
          description: 'Adapted housing',
          requestedMinor: 15_000_00,
          cofinancingMinor: 3_000_00,
          currency: 'EUR',
        },
        {
          category: 'ACTIVITIES',
          description: 'Peer support groups',
          requestedMinor: 5_000_00,
          cofinancingMinor: 1_000_00,
          currency: 'EUR',
        },
      ]),
      receipt_number: `G-${year}-${String(seq!.n).padStart(6, '0')}`,
      submitted_at: new Date(now - DAY),
      submit_idempotency_key: `demo-${submittedId}`,
      created_at: new Date(now - 8 * DAY),
    });
    await trx('grant_application_partner').insert([
      {
        application_id: submittedId,
        position: 1,
        role: 'CO_APPLICANT',
        organization_id: first.id,
        confirmed_at: new Date(now - 4 * DAY),
      },
      ...(institution
        ? [
            {
              application_id: submittedId,
              position: 2,
              role: 'ASSOCIATE',
              institution_id: institution.id,
              confirmed_at: new Date(now - 3 * DAY),
            },
          ]
        : []),
    ]);
  });
  return 1;
}
