/**
 * The tables of review: a round per scope (its rubric and divergence margin), reviewers' assignments to subjects,
 * declared conflicts and scores. Subjects and scopes are named by (kind, uuid): they belong to the owning domain.
 */
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A criterion of a rubric: a code, its title in both languages and its weight in the total. */
export interface ReviewCriterionValue {
  code: string;
  titleAr: string | null;
  titleEn: string | null;
  weight: number;
}

export type ReviewAssignmentStatusValue = 'ASSIGNED' | 'SUBMITTED' | 'CONFLICTED';

/** The review of one scope (a grant call, a challenge): its rubric and the margin above which totals diverge. */
@Entity({ tableName: 'review_round' })
export class ReviewRoundEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  scopeKind!: string;

  @Property({ type: 'uuid' })
  scopeId!: string;

  @Property({ type: 'json' })
  criteria: ReviewCriterionValue[] & Opt = [];

  /** Two reviewers' totals (0..5) further apart than this, in hundredths of a point, are flagged. */
  @Property({ type: 'integer' })
  divergenceMarginHundredths: number & Opt = 100;

  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** A reviewer assigned to a subject of a round. */
@Entity({ tableName: 'review_assignment' })
export class ReviewAssignmentEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  roundId!: string;

  @Property({ type: 'text' })
  subjectKind!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid' })
  reviewerId!: string;

  @Property({ type: 'text' })
  status: ReviewAssignmentStatusValue & Opt = 'ASSIGNED';

  @Property({ type: 'uuid', nullable: true })
  assignedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  assignedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;
}

/** A conflict of interest a reviewer declared on a subject: they are never assigned to it again. */
@Entity({ tableName: 'review_conflict' })
export class ReviewConflictEntity {
  @PrimaryKey({ type: 'text' })
  subjectKind!: string;

  @PrimaryKey({ type: 'uuid' })
  subjectId!: string;

  @PrimaryKey({ type: 'uuid' })
  reviewerId!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime' })
  declaredAt: Date & Opt = new Date();
}

/** A reviewer's score (0..5) and comment on one criterion. */
@Entity({ tableName: 'review_score' })
export class ReviewScoreEntity {
  @PrimaryKey({ type: 'uuid' })
  assignmentId!: string;

  @PrimaryKey({ type: 'text' })
  criterionCode!: string;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

export const ReviewEntities = [ReviewRoundEntity, ReviewAssignmentEntity, ReviewConflictEntity, ReviewScoreEntity];
