import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ContributionAnswer } from '../participation.enums.js';
import { toContribution } from '../participation.type.js';
import { ConsultationContributionPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `consultationContributionAnswer`.' })
export class ConsultationContributionAnswerInput {
  @Field(() => ID, { description: 'ConsultationContribution.id.' })
  @MaxLength(200)
  contributionId!: string;

  @Field(() => ContributionAnswer, { description: 'Accepted, partly accepted or not accepted.' })
  answer!: ContributionAnswer;

  @Field(() => String, { description: 'Why (required, up to 5,000 characters).' })
  @MaxLength(5000)
  reason!: string;
}

@ObjectType({ description: 'The result of `consultationContributionAnswer`.' })
export class ConsultationContributionAnswerPayload extends ConsultationContributionPayloadBase {}

@Resolver()
export class ConsultationContributionAnswerResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ConsultationContributionAnswerPayload, {
    description:
      "Answers a contribution with a reason (the consultation's owning team, after the open phase and before the report); the organisation's editors are emailed.",
  })
  async consultationContributionAnswer(
    @Arg('input', () => ConsultationContributionAnswerInput, { description: 'The answer.' })
    input: ConsultationContributionAnswerInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationContributionAnswerPayload> {
    const result = await consultationService(ctx).answer(
      {
        contributionId: globalUuid(
          'ConsultationContribution',
          input.contributionId,
          'input.contributionId',
          'a contribution',
        ),
        answer: input.answer,
        reason: input.reason,
      },
      actorOf(ctx),
    );
    if ('errors' in result) return { contribution: null, userErrors: result.errors };
    return { contribution: toContribution(result.ok), userErrors: [] };
  }
}
