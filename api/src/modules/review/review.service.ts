/**
 * The rules of review, for any subject kind: rubrics, assignments that refuse conflicted reviewers, conflict
 * declarations, scores from 0 to 5, submission, and the aggregation (weighted mean per reviewer, mean of reviewers,
 * divergence flag). Each write runs in a transaction with its audit event.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { sqlRows } from '../../database/sql.js';
import {
  ReviewAssignmentEntity,
  ReviewConflictEntity,
  ReviewRoundEntity,
  ReviewScoreEntity,
  type ReviewCriterionValue,
} from './review.entities.js';
import { ReviewErrorCode as Code, reviewError, type ReviewError } from './review.errors.js';
import { reviewSubject, type ReviewActor } from './review.subjects.js';

/** Each subject is reviewed by at least this many reviewers. */
export const MIN_REVIEWERS = 2;
export const MAX_SCORE = 5;

export type ReviewResult<T> = { ok: T } | { errors: ReviewError[] };
const fail = (code: Code, message: string, field: string | readonly string[] | null) => ({
  errors: [reviewError(code, message, field)],
});

export function roundOf(em: EntityManager, scopeKind: string, scopeId: string): Promise<ReviewRoundEntity | null> {
  return em.findOne(ReviewRoundEntity, { scopeKind, scopeId });
}

