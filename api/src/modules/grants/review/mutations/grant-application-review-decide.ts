import { MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { GrantError } from '../../grants.errors.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantApplication, toGrantApplication } from '../../grants.type.js';
import { grantReviewService } from './grant-application-eligibility-decide.js';

export enum GrantReviewDecision {
  SHORTLIST = 'SHORTLIST',
  REJECT = 'REJECT',
}
registerEnumType(GrantReviewDecision, {
  name: 'GrantReviewDecision',
  description: "An officer's decision on an application from its lot's ranking.",
  valuesConfig: {
    SHORTLIST: { description: 'Shortlisted (it goes on to the award).' },
    REJECT: { description: 'Rejected (the note says why).' },
  },
});

@InputType({ description: 'The input of `grantApplicationReviewDecide`.' })
export class GrantApplicationReviewDecideInput {
  @Field(() => ID, { description: 'GrantApplication.id of an application under review.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => GrantReviewDecision, { description: 'Shortlist or reject.' })
  decision!: GrantReviewDecision;

  @Field(() => String, { nullable: true, description: 'Why (required to reject; told to the lead).' })
  @MaxLength(2000)
  note?: string | null;
}

@ObjectType({ description: 'The result of `grantApplicationReviewDecide`.' })
export class GrantApplicationReviewDecidePayload {
  @Field(() => GrantApplication, { nullable: true, description: 'The application, SHORTLISTED or REJECTED.' })
  application!: GrantApplication | null;

  @Field(() => [GrantError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantError[];
}

@Resolver()
export class GrantApplicationReviewDecideResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantApplicationReviewDecidePayload, {
    description:
      'Shortlists or rejects an application under review once at least two reviews are submitted; the lead is told by email. Officers.',
  })
  async grantApplicationReviewDecide(
    @Arg('input', () => GrantApplicationReviewDecideInput, { description: 'The application and the decision.' })
    input: GrantApplicationReviewDecideInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationReviewDecidePayload> {
    const uuid = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const result = await grantReviewService(ctx).decide(uuid, input.decision, input.note ?? null, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
