import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { ConsultationOwnerKind } from '../../participation.enums.js';
import { CHALLENGE_OFFICERS } from '../challenge.resolver.js';
import { toInnovationChallenge } from '../challenge.type.js';
import { InnovationChallengePayloadBase, actorOf, challengeService } from './challenge-payloads.js';

@InputType({ description: 'The input of `innovationChallengeCreate`.' })
export class InnovationChallengeCreateInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic (a title in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The problem statement in Arabic (Arabic or English required).' })
  @IsOptional()
  @MaxLength(10000)
  problemAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The problem statement in English.' })
  @IsOptional()
  @MaxLength(10000)
  problemEn?: string | null;

  @Field(() => ConsultationOwnerKind, { description: 'Whose problem it is.' })
  ownerKind!: ConsultationOwnerKind;

  @Field(() => ID, { nullable: true, description: 'Institution.id of the directorate, when a directorate owns it.' })
  @IsOptional()
  @MaxLength(200)
  ownerInstitutionId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Governorate codes it concerns; none: all of Jordan.' })
  @IsOptional()
  @ArrayMaxSize(12)
  governorates?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target group codes it concerns; none: all.' })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[] | null;

  @Field(() => GraphQLDateTime, { description: 'When ideas are first taken (UTC).' })
  ideasOpenAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When ideas are no longer taken (UTC), after ideasOpenAt.' })
  ideasCloseAt!: Date;

  @Field(() => GraphQLDateTime, {
    description: 'When the jury means to have shortlisted (UTC), not before ideasCloseAt.',
  })
  shortlistDueAt!: Date;
}

@ObjectType({ description: 'The result of `innovationChallengeCreate`.' })
export class InnovationChallengeCreatePayload extends InnovationChallengePayloadBase {}

@Resolver()
export class InnovationChallengeCreateResolver {
  @Authorized(...CHALLENGE_OFFICERS)
  @Mutation(() => InnovationChallengeCreatePayload, {
    description: 'Creates a draft social innovation challenge (officers and MoSD officials).',
  })
  async innovationChallengeCreate(
    @Arg('input', () => InnovationChallengeCreateInput, { description: 'The challenge.' })
    input: InnovationChallengeCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationChallengeCreatePayload> {
    const ownerInstitutionId = input.ownerInstitutionId
      ? globalUuid('Institution', input.ownerInstitutionId, 'input.ownerInstitutionId', 'an institution')
      : null;
    const result = await challengeService(ctx).create({ ...input, ownerInstitutionId }, actorOf(ctx));
    if ('errors' in result) return { challenge: null, userErrors: result.errors };
    return { challenge: toInnovationChallenge(result.ok), userErrors: [] };
  }
}
