import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CourseService } from '../course.service.js';
import { TrainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingSession, toSession } from '../training.type.js';
import { TrainingSessionFieldsInput } from './training-session-create.js';

@InputType({ description: 'The input of `trainingSessionUpdate`: the fields given change, the others stay.' })
export class TrainingSessionUpdateInput extends TrainingSessionFieldsInput {
  @Field(() => ID, { description: 'The session (TrainingSession.id).' })
  @MaxLength(200)
  sessionId!: string;
}

@ObjectType({
  description: 'The result of `trainingSessionUpdate`: the session, or the userErrors that say why nothing changed.',
})
export class TrainingSessionUpdatePayload {
  @Field(() => TrainingSession, { nullable: true, description: 'The session as it is now.' })
  session!: TrainingSession | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingSessionUpdateResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingSessionUpdatePayload, {
    description: 'Changes a session (officers); added seats go at once to the head of the waitlist, who are emailed.',
  })
  async trainingSessionUpdate(
    @Arg('input', () => TrainingSessionUpdateInput, { description: 'What to change (see TrainingSessionUpdateInput).' })
    input: TrainingSessionUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSessionUpdatePayload> {
    const { sessionId, ...fields } = input;
    const id = globalUuid('TrainingSession', sessionId, 'input.sessionId', 'a session');
    const result = await new CourseService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).updateSession(id, fields, { userId: ctx.viewer!.userId, requestId: ctx.requestId });
    if ('errors' in result) return { session: null, userErrors: result.errors };
    if (result.error) return { session: null, userErrors: [result.error] };
    return { session: toSession(result.ok), userErrors: [] };
  }
}
