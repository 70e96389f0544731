import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { isUuid, globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import {
  assignReviewers,
  ReviewAssignment,
  ReviewError,
  ReviewErrorCode,
  reviewError,
  toReviewAssignment,
} from '../../../review/index.js';
import { GrantApplicationEntity } from '../../grants.entities.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantApplication, toGrantApplication } from '../../grants.type.js';
import { GRANT_APPLICATION_SUBJECT } from '../grant-review.service.js';

@InputType({ description: 'The input of `grantApplicationReviewersAssign`.' })
export class GrantApplicationReviewersAssignInput {
  @Field(() => ID, { description: 'GrantApplication.id of an eligible application (or one under review).' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => [ID], { description: 'Uuids of the reviewers to add (ReviewerCandidate.userId).' })
  @ArrayMaxSize(10)
  @MaxLength(200, { each: true })
  reviewerIds!: string[];
}

@ObjectType({ description: 'The result of `grantApplicationReviewersAssign`.' })
export class GrantApplicationReviewersAssignPayload {
  @Field(() => GrantApplication, { nullable: true, description: 'The application, now UNDER_REVIEW.' })
  application!: GrantApplication | null;

  @Field(() => [ReviewAssignment], { description: 'The assignments made (empty when refused).' })
  assignments!: ReviewAssignment[];

  @Field(() => [ReviewError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: ReviewError[];
}

@Resolver()
export class GrantApplicationReviewersAssignResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantApplicationReviewersAssignPayload, {
    description:
      'Assigns reviewers to an eligible application (it moves UNDER_REVIEW): each must hold the reviewer role and be free of conflict — never a member of the lead, a co-applicant or an associate, never one who declared a conflict — and the application then has at least two. All or nothing. Officers.',
  })
  async grantApplicationReviewersAssign(
    @Arg('input', () => GrantApplicationReviewersAssignInput, { description: 'The application and the reviewers.' })
    input: GrantApplicationReviewersAssignInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationReviewersAssignPayload> {
    const uuid = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const bad = input.reviewerIds.findIndex((id) => !isUuid(id));
    if (bad >= 0) {
      return {
        application: null,
        assignments: [],
        userErrors: [
          reviewError(ReviewErrorCode.NOT_A_REVIEWER, 'not the uuid of a person', ['reviewerIds', `${bad}`]),
        ],
      };
    }
    const result = await assignReviewers(ctx.em, GRANT_APPLICATION_SUBJECT, uuid, input.reviewerIds, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, assignments: [], userErrors: result.errors };
    const row = await ctx.em.findOneOrFail(GrantApplicationEntity, { id: uuid });
    return {
      application: toGrantApplication(row),
      assignments: result.ok.map((a) => toReviewAssignment(a, true)),
      userErrors: [],
    };
  }
}