/** Sets the rubric of a scope's round (creating the round); refused once a review on it is submitted. */
export async function setRubric(
  em: EntityManager,
  scope: { kind: string; id: string },
  criteria: readonly ReviewCriterionValue[],
  divergenceMarginHundredths: number,
  actor: ReviewActor,
): Promise<ReviewResult<ReviewRoundEntity>> {
  const seen = new Set<string>();
  for (const [i, c] of criteria.entries()) {
    if (seen.has(c.code))
      return fail(Code.DUPLICATE_CRITERION, `${c.code} is named twice`, ['criteria', `${i}`, 'code']);
    seen.add(c.code);
    if (!c.titleAr && !c.titleEn)
      return fail(Code.REQUIRED, 'give a title in Arabic or English', ['criteria', `${i}`, 'titleEn']);
  }
  if (criteria.length === 0) return fail(Code.REQUIRED, 'a rubric has at least one criterion', 'criteria');
  return em.transactional(async (tx) => {
    let round = await tx.findOne(
      ReviewRoundEntity,
      { scopeKind: scope.kind, scopeId: scope.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (round) {
      const submitted = await tx.count(ReviewAssignmentEntity, { roundId: round.id, status: 'SUBMITTED' });
      if (submitted > 0) return fail(Code.RUBRIC_LOCKED, 'reviews on this rubric are already submitted', 'criteria');
      round.version += 1;
    } else {
      round = tx.create(ReviewRoundEntity, { scopeKind: scope.kind, scopeId: scope.id });
    }
    round.criteria = criteria.map((c) => ({ ...c }));
    round.divergenceMarginHundredths = divergenceMarginHundredths;
    round.updatedBy = actor.userId;
    audit(tx, {
      actorId: actor.userId,
      action: 'REVIEW_RUBRIC_SET',
      subjectType: scope.kind,
      subjectId: scope.id,
      requestId: actor.requestId,
    });
    await tx.flush();
    return { ok: round };
  });
}

export type ConflictKind = 'MEMBER' | 'DECLARED';

/** Which of `userIds` are conflicted on the subject: a member of a party to it, or a declared conflict. */
export async function conflictsOf(
  em: EntityManager,
  kind: string,
  subjectId: string,
  userIds: readonly string[],
): Promise<Map<string, ConflictKind>> {
  const conflicts = new Map<string, ConflictKind>();
  if (userIds.length === 0) return conflicts;
  const parties = (await reviewSubject(kind).partiesOf(em, [subjectId])).get(subjectId);
  // the membership and partnerships modules' member tables, read as one lookup for every candidate
  const members = await sqlRows<{ user_id: string }>(
    em,
    `select user_id from organization_member where user_id = any(?) and organization_id = any(?)
     union select user_id from institution_member where user_id = any(?) and institution_id = any(?)`,
    [userIds, parties?.organizationIds ?? [], userIds, parties?.institutionIds ?? []],
  );
  for (const m of members) conflicts.set(m.user_id, 'MEMBER');
  const declared = await em.find(ReviewConflictEntity, {
    subjectKind: kind,
    subjectId,
    reviewerId: { $in: [...userIds] },
  });
  for (const d of declared) if (!conflicts.has(d.reviewerId)) conflicts.set(d.reviewerId, 'DECLARED');
  return conflicts;
}

export interface ReviewerCandidate {
  userId: string;
  name: string;
  conflict: ConflictKind | null;
  assigned: boolean;
}

/** Every holder of the reviewer role, with whether they are conflicted on or already assigned to the subject. */
export async function reviewerCandidates(
  em: EntityManager,
  kind: string,
  subjectId: string,
): Promise<ReviewerCandidate[]> {
  // the accounts module's role table and people's names, read as one lookup
  const reviewers = await sqlRows<{ id: string; name: string }>(
    em,
    `select u.id, u.name from auth_user u join platform_role r on r.user_id = u.id and r.role = 'REVIEWER'
     order by u.name, u.id`,
    [],
  );
  const conflicts = await conflictsOf(
    em,
    kind,
    subjectId,
    reviewers.map((r) => r.id),
  );
  const assigned = new Set(
    (await em.find(ReviewAssignmentEntity, { subjectKind: kind, subjectId })).map((a) => a.reviewerId),
  );
  return reviewers.map((r) => ({
    userId: r.id,
    name: r.name,
    conflict: conflicts.get(r.id) ?? null,
    assigned: assigned.has(r.id),
  }));
}

/**
 * Assigns reviewers to a subject: each must hold the reviewer role and be free of conflict; the subject must then
 * have at least MIN_REVIEWERS active reviewers. All or nothing.
 */
export async function assignReviewers(
  em: EntityManager,
  kind: string,
  subjectId: string,
  reviewerIds: readonly string[],
  actor: ReviewActor,
): Promise<ReviewResult<ReviewAssignmentEntity[]>> {
  const adapter = reviewSubject(kind);
  if (new Set(reviewerIds).size !== reviewerIds.length)
    return fail(Code.ALREADY_ASSIGNED, 'a reviewer is named twice', 'reviewerIds');
  return em.transactional(async (tx) => {
    const scopeId = await adapter.reviewableScope(tx, subjectId);
    if (!scopeId) return fail(Code.NOT_REVIEWABLE, 'it is not eligible for review', 'applicationId');
    const round = await roundOf(tx, adapter.scopeKind, scopeId);
    if (!round || round.criteria.length === 0)
      return fail(Code.RUBRIC_REQUIRED, 'set the rubric of the round first', 'applicationId');
    const roles = await sqlRows<{ user_id: string }>(
      tx,
      `select user_id from platform_role where role = 'REVIEWER' and user_id = any(?)`,
      [reviewerIds],
    );
    const holders = new Set(roles.map((r) => r.user_id));
    const conflicts = await conflictsOf(tx, kind, subjectId, reviewerIds);
    const existing = await tx.find(ReviewAssignmentEntity, { subjectKind: kind, subjectId });
    for (const [i, reviewerId] of reviewerIds.entries()) {
      const field = ['reviewerIds', `${i}`];
      if (!holders.has(reviewerId)) return fail(Code.NOT_A_REVIEWER, 'this person is not a reviewer', field);
      const conflict = conflicts.get(reviewerId);
      if (conflict === 'MEMBER')
        return fail(Code.CONFLICT_OF_INTEREST, 'this reviewer is a member of an organisation taking part', field);
      if (conflict === 'DECLARED')
        return fail(Code.CONFLICT_DECLARED, 'this reviewer declared a conflict of interest', field);
      if (existing.some((a) => a.reviewerId === reviewerId))
        return fail(Code.ALREADY_ASSIGNED, 'this reviewer is already assigned', field);
    }
    const active = existing.filter((a) => a.status !== 'CONFLICTED').length;
    if (active + reviewerIds.length < MIN_REVIEWERS)
      return fail(Code.TOO_FEW_REVIEWERS, `assign at least ${MIN_REVIEWERS} reviewers`, 'reviewerIds');
    const created = reviewerIds.map((reviewerId) =>
      tx.create(ReviewAssignmentEntity, {
        roundId: round.id,
        subjectKind: kind,
        subjectId,
        reviewerId,
        assignedBy: actor.userId,
      }),
    );
    for (const a of created) {
      audit(tx, {
        actorId: actor.userId,
        action: 'REVIEW_ASSIGNED',
        subjectType: 'ReviewAssignment',
        subjectId: a.id,
        to: 'ASSIGNED',
        requestId: actor.requestId,
      });
    }
    await tx.flush();
    await adapter.onAssigned?.(tx, subjectId, actor);
    await tx.flush();
    return { ok: created };
  });
}

async function ownAssignment(
  em: EntityManager,
  assignmentId: string,
  actor: ReviewActor,
): Promise<ReviewResult<ReviewAssignmentEntity>> {
  const assignment = await em.findOne(
    ReviewAssignmentEntity,
    { id: assignmentId, reviewerId: actor.userId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!assignment) return fail(Code.ASSIGNMENT_NOT_FOUND, 'no such assignment of yours', 'assignmentId');
  if (assignment.status !== 'ASSIGNED')
    return fail(Code.ALREADY_SUBMITTED, `it is ${assignment.status.toLowerCase()}`, 'assignmentId');
  return { ok: assignment };
}

/** The reviewer declares a conflict on their assignment: it is set aside and they are never assigned there again. */
export async function declareConflict(
  em: EntityManager,
  assignmentId: string,
  reason: string,
  actor: ReviewActor,
): Promise<ReviewResult<ReviewAssignmentEntity>> {
  const why = reason.trim();
  if (!why) return fail(Code.REQUIRED, 'say what the conflict is', 'reason');
  return em.transactional(async (tx) => {
    const found = await ownAssignment(tx, assignmentId, actor);
    if ('errors' in found) return found;
    const assignment = found.ok;
    assignment.status = 'CONFLICTED';
    tx.create(ReviewConflictEntity, {
      subjectKind: assignment.subjectKind,
      subjectId: assignment.subjectId,
      reviewerId: actor.userId,
      reason: why,
    });
    await tx.nativeDelete(ReviewScoreEntity, { assignmentId: assignment.id });
    audit(tx, {
      actorId: actor.userId,
      action: 'REVIEW_CONFLICT_DECLARED',
      subjectType: 'ReviewAssignment',
      subjectId: assignment.id,
      from: 'ASSIGNED',
      to: 'CONFLICTED',
      reason: why,
      requestId: actor.requestId,
    });
    await tx.flush();
    return { ok: assignment };
  });
}

export interface ScoreInput {
  criterionCode: string;
  score: number;
  comment?: string | null;
}

/** Saves scores (0..5) and comments on some or all criteria of the reviewer's open assignment. */
export async function saveScores(
  em: EntityManager,
  assignmentId: string,
  scores: readonly ScoreInput[],
  actor: ReviewActor,
): Promise<ReviewResult<ReviewAssignmentEntity>> {
  for (const [i, s] of scores.entries()) {
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > MAX_SCORE)
      return fail(Code.SCORE_OUT_OF_RANGE, `a score is a whole number from 0 to ${MAX_SCORE}`, [
        'scores',
        `${i}`,
        'score',
      ]);
  }
  return em.transactional(async (tx) => {
    const found = await ownAssignment(tx, assignmentId, actor);
    if ('errors' in found) return found;
    const round = await tx.findOneOrFail(ReviewRoundEntity, { id: found.ok.roundId });
    const codes = new Set(round.criteria.map((c) => c.code));
    const seen = new Set<string>();
    for (const [i, s] of scores.entries()) {
      if (!codes.has(s.criterionCode) || seen.has(s.criterionCode))
        return fail(Code.UNKNOWN_CRITERION, `${s.criterionCode} is not a criterion of the rubric (or is named twice)`, [
          'scores',
          `${i}`,
          'criterionCode',
        ]);
      seen.add(s.criterionCode);
    }
    for (const s of scores) {
      await tx.upsert(ReviewScoreEntity, {
        assignmentId: found.ok.id,
        criterionCode: s.criterionCode,
        score: s.score,
        comment: s.comment?.trim() || null,
        updatedAt: new Date(),
      });
    }
    await tx.flush();
    return { ok: found.ok };
  });
}

/** Submits the review: every criterion of the rubric has a score; the scores no longer change. */
export async function submitReview(
  em: EntityManager,
  assignmentId: string,
  actor: ReviewActor,
): Promise<ReviewResult<ReviewAssignmentEntity>> {
  return em.transactional(async (tx) => {
    const found = await ownAssignment(tx, assignmentId, actor);
    if ('errors' in found) return found;
    const assignment = found.ok;
    const round = await tx.findOneOrFail(ReviewRoundEntity, { id: assignment.roundId });
    const scored = new Set(
      (await tx.find(ReviewScoreEntity, { assignmentId: assignment.id })).map((s) => s.criterionCode),
    );
    const missing = round.criteria.filter((c) => !scored.has(c.code)).map((c) => c.code);
    if (missing.length) return fail(Code.SCORES_INCOMPLETE, `no score yet for ${missing.join(', ')}`, 'assignmentId');
    assignment.status = 'SUBMITTED';
    assignment.submittedAt = new Date();
    audit(tx, {
      actorId: actor.userId,
      action: 'REVIEW_SUBMITTED',
      subjectType: 'ReviewAssignment',
      subjectId: assignment.id,
      from: 'ASSIGNED',
      to: 'SUBMITTED',
      requestId: actor.requestId,
    });
    await tx.flush();
    return { ok: assignment };
  });
}

/** A reviewer's total: the weighted mean of their scores (0..5). */
export function weightedTotal(criteria: readonly ReviewCriterionValue[], scores: ReadonlyMap<string, number>): number {
  const weight = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (weight === 0) return 0;
  return criteria.reduce((sum, c) => sum + c.weight * (scores.get(c.code) ?? 0), 0) / weight;
}

export interface SubjectResult {
  subjectId: string;
  /** Reviewers assigned and not conflicted. */
  assignedCount: number;
  submittedCount: number;
  /** Each submitted reviewer's total, in submission order. */
  totals: number[];
  /** The mean of the submitted totals, or null before any. */
  meanScore: number | null;
  /** Two submitted totals differ by more than the round's margin. */
  divergent: boolean;
}

/** The aggregated results of many subjects of one kind, in three statements whatever their number. */
export async function resultsOf(
  em: EntityManager,
  kind: string,
  subjectIds: readonly string[],
): Promise<Map<string, SubjectResult>> {
  const results = new Map<string, SubjectResult>();
  if (subjectIds.length === 0) return results;
  const assignments = await em.find(
    ReviewAssignmentEntity,
    { subjectKind: kind, subjectId: { $in: [...subjectIds] }, status: { $ne: 'CONFLICTED' } },
    { orderBy: { submittedAt: 'asc', id: 'asc' } },
  );
  const submitted = assignments.filter((a) => a.status === 'SUBMITTED');
  const scores = submitted.length
    ? await em.find(ReviewScoreEntity, { assignmentId: { $in: submitted.map((a) => a.id) } })
    : [];
  const roundIds = [...new Set(assignments.map((a) => a.roundId))];
  const rounds = roundIds.length ? await em.find(ReviewRoundEntity, { id: { $in: roundIds } }) : [];
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  for (const id of subjectIds) {
    const mine = assignments.filter((a) => a.subjectId === id);
    const done = mine.filter((a) => a.status === 'SUBMITTED');
    const totals = done.map((a) => {
      const own = new Map(scores.filter((s) => s.assignmentId === a.id).map((s) => [s.criterionCode, s.score]));
      return weightedTotal(roundById.get(a.roundId)?.criteria ?? [], own);
    });
    const margin = (roundById.get(mine[0]?.roundId ?? '')?.divergenceMarginHundredths ?? 100) / 100;
    const spread = totals.length > 1 ? Math.max(...totals) - Math.min(...totals) : 0;
    results.set(id, {
      subjectId: id,
      assignedCount: mine.length,
      submittedCount: done.length,
      totals,
      meanScore: totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null,
      // compared in hundredths so that a float's last digit never flags a spread equal to the margin
      divergent: Math.round(spread * 100) > Math.round(margin * 100),
    });
  }
  return results;
}
