import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ListingService } from '../listing.service.js';
import { PartnershipError } from '../partnerships.errors.js';
import { PartnershipListing, toListing } from '../partnerships.type.js';

@InputType({ description: 'The input of `partnershipListingWithdraw`.' })
export class PartnershipListingWithdrawInput {
  @Field(() => ID, { description: 'PartnershipListing.id.' })
  @MaxLength(200)
  listingId!: string;
}

@ObjectType({
  description:
    'The result of `partnershipListingWithdraw`: the listing, or the userErrors that say why nothing changed.',
})
export class PartnershipListingWithdrawPayload {
  @Field(() => PartnershipListing, { nullable: true, description: 'The withdrawn need or offer.' })
  listing!: PartnershipListing | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipListingWithdrawResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipListingWithdrawPayload, {
    description: "Withdraws a need or an offer (its party's editors and owners): it is no longer shown.",
  })
  async partnershipListingWithdraw(
    @Arg('input', () => PartnershipListingWithdrawInput, { description: 'The listing.' })
    input: PartnershipListingWithdrawInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipListingWithdrawPayload> {
    const result = await new ListingService(ctx.em).withdraw(
      globalUuid('PartnershipListing', input.listingId, 'input.listingId', 'a need or an offer'),
      { viewer: ctx.viewer!, requestId: ctx.requestId },
    );
    if ('errors' in result) return { listing: null, userErrors: result.errors };
    return { listing: toListing(result.ok), userErrors: [] };
  }
}
