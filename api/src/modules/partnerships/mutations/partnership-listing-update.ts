import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ListingService } from '../listing.service.js';
import { PartnershipError } from '../partnerships.errors.js';
import { PartnershipListing, toListing } from '../partnerships.type.js';
import { PartnershipListingFieldsInput } from './partnership-listing-fields.js';

@InputType({ description: 'The input of `partnershipListingUpdate`: the fields given change, the others stay.' })
export class PartnershipListingUpdateInput extends PartnershipListingFieldsInput {
  @Field(() => ID, { description: 'PartnershipListing.id.' })
  @MaxLength(200)
  listingId!: string;
}

@ObjectType({
  description: 'The result of `partnershipListingUpdate`: the listing, or the userErrors that say why nothing changed.',
})
export class PartnershipListingUpdatePayload {
  @Field(() => PartnershipListing, { nullable: true, description: 'The need or offer as it is now.' })
  listing!: PartnershipListing | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipListingUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipListingUpdatePayload, {
    description: "Changes a need or an offer (its party's editors and owners); an expired one may get a new expiry.",
  })
  async partnershipListingUpdate(
    @Arg('input', () => PartnershipListingUpdateInput, { description: 'The listing and the fields to change.' })
    input: PartnershipListingUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipListingUpdatePayload> {
    const { listingId, ...fields } = input;
    const result = await new ListingService(ctx.em).update(
      globalUuid('PartnershipListing', listingId, 'input.listingId', 'a need or an offer'),
      fields,
      { viewer: ctx.viewer!, requestId: ctx.requestId },
    );
    if ('errors' in result) return { listing: null, userErrors: result.errors };
    return { listing: toListing(result.ok), userErrors: [] };
  }
}
