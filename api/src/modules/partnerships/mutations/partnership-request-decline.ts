import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { PartnershipRequest, toRequest } from '../partnership.type.js';
import { PartnershipError } from '../partnerships.errors.js';
import { RequestService } from '../request.service.js';

@InputType({ description: 'The input of `partnershipRequestDecline`.' })
export class PartnershipRequestDeclineInput {
  @Field(() => ID, { description: 'PartnershipRequest.id.' })
  @MaxLength(200)
  requestId!: string;

  @Field(() => String, { description: 'Why (required; shown to the sender).' })
  @MaxLength(2000)
  reason!: string;
}

@ObjectType({
  description:
    'The result of `partnershipRequestDecline`: the request, or the userErrors that say why nothing changed.',
})
export class PartnershipRequestDeclinePayload {
  @Field(() => PartnershipRequest, { nullable: true, description: 'The request as it now stands.' })
  request!: PartnershipRequest | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipRequestDeclineResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipRequestDeclinePayload, {
    description:
      "Declines a request with a reason (the recipient's editors and owners); the sender's members are emailed.",
  })
  async partnershipRequestDecline(
    @Arg('input', () => PartnershipRequestDeclineInput, { description: 'The request.' })
    input: PartnershipRequestDeclineInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipRequestDeclinePayload> {
    const id = globalUuid('PartnershipRequest', input.requestId, 'input.requestId', 'a partnership request');
    const service = new RequestService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl);
    const actor = { viewer: ctx.viewer!, requestId: ctx.requestId };
    const result = await service.decline(id, input.reason, actor);
    if ('errors' in result) return { request: null, userErrors: result.errors };
    return { request: toRequest(result.ok), userErrors: [] };
  }
}
