/** The payloads the matchmaking mutations share: the object changed, or the userErrors that say why nothing changed. */
import { Field, ObjectType } from 'type-graphql';
import { MatchmakingError } from '../matchmaking.errors.js';
import {
  MatchmakingAgendaLink,
  MatchmakingDay,
  MatchmakingMeeting,
  MatchmakingParticipant,
} from '../matchmaking.type.js';

const ERRORS = 'Expected failures, each next to the input field it concerns; empty when it worked.';

@ObjectType({ description: 'The result of a mutation on a matchmaking day.' })
export class MatchmakingDayPayload {
  @Field(() => MatchmakingDay, { nullable: true, description: 'The day as it now stands.' })
  day!: MatchmakingDay | null;

  @Field(() => [MatchmakingError], { description: ERRORS })
  userErrors!: MatchmakingError[];
}

@ObjectType({ description: 'The result of a mutation on a participation in a matchmaking day.' })
export class MatchmakingParticipantPayload {
  @Field(() => MatchmakingParticipant, { nullable: true, description: 'The participant as it now stands.' })
  participant!: MatchmakingParticipant | null;

  @Field(() => [MatchmakingError], { description: ERRORS })
  userErrors!: MatchmakingError[];
}

@ObjectType({ description: 'The result of a mutation on a meeting request.' })
export class MatchmakingMeetingPayload {
  @Field(() => MatchmakingMeeting, { nullable: true, description: 'The meeting as it now stands.' })
  meeting!: MatchmakingMeeting | null;

  @Field(() => [MatchmakingError], { description: ERRORS })
  userErrors!: MatchmakingError[];
}

@ObjectType({ description: 'The result of `matchmakingAgendaLinkReset`: the new feed address, given once.' })
export class MatchmakingAgendaLinkResetPayload {
  @Field(() => MatchmakingAgendaLink, { nullable: true, description: 'The new link, with its URL (shown only now).' })
  agendaLink!: MatchmakingAgendaLink | null;

  @Field(() => [MatchmakingError], { description: ERRORS })
  userErrors!: MatchmakingError[];
}

import { emailOutboxService } from '../../../common/email/email-outbox.js';
import type { GraphQLContext } from '../../../context.js';
import { MatchmakingService, type MatchmakingActor } from '../matchmaking.service.js';

/** The service of a mutation, and who acts. */
export function serviceOf(ctx: GraphQLContext): { service: MatchmakingService; actor: MatchmakingActor } {
  return {
    service: new MatchmakingService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl),
    actor: { viewer: ctx.viewer!, requestId: ctx.requestId },
  };
}

/** The officers who set matchmaking days up. */
export const MATCHMAKING_OFFICERS = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'] as const;
