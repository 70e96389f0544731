import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { toParticipant } from '../matchmaking.type.js';
import { MatchmakingParticipantPayload, serviceOf } from './matchmaking-payloads.js';

@InputType({ description: 'The input of `matchmakingParticipantRegister`.' })
export class MatchmakingParticipantRegisterInput {
  @Field(() => ID, { description: 'MatchmakingDay.id (a published day).' })
  @MaxLength(200)
  dayId!: string;

  @Field(() => ID, { description: 'Organization.id or Institution.id you act for (editor or owner).' })
  @MaxLength(200)
  partyId!: string;

  @Field(() => String, { nullable: true, description: 'What it comes for, in Arabic.' })
  @IsOptional()
  @MaxLength(2000)
  noteAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What it comes for, in English.' })
  @IsOptional()
  @MaxLength(2000)
  noteEn?: string | null;
}

@Resolver()
export class MatchmakingParticipantRegisterResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => MatchmakingParticipantPayload, {
    description:
      'Registers an organisation or institution you act for in a published matchmaking day, free in every slot to begin with.',
  })
  async matchmakingParticipantRegister(
    @Arg('input', () => MatchmakingParticipantRegisterInput, { description: 'Who takes part, in which day.' })
    input: MatchmakingParticipantRegisterInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingParticipantPayload> {
    const { service, actor } = serviceOf(ctx);
    const dayId = globalUuid('MatchmakingDay', input.dayId, 'input.dayId', 'a matchmaking day');
    const result = await service.register({ ...input, dayId }, actor);
    if ('errors' in result) return { participant: null, userErrors: result.errors };
    return { participant: toParticipant(result.ok), userErrors: [] };
  }
}
