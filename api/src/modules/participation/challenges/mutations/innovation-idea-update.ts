import { IsInt, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { toInnovationIdea } from '../challenge.type.js';
import { InnovationIdeaPayloadBase, actorOf, challengeService } from './challenge-payloads.js';
import { InnovationIdeaFieldsInput, teamUuids } from './innovation-idea-submit.js';

@InputType({ description: 'The input of `innovationIdeaUpdate` (the whole text and team, as on submission).' })
export class InnovationIdeaUpdateInput extends InnovationIdeaFieldsInput {
  @Field(() => ID, { description: 'InnovationIdea.id.' })
  @MaxLength(200)
  ideaId!: string;

  @Field(() => Int, { description: 'InnovationIdea.version as read (a later change refuses this one).' })
  @IsInt()
  @Min(1)
  version!: number;
}

@ObjectType({ description: 'The result of `innovationIdeaUpdate`.' })
export class InnovationIdeaUpdatePayload extends InnovationIdeaPayloadBase {}

@Resolver()
export class InnovationIdeaUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => InnovationIdeaUpdatePayload, {
    description:
      "Changes an idea's text and team (its organisation's editors and owners) while the challenge takes ideas and before the jury has it.",
  })
  async innovationIdeaUpdate(
    @Arg('input', () => InnovationIdeaUpdateInput, { description: 'The idea.' }) input: InnovationIdeaUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationIdeaUpdatePayload> {
    const ideaId = globalUuid('InnovationIdea', input.ideaId, 'input.ideaId', 'an idea');
    const result = await challengeService(ctx).updateIdea({ ...input, ...teamUuids(input), ideaId }, actorOf(ctx));
    if ('errors' in result) return { idea: null, userErrors: result.errors };
    return { idea: toInnovationIdea(result.ok), userErrors: [] };
  }
}
