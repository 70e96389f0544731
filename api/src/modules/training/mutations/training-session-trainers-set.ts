import { ArrayMaxSize, IsEmail, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { TrainingError } from '../training.errors.js';
import { setSessionTrainers } from '../training-trainers.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingSession, toSession } from '../training.type.js';

@InputType({ description: 'The input of `trainingSessionTrainersSet`.' })
export class TrainingSessionTrainersSetInput {
  @Field(() => ID, { description: 'The session (TrainingSession.id).' })
  @MaxLength(200)
  sessionId!: string;

  @Field(() => [String], {
    description: "The trainers' account email addresses (replacing the session's trainers; empty: none).",
  })
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  trainerEmails!: string[];
}

@ObjectType({ description: 'The result of `trainingSessionTrainersSet`: the session, or why nothing changed.' })
export class TrainingSessionTrainersSetPayload {
  @Field(() => TrainingSession, { nullable: true, description: 'The session, with its trainers.' })
  session!: TrainingSession | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingSessionTrainersSetResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingSessionTrainersSetPayload, {
    description:
      'Names the accounts that train a session: they may mark its attendance and scores, and see its registrants (officers).',
  })
  async trainingSessionTrainersSet(
    @Arg('input', () => TrainingSessionTrainersSetInput, { description: 'The session and its trainers.' })
    input: TrainingSessionTrainersSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSessionTrainersSetPayload> {
    const result = await setSessionTrainers(
      ctx.em,
      globalUuid('TrainingSession', input.sessionId, 'input.sessionId', 'a session'),
      input.trainerEmails,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if (result.error) return { session: null, userErrors: [result.error] };
    return { session: toSession(result.ok), userErrors: [] };
  }
}
