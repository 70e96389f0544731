import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { agendaFeedPath } from '../matchmaking.service.js';
import { MatchmakingAgendaLinkResetPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingAgendaLinkReset`.' })
export class MatchmakingAgendaLinkResetInput {
  @Field(() => ID, { description: 'MatchmakingParticipant.id you act for.' })
  @MaxLength(200)
  participantId!: string;
}

@Resolver()
export class MatchmakingAgendaLinkResetResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => MatchmakingAgendaLinkResetPayload, {
    description:
      "Makes a new secret address for a participant's agenda feed (iCalendar), shown only in this answer; the old address stops working.",
  })
  async matchmakingAgendaLinkReset(
    @Arg('input', () => MatchmakingAgendaLinkResetInput, { description: 'The participant.' })
    input: MatchmakingAgendaLinkResetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingAgendaLinkResetPayload> {
    const { service, actor } = serviceOf(ctx);
    const id = globalUuid('MatchmakingParticipant', input.participantId, 'input.participantId', 'a participant');
    const result = await service.resetAgendaLink(id, actor);
    if ('errors' in result) return { agendaLink: null, userErrors: result.errors };
    return {
      agendaLink: {
        url: `${ctx.config.publicUrl}${agendaFeedPath(result.ok.token)}`,
        createdAt: result.ok.participant.calendarTokenCreatedAt!,
      },
      userErrors: [],
    };
  }
}
