import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toMeeting } from '../matchmaking.type.js';
import { MatchmakingMeetingPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingMeetingAccept`.' })
export class MatchmakingMeetingAcceptInput {
  @Field(() => ID, { description: 'MatchmakingMeeting.id.' })
  @MaxLength(200)
  meetingId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'MatchmakingSlot.id to meet in (free in both agendas); null takes the first common free slot.',
  })
  @IsOptional()
  @MaxLength(60)
  slotId?: string | null;
}

@Resolver()
export class MatchmakingMeetingAcceptResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => MatchmakingMeetingPayload, {
    description:
      "Accepts a meeting (the invitee's editors and owners): it takes the slot chosen or the first one free in both agendas, never double-booking either; the requester's members are emailed.",
  })
  async matchmakingMeetingAccept(
    @Arg('input', () => MatchmakingMeetingAcceptInput, { description: 'The meeting and, optionally, its slot.' })
    input: MatchmakingMeetingAcceptInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingMeetingPayload> {
    const { service, actor } = serviceOf(ctx);
    const id = globalUuid('MatchmakingMeeting', input.meetingId, 'input.meetingId', 'a meeting');
    const result = await service.accept(id, input.slotId ?? null, actor);
    if ('errors' in result) return { meeting: null, userErrors: result.errors };
    return { meeting: toMeeting(result.ok), userErrors: [] };
  }
}
