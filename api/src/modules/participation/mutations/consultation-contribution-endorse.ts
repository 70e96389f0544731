import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toContribution } from '../participation.type.js';
import { ConsultationContributionPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `consultationContributionEndorse`.' })
export class ConsultationContributionEndorseInput {
  @Field(() => ID, { description: 'ConsultationContribution.id.' })
  @MaxLength(200)
  contributionId!: string;

  @Field(() => ID, { description: 'Organization.id of the verified organisation endorsing it (you are its editor).' })
  @MaxLength(200)
  organizationId!: string;
}

@ObjectType({ description: 'The result of `consultationContributionEndorse`.' })
export class ConsultationContributionEndorsePayload extends ConsultationContributionPayloadBase {}

@Resolver()
export class ConsultationContributionEndorseResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ConsultationContributionEndorsePayload, {
    description:
      "Endorses another organisation's contribution while the consultation is open (a verified organisation's editors and owners; once per organisation).",
  })
  async consultationContributionEndorse(
    @Arg('input', () => ConsultationContributionEndorseInput, { description: 'The endorsement.' })
    input: ConsultationContributionEndorseInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationContributionEndorsePayload> {
    const result = await consultationService(ctx).endorse(
      {
        contributionId: globalUuid(
          'ConsultationContribution',
          input.contributionId,
          'input.contributionId',
          'a contribution',
        ),
        organizationId: globalUuid('Organization', input.organizationId, 'input.organizationId', 'an organisation'),
      },
      actorOf(ctx),
    );
    if ('errors' in result) return { contribution: null, userErrors: result.errors };
    return { contribution: toContribution(result.ok), userErrors: [] };
  }
}
