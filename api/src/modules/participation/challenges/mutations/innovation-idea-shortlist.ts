import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { CHALLENGE_OFFICERS } from '../challenge.resolver.js';
import { toInnovationIdea } from '../challenge.type.js';
import { InnovationIdeaPayloadBase, actorOf, challengeService } from './challenge-payloads.js';

@InputType({ description: 'The input of `innovationIdeaShortlist`.' })
export class InnovationIdeaShortlistInput {
  @Field(() => ID, { description: 'InnovationIdea.id of an idea under review.' })
  @MaxLength(200)
  ideaId!: string;

  @Field(() => Boolean, { description: 'True to shortlist it, false not to.' })
  shortlisted!: boolean;

  @Field(() => String, { nullable: true, description: 'Why (required when not shortlisted; public).' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@ObjectType({ description: 'The result of `innovationIdeaShortlist`.' })
export class InnovationIdeaShortlistPayload extends InnovationIdeaPayloadBase {}

@Resolver()
export class InnovationIdeaShortlistResolver {
  @Authorized(...CHALLENGE_OFFICERS)
  @Mutation(() => InnovationIdeaShortlistPayload, {
    description:
      'Shortlists an idea under review, or not with the reason, once the jury has submitted at least two reviews. Officers.',
  })
  async innovationIdeaShortlist(
    @Arg('input', () => InnovationIdeaShortlistInput, { description: 'The idea and the decision.' })
    input: InnovationIdeaShortlistInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationIdeaShortlistPayload> {
    const ideaId = globalUuid('InnovationIdea', input.ideaId, 'input.ideaId', 'an idea');
    const result = await challengeService(ctx).shortlist(ideaId, input.shortlisted, input.note ?? null, actorOf(ctx));
    if ('errors' in result) return { idea: null, userErrors: result.errors };
    return { idea: toInnovationIdea(result.ok), userErrors: [] };
  }
}
