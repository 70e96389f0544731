import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { GrantError } from '../../grants.errors.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantScreeningDecision, GrantScreeningHit, hitsOf } from '../screening.graphql.js';
import { decideHit } from '../screening.service.js';

@InputType({ description: 'The input of `grantScreeningHitDecide`.' })
export class GrantScreeningHitDecideInput {
  @Field(() => ID, { description: 'GrantScreeningHit.id.' })
  @MaxLength(200)
  hitId!: string;

  @Field(() => GrantScreeningDecision, { description: 'Confirm or dismiss.' })
  decision!: GrantScreeningDecision;

  @Field(() => String, { description: 'Why (kept with the hit and in the audit log; required).' })
  @MaxLength(2000)
  reason!: string;
}

@ObjectType({ description: 'The result of `grantScreeningHitDecide`.' })
export class GrantScreeningHitDecidePayload {
  @Field(() => GrantScreeningHit, { nullable: true, description: 'The hit as decided.' })
  hit!: GrantScreeningHit | null;

  @Field(() => [GrantError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantError[];
}

@Resolver()
export class GrantScreeningHitDecideResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantScreeningHitDecidePayload, {
    description:
      'Confirms a potential hit (the application becomes INELIGIBLE with the reason) or dismisses it (remembered for the next screenings while the entry is unchanged). Officers.',
  })
  async grantScreeningHitDecide(
    @Arg('input', () => GrantScreeningHitDecideInput, { description: 'The hit and the decision.' })
    input: GrantScreeningHitDecideInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantScreeningHitDecidePayload> {
    const uuid = globalUuid('GrantScreeningHit', input.hitId, 'input.hitId', 'a screening hit');
    const result = await decideHit(ctx.em, uuid, input.decision, input.reason, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { hit: null, userErrors: result.errors };
    const [hit] = await hitsOf(ctx, 'h.id = ?', [uuid]);
    return { hit: hit ?? null, userErrors: [] };
  }
}
