/**
 * Pre- and post-test scores per registration, recorded by an officer or a trainer of the session, and what follows
 * from them: the learning gain (post minus pre) and the course's optional post-test pass mark for completion.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { sqlRows } from '../../database/sql.js';
import { TrainingRegistrationEntity } from './training.entities.js';
import { TrainingErrorCode, trainingError, type TrainingError } from './training.errors.js';
import { mayRunSession } from './training-trainers.js';

type Result = { ok: TrainingRegistrationEntity; error?: undefined } | { ok?: undefined; error: TrainingError };

export interface ScoresInput {
  /** Undefined or null: left as it is. */
  preTest?: number | null;
  postTest?: number | null;
}

const outOfRange = (score: number | null | undefined): boolean =>
  score != null && (!Number.isInteger(score) || score < 0 || score > 100);

export async function recordScores(
  em: EntityManager,
  registrationId: string,
  input: ScoresInput,
  actor: { userId: string; requestId: string; officer: boolean },
): Promise<Result> {
  for (const field of ['preTest', 'postTest'] as const) {
    if (outOfRange(input[field])) {
      return { error: trainingError(TrainingErrorCode.SCORE_OUT_OF_RANGE, 'a score is from 0 to 100', field) };
    }
  }
  return em.transactional(async (tx): Promise<Result> => {
    const registration = await tx.findOne(TrainingRegistrationEntity, { id: registrationId });
    if (!registration || !(await mayRunSession(tx, registration.sessionId, actor))) {
      return {
        error: trainingError(TrainingErrorCode.REGISTRATION_NOT_FOUND, 'no such registration', 'registrationId'),
      };
    }
    if (registration.status !== 'CONFIRMED') {
      return {
        error: trainingError(
          TrainingErrorCode.NOT_REGISTERED,
          `the person is ${registration.status.toLowerCase()}, not a confirmed participant`,
          'registrationId',
        ),
      };
    }
    if (input.preTest != null) registration.preTestScore = input.preTest;
    if (input.postTest != null) registration.postTestScore = input.postTest;
    registration.scoresRecordedBy = actor.userId;
    registration.scoresRecordedAt = new Date();
    audit(tx, {
      actorId: actor.userId,
      action: 'TRAINING_SCORES_RECORDED',
      subjectType: 'TrainingRegistration',
      subjectId: registration.id,
      to: `pre ${registration.preTestScore ?? '-'}, post ${registration.postTestScore ?? '-'}`,
      requestId: actor.requestId,
    });
    return { ok: registration };
  });
}

/** Post minus pre, when both are recorded. */
export const learningGain = (pre: number | null, post: number | null): number | null =>
  pre === null || post === null ? null : post - pre;

/** The sessions' mean learning gains over the participants with both scores (one statement for many sessions). */
export async function sessionLearningGains(
  em: EntityManager,
  sessionIds: readonly string[],
): Promise<Map<string, { mean: number | null; n: number }>> {
  const rows = await sqlRows<{ session_id: string; mean: string | null; n: string }>(
    em,
    `select session_id, avg(post_test_score - pre_test_score) as mean, count(*) as n from training_registration
     where session_id = any(?::uuid[]) and status = 'CONFIRMED' and pre_test_score is not null
       and post_test_score is not null
     group by session_id`,
    [sessionIds],
  );
  const found = new Map(
    rows.map((r) => [r.session_id, { mean: r.mean === null ? null : Number(r.mean), n: Number(r.n) }]),
  );
  return new Map(sessionIds.map((id) => [id, found.get(id) ?? { mean: null, n: 0 }]));
}

/**
 * Whether a participant completed their session: the course's share of days attended and, when the course has one,
 * its post-test pass mark (a participant without a post-test score has not reached it).
 */
export function completed(
  rule: { attendancePercent: number; passMark: number | null },
  days: { attended: number; total: number },
  postTest: number | null,
): boolean {
  if (days.total === 0) return false;
  if (days.attended * 100 < rule.attendancePercent * days.total) return false;
  return rule.passMark === null || (postTest !== null && postTest >= rule.passMark);
}

/** The same rule in SQL for the aggregates: aliases r (registration), c (course), and the day counts given. */
export const COMPLETED_SQL = (attended: string, total: string): string =>
  `(${total} > 0 and ${attended} * 100 >= c.completion_attendance_percent * ${total}
    and (c.completion_pass_mark is null or coalesce(r.post_test_score >= c.completion_pass_mark, false)))`;
