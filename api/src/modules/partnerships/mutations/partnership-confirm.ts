import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { PartnershipService } from '../partnership.service.js';
import { Partnership, toPartnership } from '../partnership.type.js';
import { PartnershipError } from '../partnerships.errors.js';

@InputType({ description: 'The input of `partnershipConfirm`.' })
export class PartnershipConfirmInput {
  @Field(() => ID, { description: 'Partnership.id.' })
  @MaxLength(200)
  partnershipId!: string;

  @Field(() => ID, { description: 'The member party you confirm for: Organization.id or Institution.id.' })
  @MaxLength(200)
  partyId!: string;
}

@ObjectType({
  description: 'The result of `partnershipConfirm`: the partnership, or the userErrors that say why nothing changed.',
})
export class PartnershipConfirmPayload {
  @Field(() => Partnership, { nullable: true, description: 'The partnership as it now stands.' })
  partnership!: Partnership | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipConfirmResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipConfirmPayload, {
    description:
      'Confirms a proposed partnership for one of its member parties you act for (editor or owner); when every member has confirmed, it becomes active and public.',
  })
  async partnershipConfirm(
    @Arg('input', () => PartnershipConfirmInput, { description: 'The partnership.' })
    input: PartnershipConfirmInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipConfirmPayload> {
    const id = globalUuid('Partnership', input.partnershipId, 'input.partnershipId', 'a partnership');
    const service = new PartnershipService(ctx.em);
    const actor = { viewer: ctx.viewer!, requestId: ctx.requestId };
    const result = await service.confirm(id, input.partyId, actor);
    if ('errors' in result) return { partnership: null, userErrors: result.errors };
    return { partnership: toPartnership(result.ok), userErrors: [] };
  }
}
