/**
 * The review's demo data: a rubric on the demo call and the submitted demo application under review by the two demo
 * reviewers, the second having submitted scores (the first scores it by hand and then sees them). Runs right after
 * the grants' demo data, on the call it created.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';
import { GRANT_APPLICATION_SUBJECT, GRANT_CALL_SCOPE } from './grant-review.service.js';

const CRITERIA = [
  {
    code: 'RELEVANCE',
    titleAr: 'الصلة بأولويات الحماية الاجتماعية',
    titleEn: 'Relevance to social protection priorities',
    weight: 3,
  },
  {
    code: 'QUALITY',
    titleAr: 'جودة التصميم والإطار المنطقي',
    titleEn: 'Quality of the design and logframe',
    weight: 2,
  },
  { code: 'PARTNERSHIP', titleAr: 'قوة الشراكة', titleEn: 'Strength of the partnership', weight: 2 },
  { code: 'FEASIBILITY', titleAr: 'قابلية التنفيذ والاستدامة', titleEn: 'Feasibility and sustainability', weight: 2 },
  { code: 'BUDGET', titleAr: 'ملاءمة الموازنة', titleEn: 'Value for money of the budget', weight: 1 },
];

export async function seedDemoReview(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [application] = await knexRows<{ id: string; call_id: string }>(
    knex,
    "select id, call_id from grant_application where status = 'SUBMITTED' order by submitted_at limit 1",
  );
  if (!application) return 0;
  const reviewers = await knexRows<{ id: string; email: string }>(
    knex,
    `select id, email from auth_user where email in ('reviewer@demo.shabaka.example', 'reviewer2@demo.shabaka.example')
     order by email`,
  );
  const roundId = randomUUID();
  await knex.transaction(async (trx) => {
    await trx('review_round').insert({
      id: roundId,
      scope_kind: GRANT_CALL_SCOPE,
      scope_id: application.call_id,
      criteria: JSON.stringify(CRITERIA),
      divergence_margin_hundredths: 100,
    });
    if (reviewers.length < 2) return;
    await trx('grant_application').where({ id: application.id }).update({ status: 'UNDER_REVIEW' });
    // the first demo reviewer scores by hand; the second has submitted
    const first = reviewers.find((r) => r.email.startsWith('reviewer@'))!;
    const second = reviewers.find((r) => r.email.startsWith('reviewer2@'))!;
    const submittedId = randomUUID();
    await trx('review_assignment').insert([
      {
        id: randomUUID(),
        round_id: roundId,
        subject_kind: GRANT_APPLICATION_SUBJECT,
        subject_id: application.id,
        reviewer_id: first.id,
      },
      {
        id: submittedId,
        round_id: roundId,
        subject_kind: GRANT_APPLICATION_SUBJECT,
        subject_id: application.id,
        reviewer_id: second.id,
        status: 'SUBMITTED',
        submitted_at: new Date(),
      },
    ]);
    const scores: [string, number, string][] = [
      ['RELEVANCE', 5, 'Answers the deinstitutionalisation priority directly.'],
      ['QUALITY', 4, 'Clear objectives; the six-month indicator is well chosen.'],
      ['PARTNERSHIP', 4, 'The MoSD directorate is a real partner, not a signature.'],
      ['FEASIBILITY', 3, 'Housing in two governorates in 24 months is ambitious.'],
      ['BUDGET', 4, 'Reasonable staff costs.'],
    ];
    await trx('review_score').insert(
      scores.map(([code, score, comment]) => ({ assignment_id: submittedId, criterion_code: code, score, comment })),
    );
  });
  return 1;
}
