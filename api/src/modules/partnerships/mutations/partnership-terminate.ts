import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { PartnershipService } from '../partnership.service.js';
import { Partnership, toPartnership } from '../partnership.type.js';
import { PartnershipError } from '../partnerships.errors.js';

@InputType({ description: 'The input of `partnershipTerminate`.' })
export class PartnershipTerminateInput {
  @Field(() => ID, { description: 'Partnership.id.' })
  @MaxLength(200)
  partnershipId!: string;

  @Field(() => String, { description: 'Why (required; kept in its history).' })
  @MaxLength(2000)
  reason!: string;
}

@ObjectType({
  description: 'The result of `partnershipTerminate`: the partnership, or the userErrors that say why nothing changed.',
})
export class PartnershipTerminatePayload {
  @Field(() => Partnership, { nullable: true, description: 'The partnership as it now stands.' })
  partnership!: Partnership | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipTerminateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipTerminatePayload, {
    description: 'Terminates a proposed or active partnership with a reason (an editor or owner of a member party).',
  })
  async partnershipTerminate(
    @Arg('input', () => PartnershipTerminateInput, { description: 'The partnership.' })
    input: PartnershipTerminateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipTerminatePayload> {
    const id = globalUuid('Partnership', input.partnershipId, 'input.partnershipId', 'a partnership');
    const service = new PartnershipService(ctx.em);
    const actor = { viewer: ctx.viewer!, requestId: ctx.requestId };
    const result = await service.end(id, 'TERMINATED', input.reason, actor);
    if ('errors' in result) return { partnership: null, userErrors: result.errors };
    return { partnership: toPartnership(result.ok), userErrors: [] };
  }
}
