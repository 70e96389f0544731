import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toMeeting } from '../matchmaking.type.js';
import { MatchmakingMeetingPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingMeetingCancel`.' })
export class MatchmakingMeetingCancelInput {
  @Field(() => ID, { description: 'MatchmakingMeeting.id.' })
  @MaxLength(200)
  meetingId!: string;
}

@Resolver()
export class MatchmakingMeetingCancelResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => MatchmakingMeetingPayload, {
    description:
      "Cancels a pending or accepted meeting (the requester's editors and owners): an accepted one frees its slot in both agendas.",
  })
  async matchmakingMeetingCancel(
    @Arg('input', () => MatchmakingMeetingCancelInput, { description: 'The meeting.' })
    input: MatchmakingMeetingCancelInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingMeetingPayload> {
    const { service, actor } = serviceOf(ctx);
    const id = globalUuid('MatchmakingMeeting', input.meetingId, 'input.meetingId', 'a meeting');
    const result = await service.cancel(id, actor);
    if ('errors' in result) return { meeting: null, userErrors: result.errors };
    return { meeting: toMeeting(result.ok), userErrors: [] };
  }
}
