import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toParticipant } from '../matchmaking.type.js';
import { MatchmakingParticipantPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingAvailabilitySet`.' })
export class MatchmakingAvailabilitySetInput {
  @Field(() => ID, { description: 'MatchmakingParticipant.id you act for.' })
  @MaxLength(200)
  participantId!: string;

  @Field(() => [ID], { description: 'Every slot it is free in (MatchmakingSlot.id); the others are not.' })
  @ArrayMaxSize(96)
  @MaxLength(60, { each: true })
  slotIds!: string[];
}

@Resolver()
export class MatchmakingAvailabilitySetResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => MatchmakingParticipantPayload, {
    description:
      "Says in which of the day's slots a participant is free (replacing what it said before). Meetings already accepted keep their slots.",
  })
  async matchmakingAvailabilitySet(
    @Arg('input', () => MatchmakingAvailabilitySetInput, { description: 'The participant and its free slots.' })
    input: MatchmakingAvailabilitySetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingParticipantPayload> {
    const { service, actor } = serviceOf(ctx);
    const id = globalUuid('MatchmakingParticipant', input.participantId, 'input.participantId', 'a participant');
    const result = await service.setAvailability(id, input.slotIds, actor);
    if ('errors' in result) return { participant: null, userErrors: result.errors };
    return { participant: toParticipant(result.ok), userErrors: [] };
  }
}
