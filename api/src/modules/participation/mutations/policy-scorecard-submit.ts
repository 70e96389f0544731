import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ScorecardDelivery } from '../participation.enums.js';
import { PolicyScorecardPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `policyScorecardSubmit`.' })
export class PolicyScorecardSubmitInput {
  @Field(() => ID, { description: 'Consultation.id of the adopted policy (its report is published).' })
  @MaxLength(200)
  consultationId!: string;

  @Field(() => ID, { description: 'Organization.id of the verified organisation answering (you are its editor).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => String, { description: 'Governorate code (one the consultation concerns).' })
  @MaxLength(10)
  governorate!: string;

  @Field(() => String, { description: 'The quarter, e.g. 2027-Q1.' })
  @MaxLength(7)
  quarter!: string;

  @Field(() => ScorecardDelivery, { description: 'Is the service delivered there.' })
  delivered!: ScorecardDelivery;

  @Field(() => String, { description: 'What the answer rests on (up to 2,000 characters).' })
  @MaxLength(2000)
  evidenceNote!: string;
}

@ObjectType({ description: 'The result of `policyScorecardSubmit`.' })
export class PolicyScorecardSubmitPayload extends PolicyScorecardPayloadBase {}

@Resolver()
export class PolicyScorecardSubmitResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PolicyScorecardSubmitPayload, {
    description:
      "Fills a verified organisation's scorecard answer for an adopted policy in one governorate and quarter (its editors and owners); a second answer for the same quarter replaces the first.",
  })
  async policyScorecardSubmit(
    @Arg('input', () => PolicyScorecardSubmitInput, { description: 'The answer.' }) input: PolicyScorecardSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PolicyScorecardSubmitPayload> {
    const result = await consultationService(ctx).scorecardSubmit(
      {
        ...input,
        consultationId: globalUuid('Consultation', input.consultationId, 'input.consultationId', 'a consultation'),
        organizationId: globalUuid('Organization', input.organizationId, 'input.organizationId', 'an organisation'),
      },
      actorOf(ctx),
    );
    if ('errors' in result) return { entry: null, userErrors: result.errors };
    const row = result.ok;
    return {
      entry: {
        uuid: row.id,
        governorateCode: row.governorateCode,
        quarter: row.quarter,
        delivered: row.delivered as ScorecardDelivery,
        evidenceNote: row.evidenceNote,
      },
      userErrors: [],
    };
  }
}
