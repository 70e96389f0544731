import { Field, ObjectType } from 'type-graphql';
import type { GraphQLContext } from '../../../../context.js';
import type { ParticipationActor } from '../../consultation.service.js';
import { ParticipationError } from '../../participation.errors.js';
import { ChallengeService } from '../challenge.service.js';
import { InnovationChallenge, InnovationIdea } from '../challenge.type.js';

export const challengeService = (ctx: GraphQLContext) => new ChallengeService(ctx.em);
export const actorOf = (ctx: GraphQLContext): ParticipationActor => ({ viewer: ctx.viewer!, requestId: ctx.requestId });

// never returned itself, so never emitted (type-graphql emits reachable types only)
@ObjectType('InnovationChallengePayloadBase')
export class InnovationChallengePayloadBase {
  @Field(() => InnovationChallenge, {
    nullable: true,
    description: 'The challenge as it now is; null when nothing changed.',
  })
  challenge!: InnovationChallenge | null;

  @Field(() => [ParticipationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: ParticipationError[];
}

@ObjectType('InnovationIdeaPayloadBase')
export class InnovationIdeaPayloadBase {
  @Field(() => InnovationIdea, { nullable: true, description: 'The idea as it now is; null when nothing changed.' })
  idea!: InnovationIdea | null;

  @Field(() => [ParticipationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: ParticipationError[];
}
