/**
 * The challenges' demo data: an open challenge on reaching persons with disabilities in rural Ma'an with home-based
 * services, with ideas of verified demo CSOs in other governorates; a challenge past its ideas phase on youth
 * employment in Mafraq, with one idea shortlisted and one in prototype. Fictional and bilingual; dates relative to the
 * day it runs. Added only to a platform without challenges.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';

const DAY = 24 * 3_600_000;

const IDEAS = [
  {
    titleAr: 'عربات علاج متنقلة للقرى',
    titleEn: 'Mobile therapy vans for villages',
    summaryAr: 'أخصائيو علاج طبيعي يزورون القرى أسبوعياً بعربة مجهزة، بالتنسيق مع مديرية التنمية الاجتماعية.',
    summaryEn: 'Physiotherapists visit villages weekly in an equipped van, with the social development directorate.',
  },
  {
    titleAr: 'مرافقون مجتمعيون مدرَّبون',
    titleEn: 'Trained community companions',
    summaryAr: 'تدريب نساء من القرى على الرعاية المنزلية الأساسية ودفع أجورهن من خلال الجمعية.',
    summaryEn: 'Train women from the villages in basic home care, paid through the CSO.',
  },
  {
    titleAr: 'استشارات عن بعد للأسر',
    titleEn: 'Remote counselling for families',
    summaryAr: 'خط هاتفي ورسائل صوتية للأسر التي ترعى شخصاً ذا إعاقة.',
    summaryEn: 'A phone line and voice messages for families caring for a person with a disability.',
  },
];

export async function seedDemoChallenges(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from innovation_challenge');
  if ((existing?.n ?? 0) > 0) return 0;
  const organizations = await knexRows<{ id: string }>(
    knex,
    `select distinct on (governorate_code) id from organization where verification_state = 'VERIFIED'
       and id not in (select id from organization order by name_ar nulls last, id limit 2)
     order by governorate_code desc, id limit 5`,
  );
  if (organizations.length < 5) return 0;
  const now = Date.now();
  const open = randomUUID();
  const past = randomUUID();
  await knex.transaction(async (trx) => {
    await trx('innovation_challenge').insert([
      {
        id: open,
        title_ar: 'الوصول إلى الأشخاص ذوي الإعاقة في أرياف معان بخدمات منزلية',
        title_en: "Reaching persons with disabilities in rural Ma'an with home-based services",
        problem_ar:
          'لا تصل الخدمات المنزلية إلى القرى البعيدة في محافظة معان، وتضطر الأسر إلى السفر ساعات للوصول إلى مراكز التأهيل.',
        problem_en:
          "Home-based services do not reach the remote villages of Ma'an governorate; families travel for hours to reach rehabilitation centres.",
        owner_kind: 'PROGRAMME',
        governorate_codes: ['JO-MN'],
        target_group_codes: [],
        ideas_open_at: new Date(now - 10 * DAY),
        ideas_close_at: new Date(now + 30 * DAY),
        shortlist_due_at: new Date(now + 60 * DAY),
        status: 'PUBLISHED',
        published_at: new Date(now - 10 * DAY),
      },
      {
        id: past,
        title_ar: 'فرص عمل للشباب في مخيمات ومجتمعات المفرق المضيفة',
        title_en: 'Work for young people in Mafraq camps and host communities',
        problem_ar: 'البطالة بين الشباب في المفرق تتجاوز 40%، والتدريب المتاح لا يقود إلى عمل.',
        problem_en: 'Youth unemployment in Mafraq exceeds 40%, and the training on offer does not lead to work.',
        owner_kind: 'MOSD',
        governorate_codes: ['JO-MA'],
        target_group_codes: [],
        ideas_open_at: new Date(now - 90 * DAY),
        ideas_close_at: new Date(now - 45 * DAY),
        shortlist_due_at: new Date(now - 15 * DAY),
        status: 'PUBLISHED',
        published_at: new Date(now - 90 * DAY),
      },
    ]);
    await trx('innovation_idea').insert([
      ...IDEAS.map((idea, i) => ({
        id: randomUUID(),
        challenge_id: open,
        organization_id: organizations[i]!.id,
        title_ar: idea.titleAr,
        title_en: idea.titleEn,
        summary_ar: idea.summaryAr,
        summary_en: idea.summaryEn,
        team_organization_ids: i === 0 ? [organizations[4]!.id] : [],
        submitted_at: new Date(now - (8 - i) * DAY),
      })),
      {
        id: randomUUID(),
        challenge_id: past,
        organization_id: organizations[3]!.id,
        title_ar: 'ورش إصلاح الهواتف يديرها الشباب',
        title_en: 'Phone repair workshops run by young people',
        summary_ar: 'تدريب عملي لستة أشهر ثم ورشة تعاونية يملكها المتدربون.',
        summary_en: 'Six months of hands-on training, then a cooperative workshop owned by the trainees.',
        stage: 'PROTOTYPE',
        stage_note: 'نموذج أولي في ورشة تصميم مشترك في المفرق / Prototyped in a co-design workshop in Mafraq',
        submitted_at: new Date(now - 60 * DAY),
        stage_changed_at: new Date(now - 10 * DAY),
      },
      {
        id: randomUUID(),
        challenge_id: past,
        organization_id: organizations[4]!.id,
        title_ar: 'زراعة منزلية مع تسويق جماعي',
        title_en: 'Home gardens with shared marketing',
        summary_ar: 'حدائق منزلية للأسر الشابة وتسويق المنتجات عبر الجمعية.',
        summary_en: 'Home gardens for young families, their produce marketed through the CSO.',
        stage: 'SHORTLISTED',
        stage_note: 'Strong community roots',
        submitted_at: new Date(now - 55 * DAY),
        stage_changed_at: new Date(now - 15 * DAY),
      },
    ]);
  });
  return 2;
}
