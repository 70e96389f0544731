import { MaxLength, MinLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CourseService } from '../course.service.js';
import { TrainingError, TrainingErrorCode, trainingError } from '../training.errors.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingSession, toSession } from '../training.type.js';

@InputType({ description: 'The input of `trainingSessionCancel`.' })
export class TrainingSessionCancelInput {
  @Field(() => ID, { description: 'The session (TrainingSession.id).' })
  @MaxLength(200)
  sessionId!: string;

  @Field(() => String, { description: 'Why (shown to the registrants and kept in the audit log).' })
  @MinLength(0)
  @MaxLength(2000)
  reason!: string;
}

@ObjectType({
  description: 'The result of `trainingSessionCancel`: the session, or the userErrors that say why nothing changed.',
})
export class TrainingSessionCancelPayload {
  @Field(() => TrainingSession, { nullable: true, description: 'The cancelled session.' })
  session!: TrainingSession | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingSessionCancelResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingSessionCancelPayload, {
    description: 'Cancels a session (officers): every registration is cancelled and its person emailed.',
  })
  async trainingSessionCancel(
    @Arg('input', () => TrainingSessionCancelInput, { description: 'Which session and why.' })
    input: TrainingSessionCancelInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSessionCancelPayload> {
    const id = globalUuid('TrainingSession', input.sessionId, 'input.sessionId', 'a session');
    const reason = input.reason.trim();
    if (!reason) {
      return {
        session: null,
        userErrors: [trainingError(TrainingErrorCode.INVALID_VALUE, 'say why the session is cancelled', 'reason')],
      };
    }
    const result = await new CourseService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).cancelSession(id, reason, { userId: ctx.viewer!.userId, requestId: ctx.requestId });
    if (result.error) return { session: null, userErrors: [result.error] };
    return { session: toSession(result.ok), userErrors: [] };
  }
}
