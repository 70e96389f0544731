import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { PartnershipService } from '../partnership.service.js';
import { Partnership, toPartnership } from '../partnership.type.js';
import { PartnershipError } from '../partnerships.errors.js';

@InputType({ description: 'The input of `partnershipComplete`.' })
export class PartnershipCompleteInput {
  @Field(() => ID, { description: 'Partnership.id.' })
  @MaxLength(200)
  partnershipId!: string;
}

@ObjectType({
  description: 'The result of `partnershipComplete`: the partnership, or the userErrors that say why nothing changed.',
})
export class PartnershipCompletePayload {
  @Field(() => Partnership, { nullable: true, description: 'The partnership as it now stands.' })
  partnership!: Partnership | null;

  @Field(() => [PartnershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: PartnershipError[];
}

@Resolver()
export class PartnershipCompleteResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => PartnershipCompletePayload, {
    description: 'Marks an active partnership completed (an editor or owner of a member party).',
  })
  async partnershipComplete(
    @Arg('input', () => PartnershipCompleteInput, { description: 'The partnership.' })
    input: PartnershipCompleteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipCompletePayload> {
    const id = globalUuid('Partnership', input.partnershipId, 'input.partnershipId', 'a partnership');
    const service = new PartnershipService(ctx.em);
    const actor = { viewer: ctx.viewer!, requestId: ctx.requestId };
    const result = await service.end(id, 'COMPLETED', null, actor);
    if ('errors' in result) return { partnership: null, userErrors: result.errors };
    return { partnership: toPartnership(result.ok), userErrors: [] };
  }
}
