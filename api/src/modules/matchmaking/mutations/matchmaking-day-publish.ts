import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toDay } from '../matchmaking.type.js';
import { MATCHMAKING_OFFICERS, MatchmakingDayPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingDayPublish`.' })
export class MatchmakingDayPublishInput {
  @Field(() => ID, { description: 'MatchmakingDay.id.' })
  @MaxLength(200)
  dayId!: string;
}

@Resolver()
export class MatchmakingDayPublishResolver {
  @Authorized(...MATCHMAKING_OFFICERS)
  @Mutation(() => MatchmakingDayPayload, {
    description:
      'Publishes a draft matchmaking day: it becomes public, and organisations and institutions may take part.',
  })
  async matchmakingDayPublish(
    @Arg('input', () => MatchmakingDayPublishInput, { description: 'The day.' }) input: MatchmakingDayPublishInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingDayPayload> {
    const { service, actor } = serviceOf(ctx);
    const result = await service.publishDay(
      globalUuid('MatchmakingDay', input.dayId, 'input.dayId', 'a matchmaking day'),
      actor,
    );
    if ('errors' in result) return { day: null, userErrors: result.errors };
    return { day: toDay(result.ok), userErrors: [] };
  }
}
