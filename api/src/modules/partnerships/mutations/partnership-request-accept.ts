import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { emailOutboxService } from '../../../common/email/email-outbox.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { PartnershipRequest, toRequest } from '../partnership.type.js';
import { PartnershipError } from '../partnerships.errors.js';
import { RequestService } from '../request.service.js';

@InputType({ description: 'The input of `partnershipRequestAccept`.' })
export class PartnershipRequestAcceptInput {
  @Field(() => ID, { description: 'PartnershipRequest.id.' })
  @MaxLength(200)
  requestId!: string;
}

@ObjectType({
  description: 'The result of `partnershipRequestAccept`: the request, or the userErrors that say why nothing changed.',
})
export class PartnershipRequestAcceptPayload {
  @Field(() => PartnershipRequest, { nullable: true, description: 'The request as it now stands.' })
  request!: PartnershipRequest | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipRequestAcceptResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipRequestAcceptPayload, {
    description:
      "Accepts a request (the recipient's editors and owners): a proposed partnership of the two parties is created, the sender is the lead, and the sender's members are emailed.",
  })
  async partnershipRequestAccept(
    @Arg('input', () => PartnershipRequestAcceptInput, { description: 'The request.' })
    input: PartnershipRequestAcceptInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipRequestAcceptPayload> {
    const id = globalUuid('PartnershipRequest', input.requestId, 'input.requestId', 'a partnership request');
    const service = new RequestService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl);
    const actor = { viewer: ctx.viewer!, requestId: ctx.requestId };
    const result = await service.accept(id, actor);
    if ('errors' in result) return { request: null, userErrors: result.errors };
    return { request: toRequest(result.ok), userErrors: [] };
  }
}
