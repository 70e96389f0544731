/**
 * Review, for any domain that has things reviewed (grant applications now, challenge entries later): rounds with a
 * rubric of weighted criteria, assignments that refuse conflicted reviewers, conflict declarations, scores from 0
 * to 5, submission and aggregation with a divergence flag. A domain registers its subject kind with
 * `registerReviewSubject` (the parties to a subject, who administers its reviews) and builds its officers' side on
 * the service below. The public face of the module.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import type { GraphQLContext } from '../../context.js';
import { ReviewConflictDeclareResolver } from './mutations/review-conflict-declare.js';
import { ReviewScoresSaveResolver } from './mutations/review-scores-save.js';
import { ReviewSubmitResolver } from './mutations/review-submit.js';
import { ReviewEntities } from './review.entities.js';
import { reviewPersonalData } from './review.personal-data.js';
import {
  ReviewAssignmentResolver,
  ReviewQueryResolver,
  ViewerReviewAssignmentsResolver,
  reviewAssignmentByKey,
} from './review.resolver.js';

export { ReviewAssignmentEntity, type ReviewCriterionValue } from './review.entities.js';
export { ReviewError, ReviewErrorCode, reviewError } from './review.errors.js';
export { reviewLoaders } from './review.loaders.js';
export {
  assignReviewers,
  MAX_SCORE,
  MIN_REVIEWERS,
  resultsOf,
  reviewerCandidates,
  roundOf,
  setRubric,
  type ReviewResult as ReviewOutcome,
  type SubjectResult,
} from './review.service.js';
export {
  registerReviewSubject,
  type ReviewActor,
  type ReviewSubjectAdapter,
  type SubjectParties,
} from './review.subjects.js';
export {
  ReviewAssignment,
  ReviewConflictKind,
  ReviewerCandidate,
  ReviewResult,
  ReviewRubric,
  toReviewAssignment,
  toReviewResult,
  toReviewRubric,
} from './review.type.js';

export const reviewModule: PlatformModule = {
  name: 'review',
  entities: ReviewEntities,
  resolvers: [
    ReviewQueryResolver,
    ViewerReviewAssignmentsResolver,
    ReviewAssignmentResolver,
    ReviewConflictDeclareResolver,
    ReviewScoresSaveResolver,
    ReviewSubmitResolver,
  ],
  personalData: reviewPersonalData,
  nodes: {
    ReviewAssignment: (ctx: GraphQLContext, key: string) => reviewAssignmentByKey(ctx, key),
  },
};
