import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { PartnershipService } from '../partnership.service.js';
import { Partnership, toPartnership } from '../partnership.type.js';
import { PartnershipError } from '../partnerships.errors.js';

@InputType({ description: 'The input of `partnershipUpdate`.' })
export class PartnershipUpdateInput {
  @Field(() => ID, { description: 'Partnership.id.' })
  @MaxLength(200)
  partnershipId!: string;

  @Field(() => String, { nullable: true, description: 'Its purpose in Arabic.' })
  @IsOptional()
  @MaxLength(4000)
  purposeAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Its purpose in English.' })
  @IsOptional()
  @MaxLength(4000)
  purposeEn?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the governorates where it works (governorates).' })
  @IsOptional()
  @ArrayMaxSize(12)
  governorates?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the target groups it serves (targetGroups).' })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[] | null;

  @Field(() => String, { nullable: true, description: 'When it starts (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day as YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When it ends (YYYY-MM-DD), not before it starts.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day as YYYY-MM-DD' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When the memorandum of understanding was signed (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day as YYYY-MM-DD' })
  mouSignedOn?: string | null;

  @Field(() => String, { nullable: true, description: "The agreement's reference." })
  @IsOptional()
  @MaxLength(200)
  agreementReference?: string | null;
}

@ObjectType({
  description: 'The result of `partnershipUpdate`: the partnership, or the userErrors that say why nothing changed.',
})
export class PartnershipUpdatePayload {
  @Field(() => Partnership, { nullable: true, description: 'The partnership as it now stands.' })
  partnership!: Partnership | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipUpdatePayload, {
    description:
      'Records what a proposed or active partnership is about and its agreement (an editor or owner of a member party): the fields given change, the others stay.',
  })
  async partnershipUpdate(
    @Arg('input', () => PartnershipUpdateInput, { description: 'The partnership.' })
    input: PartnershipUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipUpdatePayload> {
    const id = globalUuid('Partnership', input.partnershipId, 'input.partnershipId', 'a partnership');
    const service = new PartnershipService(ctx.em);
    const actor = { viewer: ctx.viewer!, requestId: ctx.requestId };
    const result = await service.update(id, input, actor);
    if ('errors' in result) return { partnership: null, userErrors: result.errors };
    return { partnership: toPartnership(result.ok), userErrors: [] };
  }
}
