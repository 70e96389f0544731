/** The public shape of review: rubrics, assignments, scores and aggregated results. */
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/pagination/connection.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Node } from '../../common/relay/node.interface.js';
import type { ReviewAssignmentEntity, ReviewRoundEntity } from './review.entities.js';
import type { SubjectResult } from './review.service.js';

export enum ReviewAssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  SUBMITTED = 'SUBMITTED',
  CONFLICTED = 'CONFLICTED',
}
registerEnumType(ReviewAssignmentStatus, {
  name: 'ReviewAssignmentStatus',
  description: 'Where a reviewer stands on an assignment.',
  valuesConfig: {
    ASSIGNED: { description: 'Assigned: the reviewer scores and may still change the scores.' },
    SUBMITTED: { description: 'Submitted: the scores are final and count in the results.' },
    CONFLICTED: { description: 'The reviewer declared a conflict of interest: set aside, never assigned again.' },
  },
});

export enum ReviewConflictKind {
  MEMBER = 'MEMBER',
  DECLARED = 'DECLARED',
}
registerEnumType(ReviewConflictKind, {
  name: 'ReviewConflictKind',
  description: 'Why a reviewer cannot review a subject.',
  valuesConfig: {
    MEMBER: { description: 'A member of an organisation or institution taking part in the subject.' },
    DECLARED: { description: 'The reviewer declared a conflict of interest.' },
  },
});

@ObjectType({ description: 'A criterion of a rubric, scored from 0 to 5.' })
export class ReviewCriterion {
  @Field(() => String, { description: 'Stable code of the criterion within its rubric (e.g. RELEVANCE).' })
  code!: string;

  @Field(() => LocalizedText, { description: 'What the criterion judges.' })
  title!: LocalizedText;

  @Field(() => Int, { description: 'Weight in the total (the total is the weighted mean of the scores).' })
  weight!: number;
}

@ObjectType({ description: 'The rubric of a review round: weighted criteria and the divergence margin.' })
export class ReviewRubric {
  @Field(() => [ReviewCriterion], { description: 'The criteria, in order.' })
  criteria!: ReviewCriterion[];

  @Field(() => Float, {
    description: 'Two reviewers whose totals (0..5) differ by more than this are flagged as divergent.',
  })
  divergenceMargin!: number;

  @Field(() => Boolean, { description: 'Whether a review on it is submitted (it then no longer changes).' })
  locked!: boolean;
}

export function toReviewRubric(round: ReviewRoundEntity, locked: boolean): ReviewRubric {
  return Object.assign(new ReviewRubric(), {
    criteria: round.criteria.map((c) =>
      Object.assign(new ReviewCriterion(), {
        code: c.code,
        title: Object.assign(new LocalizedText(), { ar: c.titleAr, en: c.titleEn }),
        weight: c.weight,
      }),
    ),
    divergenceMargin: round.divergenceMarginHundredths / 100,
    locked,
  });
}

@ObjectType({ description: "A reviewer's score and comment on one criterion." })
export class ReviewScore {
  @Field(() => String, { description: 'The criterion (ReviewCriterion.code).' })
  criterionCode!: string;

  @Field(() => Int, { description: 'From 0 to 5.' })
  score!: number;

  @Field(() => String, { nullable: true, description: "The reviewer's comment." })
  comment!: string | null;
}

@ObjectType({ implements: Node, description: 'A reviewer assigned to a subject (e.g. a grant application).' })
export class ReviewAssignment implements Node {
  @Field(() => ID, { description: 'Global, opaque id.' })
  id!: string;

  @Field(() => ID, { description: 'Uuid of the assignment (used in portal addresses).' })
  uuid!: string;

  @Field(() => String, { description: 'Kind of the subject reviewed (its GraphQL type name, e.g. GrantApplication).' })
  subjectKind!: string;

  @Field(() => ReviewAssignmentStatus, { description: 'Where the review stands.' })
  status!: ReviewAssignmentStatus;

  @Field(() => ID, { description: 'Uuid of the reviewer (Viewer.uuid).' })
  reviewerId!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was assigned (UTC).' })
  assignedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the reviewer submitted it (UTC).' })
  submittedAt!: Date | null;

  /** Not in the contract: the assignment's own fields. */
  subjectId!: string;
  roundId!: string;
  /** Whether the viewer may read this assignment's scores. */
  scoresVisible!: boolean;
}

export function toReviewAssignment(row: ReviewAssignmentEntity, scoresVisible: boolean): ReviewAssignment {
  return Object.assign(new ReviewAssignment(), {
    id: toGlobalId('ReviewAssignment', row.id),
    uuid: row.id,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    roundId: row.roundId,
    status: row.status as ReviewAssignmentStatus,
    reviewerId: row.reviewerId,
    assignedAt: row.assignedAt,
    submittedAt: row.submittedAt,
    scoresVisible,
  });
}

@ObjectType({ description: 'The aggregated reviews of a subject.' })
export class ReviewResult {
  @Field(() => Int, { description: 'Reviewers assigned (conflicted ones set aside).' })
  assignedCount!: number;

  @Field(() => Int, { description: 'Reviews submitted.' })
  submittedCount!: number;

  @Field(() => [Float], { description: "Each submitted review's total (weighted mean of its scores, 0..5)." })
  totals!: number[];

  @Field(() => Float, { nullable: true, description: 'The mean of the submitted totals (null before any).' })
  meanScore!: number | null;

  @Field(() => Boolean, { description: "Whether two reviewers' totals differ by more than the rubric's margin." })
  divergent!: boolean;
}

export function toReviewResult(result: SubjectResult | undefined): ReviewResult {
  return Object.assign(new ReviewResult(), {
    assignedCount: result?.assignedCount ?? 0,
    submittedCount: result?.submittedCount ?? 0,
    totals: result?.totals.map((t) => Math.round(t * 100) / 100) ?? [],
    meanScore: result?.meanScore == null ? null : Math.round(result.meanScore * 100) / 100,
    divergent: result?.divergent ?? false,
  });
}

@ObjectType({ description: 'A holder of the reviewer role, as a candidate for a subject.' })
export class ReviewerCandidate {
  @Field(() => ID, { description: 'Uuid of the reviewer.' })
  userId!: string;

  @Field(() => String, { description: "The reviewer's name." })
  name!: string;

  @Field(() => ReviewConflictKind, { nullable: true, description: 'Why they cannot review it (null: free).' })
  conflict!: ReviewConflictKind | null;

  @Field(() => Boolean, { description: 'Whether they are already assigned to it.' })
  assigned!: boolean;
}

const { Edge, ConnectionType } = Connection(ReviewAssignment, 'ReviewAssignment');

@ObjectType('ReviewAssignmentEdge', { description: 'An assignment in a page.' })
export class ReviewAssignmentEdge extends Edge {}

@ObjectType('ReviewAssignmentConnection', { description: 'Review assignments, newest first.' })
export class ReviewAssignmentConnection extends ConnectionType {
  @Field(() => [ReviewAssignmentEdge], { description: 'The items of this page, in order.' })
  edges!: ReviewAssignmentEdge[];

  @Field(() => Int, { description: 'Number of assignments (all pages).' })
  totalCount!: number;
}
