import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toMeeting } from '../matchmaking.type.js';
import { MatchmakingMeetingPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingMeetingRequest`.' })
export class MatchmakingMeetingRequestInput {
  @Field(() => ID, { description: 'MatchmakingParticipant.id that asks (you act for it).' })
  @MaxLength(200)
  fromParticipantId!: string;

  @Field(() => ID, { description: 'MatchmakingParticipant.id asked, of the same day.' })
  @MaxLength(200)
  toParticipantId!: string;

  @Field(() => String, { description: 'Why meet (required).' })
  @MaxLength(4000)
  message!: string;
}

@Resolver()
export class MatchmakingMeetingRequestResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => MatchmakingMeetingPayload, {
    description:
      "Asks another participant of the same day for a 1:1 meeting; the invitee's members are emailed. At most one pending or accepted meeting per pair.",
  })
  async matchmakingMeetingRequest(
    @Arg('input', () => MatchmakingMeetingRequestInput, { description: 'The request.' })
    input: MatchmakingMeetingRequestInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingMeetingPayload> {
    const { service, actor } = serviceOf(ctx);
    const fromParticipantId = globalUuid(
      'MatchmakingParticipant',
      input.fromParticipantId,
      'input.fromParticipantId',
      'a participant',
    );
    const toParticipantId = globalUuid(
      'MatchmakingParticipant',
      input.toParticipantId,
      'input.toParticipantId',
      'a participant',
    );
    const result = await service.requestMeeting({ fromParticipantId, toParticipantId, message: input.message }, actor);
    if ('errors' in result) return { meeting: null, userErrors: result.errors };
    return { meeting: toMeeting(result.ok), userErrors: [] };
  }
}
