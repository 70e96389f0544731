import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { GraphQLContext } from '../../../context.js';
import { ListingService } from '../listing.service.js';
import { PartnershipListingKind } from '../partnerships.enums.js';
import { PartnershipError } from '../partnerships.errors.js';
import { PartnershipListing, toListing } from '../partnerships.type.js';
import { PartnershipListingFieldsInput } from './partnership-listing-fields.js';

@InputType({ description: 'The input of `partnershipListingPublish`.' })
export class PartnershipListingPublishInput extends PartnershipListingFieldsInput {
  @Field(() => ID, { description: 'Who publishes it: Organization.id or Institution.id (you act for it).' })
  @MaxLength(200)
  partyId!: string;

  @Field(() => PartnershipListingKind, { description: 'A need or an offer.' })
  kind!: PartnershipListingKind;
}

@ObjectType({
  description:
    'The result of `partnershipListingPublish`: the listing, or the userErrors that say why nothing changed.',
})
export class PartnershipListingPublishPayload {
  @Field(() => PartnershipListing, { nullable: true, description: 'The new need or offer.' })
  listing!: PartnershipListing | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipListingPublishResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipListingPublishPayload, {
    description:
      'Publishes a need or an offer of an organisation (its editors and owners) or an institution (its editors and owners).',
  })
  async partnershipListingPublish(
    @Arg('input', () => PartnershipListingPublishInput, { description: 'The need or offer.' })
    input: PartnershipListingPublishInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipListingPublishPayload> {
    const result = await new ListingService(ctx.em).publish(
      { ...input },
      { viewer: ctx.viewer!, requestId: ctx.requestId },
    );
    if ('errors' in result) return { listing: null, userErrors: result.errors };
    return { listing: toListing(result.ok), userErrors: [] };
  }
}
