import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { recordScores } from '../scores.service.js';
import { TrainingError } from '../training.errors.js';
import { requireSessionRunner } from '../training-trainers.js';
import { TrainingRegistration, toRegistration } from '../training.type.js';

@InputType({ description: 'The input of `trainingScoresRecord` (a score left out stays as it is).' })
export class TrainingScoresRecordInput {
  @Field(() => ID, { description: 'The registration (TrainingRegistration.id).' })
  @MaxLength(200)
  registrationId!: string;

  // the range is a rule answered as a userError (SCORE_OUT_OF_RANGE), not an input validation failure
  @Field(() => Int, { nullable: true, description: 'Pre-test score, 0 to 100.' })
  preTest?: number | null;

  @Field(() => Int, { nullable: true, description: 'Post-test score, 0 to 100.' })
  postTest?: number | null;
}

@ObjectType({ description: 'The result of `trainingScoresRecord`: the registration, or why nothing changed.' })
export class TrainingScoresRecordPayload {
  @Field(() => TrainingRegistration, { nullable: true, description: 'The registration, with its scores.' })
  registration!: TrainingRegistration | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingScoresRecordResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => TrainingScoresRecordPayload, {
    description:
      "Records a confirmed participant's pre- and post-test scores (officers, and the session's trainers for their own sessions).",
  })
  async trainingScoresRecord(
    @Arg('input', () => TrainingScoresRecordInput, { description: 'Whose scores, and the scores.' })
    input: TrainingScoresRecordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingScoresRecordPayload> {
    const officer = await requireSessionRunner(ctx);
    const result = await recordScores(
      ctx.em,
      globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration'),
      { preTest: input.preTest, postTest: input.postTest },
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer },
    );
    if (result.error) return { registration: null, userErrors: [result.error] };
    return { registration: toRegistration(result.ok), userErrors: [] };
  }
}
