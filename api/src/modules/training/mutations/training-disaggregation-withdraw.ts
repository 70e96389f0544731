import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { withdrawDisaggregation } from '../disaggregation.service.js';
import { TrainingError } from '../training.errors.js';
import { TrainingRegistration, toRegistration } from '../training.type.js';

@InputType({ description: 'The input of `trainingDisaggregationWithdraw`.' })
export class TrainingDisaggregationWithdrawInput {
  @Field(() => ID, { description: 'Your registration (TrainingRegistration.id).' })
  @MaxLength(200)
  registrationId!: string;
}

@ObjectType({
  description: 'The result of `trainingDisaggregationWithdraw`: the registration, or why nothing changed.',
})
export class TrainingDisaggregationWithdrawPayload {
  @Field(() => TrainingRegistration, { nullable: true, description: 'The registration, its consent now withdrawn.' })
  registration!: TrainingRegistration | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingDisaggregationWithdrawResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => TrainingDisaggregationWithdrawPayload, {
    description:
      'Withdraws the consent given for the optional questions of your registration: the answers are erased at once and the withdrawal time recorded.',
  })
  async trainingDisaggregationWithdraw(
    @Arg('input', () => TrainingDisaggregationWithdrawInput, { description: 'Which registration.' })
    input: TrainingDisaggregationWithdrawInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingDisaggregationWithdrawPayload> {
    const result = await withdrawDisaggregation(
      ctx.em,
      globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration'),
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if (result.error) return { registration: null, userErrors: [result.error] };
    return { registration: toRegistration(result.ok), userErrors: [] };
  }
}
