import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { GrantError } from '../../grants.errors.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantApplication, toGrantApplication } from '../../grants.type.js';
import { grantReviewService } from './grant-application-eligibility-decide.js';

@InputType({ description: 'The input of `grantApplicationRankingAnnotate`.' })
export class GrantApplicationRankingAnnotateInput {
  @Field(() => ID, { description: 'GrantApplication.id of an application in a ranking.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => String, { nullable: true, description: "The officers' note (empty or null clears it)." })
  @MaxLength(2000)
  note?: string | null;
}

@ObjectType({ description: 'The result of `grantApplicationRankingAnnotate`.' })
export class GrantApplicationRankingAnnotatePayload {
  @Field(() => GrantApplication, { nullable: true, description: 'The application with its note.' })
  application!: GrantApplication | null;

  @Field(() => [GrantError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantError[];
}

@Resolver()
export class GrantApplicationRankingAnnotateResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantApplicationRankingAnnotatePayload, {
    description: "Writes the officers' note on an application in its lot's ranking (audited). Officers.",
  })
  async grantApplicationRankingAnnotate(
    @Arg('input', () => GrantApplicationRankingAnnotateInput, { description: 'The application and the note.' })
    input: GrantApplicationRankingAnnotateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationRankingAnnotatePayload> {
    const uuid = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const result = await grantReviewService(ctx).annotate(uuid, input.note ?? null, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
