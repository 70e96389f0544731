import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { PartnershipRequest, toRequest } from '../partnership.type.js';
import { PartnershipError } from '../partnerships.errors.js';
import { RequestService } from '../request.service.js';

@InputType({ description: 'The input of `partnershipRequestSend`.' })
export class PartnershipRequestSendInput {
  @Field(() => ID, { description: 'Who sends it: Organization.id or Institution.id (you act for it).' })
  @MaxLength(200)
  fromPartyId!: string;

  @Field(() => ID, { description: 'Who it is for: Organization.id or Institution.id.' })
  @MaxLength(200)
  toPartyId!: string;

  @Field(() => String, { description: 'The message to the other party (required).' })
  @MaxLength(4000)
  message!: string;

  @Field(() => ID, {
    nullable: true,
    description: "PartnershipListing.id of the recipient's active need or offer it answers, if any.",
  })
  @IsOptional()
  @MaxLength(200)
  listingId?: string | null;
}

@ObjectType({
  description: 'The result of `partnershipRequestSend`: the request, or the userErrors that say why nothing changed.',
})
export class PartnershipRequestSendPayload {
  @Field(() => PartnershipRequest, { nullable: true, description: 'The new, pending request.' })
  request!: PartnershipRequest | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipRequestSendResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipRequestSendPayload, {
    description:
      "Sends a partnership request from a party you act for (editor or owner) to another; the recipient's members are emailed. At most one pending request between the same two parties.",
  })
  async partnershipRequestSend(
    @Arg('input', () => PartnershipRequestSendInput, { description: 'The request.' })
    input: PartnershipRequestSendInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipRequestSendPayload> {
    const listingId = input.listingId
      ? globalUuid('PartnershipListing', input.listingId, 'input.listingId', 'a need or an offer')
      : null;
    const result = await new RequestService(
      ctx.em,
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    ).send({ ...input, listingId }, { viewer: ctx.viewer!, requestId: ctx.requestId });
    if ('errors' in result) return { request: null, userErrors: result.errors };
    return { request: toRequest(result.ok), userErrors: [] };
  }
}
