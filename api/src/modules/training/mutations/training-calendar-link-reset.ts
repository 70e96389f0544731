import { Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { TrainingCalendarLink } from '../calendar/calendar.resolver.js';
import { personalFeedPath, resetCalendarToken } from '../calendar/calendar.service.js';
import { TrainingError } from '../training.errors.js';

@ObjectType({
  description: 'The result of `trainingCalendarLinkReset`: the new feed address (shown this once).',
})
export class TrainingCalendarLinkResetPayload {
  @Field(() => TrainingCalendarLink, { nullable: true, description: 'The new feed, with its address.' })
  calendarLink!: TrainingCalendarLink | null;

  @Field(() => [TrainingError], { description: 'Expected failures; empty when it worked.' })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingCalendarLinkResetResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => TrainingCalendarLinkResetPayload, {
    description:
      'Makes the signed-in person a new secret address for their training calendar feed; the old address (if any) answers 404 from now on. The address is in this answer only.',
  })
  async trainingCalendarLinkReset(@Ctx() ctx: GraphQLContext): Promise<TrainingCalendarLinkResetPayload> {
    const { token, createdAt } = await resetCalendarToken(ctx.em, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    return {
      calendarLink: { url: `${ctx.config.publicUrl}${personalFeedPath(token)}`, createdAt },
      userErrors: [],
    };
  }
}
