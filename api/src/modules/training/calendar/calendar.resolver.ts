import { GraphQLDateTime } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { Viewer } from '../../accounts/index.js';
import { TrainingSession } from '../training.type.js';
import { calendarLinkCreatedAt, sessionFeedPath } from './calendar.service.js';

@ObjectType({
  description:
    "A person's secret training calendar feed (iCalendar): their confirmed sessions, with online links. Only a hash of the secret is kept, so its URL is given once, by trainingCalendarLinkReset.",
})
export class TrainingCalendarLink {
  @Field(() => String, {
    nullable: true,
    description:
      'The feed\'s address, to add to a calendar app ("subscribe by URL"): only in the answer of trainingCalendarLinkReset, null elsewhere.',
  })
  url!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When this secret was made (a reset makes a new one).' })
  createdAt!: Date;
}

@Resolver(() => Viewer)
export class ViewerTrainingCalendarResolver {
  @FieldResolver(() => TrainingCalendarLink, {
    nullable: true,
    description: "The person's training calendar feed, without its secret address (null until they make one).",
  })
  async trainingCalendarLink(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<TrainingCalendarLink | null> {
    const createdAt = await calendarLinkCreatedAt(ctx.em, viewer.principal.userId);
    return createdAt ? { url: null, createdAt } : null;
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionCalendarResolver {
  @FieldResolver(() => String, {
    description:
      'The public iCalendar (RFC 5545) feed of the session: one event per day, in Asia/Amman time; the venue, or "online" without the link.',
  })
  calendarFeedUrl(@Root() session: TrainingSession, @Ctx() ctx: GraphQLContext): string {
    return `${ctx.config.publicUrl}${sessionFeedPath(session.uuid)}`;
  }
}
