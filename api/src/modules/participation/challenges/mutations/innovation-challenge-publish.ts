import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { CHALLENGE_OFFICERS } from '../challenge.resolver.js';
import { toInnovationChallenge } from '../challenge.type.js';
import { InnovationChallengePayloadBase, actorOf, challengeService } from './challenge-payloads.js';

@InputType({ description: 'The input of `innovationChallengePublish`.' })
export class InnovationChallengePublishInput {
  @Field(() => ID, { description: 'InnovationChallenge.id.' })
  @MaxLength(200)
  challengeId!: string;
}

@ObjectType({ description: 'The result of `innovationChallengePublish`.' })
export class InnovationChallengePublishPayload extends InnovationChallengePayloadBase {}

@Resolver()
export class InnovationChallengePublishResolver {
  @Authorized(...CHALLENGE_OFFICERS)
  @Mutation(() => InnovationChallengePublishPayload, {
    description: 'Publishes a draft challenge (officers): it becomes public and takes ideas between its dates.',
  })
  async innovationChallengePublish(
    @Arg('input', () => InnovationChallengePublishInput, { description: 'The challenge.' })
    input: InnovationChallengePublishInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationChallengePublishPayload> {
    const id = globalUuid('InnovationChallenge', input.challengeId, 'input.challengeId', 'a challenge');
    const result = await challengeService(ctx).publish(id, actorOf(ctx));
    if ('errors' in result) return { challenge: null, userErrors: result.errors };
    return { challenge: toInnovationChallenge(result.ok), userErrors: [] };
  }
}
