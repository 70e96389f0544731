import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { toDay } from '../matchmaking.type.js';
import { MATCHMAKING_OFFICERS, MatchmakingDayPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingDayCreate`.' })
export class MatchmakingDayCreateInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic (this or the English one is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the first slot starts.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the day ends: slots are cut from the start until here.' })
  endsAt!: Date;

  @Field(() => Int, { description: 'How long a meeting slot is, in minutes (5 to 240).' })
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes!: number;

  @Field(() => String, { nullable: true, description: 'Governorate code of the venue (or give an online link).' })
  @IsOptional()
  @MaxLength(10)
  governorate?: string | null;

  @Field(() => String, { nullable: true, description: 'The venue in Arabic.' })
  @IsOptional()
  @MaxLength(500)
  venueAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The venue in English.' })
  @IsOptional()
  @MaxLength(500)
  venueEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The online meeting link (https://), for an online day.' })
  @IsOptional()
  @MaxLength(500)
  onlineUrl?: string | null;
}

@Resolver()
export class MatchmakingDayCreateResolver {
  @Authorized(...MATCHMAKING_OFFICERS)
  @Mutation(() => MatchmakingDayPayload, {
    description: 'Sets up a matchmaking day as a draft, its slots cut from its start, end and slot length (officers).',
  })
  async matchmakingDayCreate(
    @Arg('input', () => MatchmakingDayCreateInput, { description: 'The day.' }) input: MatchmakingDayCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingDayPayload> {
    const { service, actor } = serviceOf(ctx);
    const result = await service.createDay(input, actor);
    if ('errors' in result) return { day: null, userErrors: result.errors };
    return { day: toDay(result.ok), userErrors: [] };
  }
}
