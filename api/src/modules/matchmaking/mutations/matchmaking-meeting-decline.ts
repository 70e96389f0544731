import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toMeeting } from '../matchmaking.type.js';
import { MatchmakingMeetingPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingMeetingDecline`.' })
export class MatchmakingMeetingDeclineInput {
  @Field(() => ID, { description: 'MatchmakingMeeting.id.' })
  @MaxLength(200)
  meetingId!: string;

  @Field(() => String, { nullable: true, description: 'Why, if you wish to say (sent to the requester).' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@Resolver()
export class MatchmakingMeetingDeclineResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => MatchmakingMeetingPayload, {
    description: "Declines a meeting (the invitee's editors and owners); the requester's members are emailed.",
  })
  async matchmakingMeetingDecline(
    @Arg('input', () => MatchmakingMeetingDeclineInput, { description: 'The meeting.' })
    input: MatchmakingMeetingDeclineInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingMeetingPayload> {
    const { service, actor } = serviceOf(ctx);
    const id = globalUuid('MatchmakingMeeting', input.meetingId, 'input.meetingId', 'a meeting');
    const result = await service.decline(id, input.reason ?? null, actor);
    if ('errors' in result) return { meeting: null, userErrors: result.errors };
    return { meeting: toMeeting(result.ok), userErrors: [] };
  }
}
