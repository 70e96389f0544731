import { IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { CHALLENGE_OFFICERS } from '../challenge.resolver.js';
import { toInnovationIdea } from '../challenge.type.js';
import { InnovationIdeaPayloadBase, actorOf, challengeService } from './challenge-payloads.js';

export enum InnovationMoveTo {
  PROTOTYPE = 'PROTOTYPE',
  PILOT = 'PILOT',
  SCALED = 'SCALED',
  STOPPED = 'STOPPED',
}
registerEnumType(InnovationMoveTo, {
  name: 'InnovationMoveTo',
  description: 'The pipeline stages officers move a shortlisted idea to.',
  valuesConfig: {
    PROTOTYPE: { description: 'From shortlisted: prototyped in co-design workshops.' },
    PILOT: { description: 'From shortlisted or prototype: piloted with its grant (grantApplicationId required).' },
    SCALED: { description: 'From pilot: scaled (the lessons learnt required).' },
    STOPPED: { description: 'From shortlisted, prototype or pilot: stopped (the lessons learnt required).' },
  },
});

@InputType({ description: 'The input of `innovationIdeaStageMove`.' })
export class InnovationIdeaStageMoveInput {
  @Field(() => ID, { description: 'InnovationIdea.id.' })
  @MaxLength(200)
  ideaId!: string;

  @Field(() => InnovationMoveTo, { description: 'Where it goes.' })
  to!: InnovationMoveTo;

  @Field(() => String, { nullable: true, description: 'A note on the move (public).' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "GrantApplication.id of the pilot grant, for PILOT: an application of the idea's lead or team in a social innovation lot, submitted and not refused.",
  })
  @IsOptional()
  @MaxLength(200)
  grantApplicationId?: string | null;

  @Field(() => String, { nullable: true, description: 'The lessons learnt in Arabic (SCALED and STOPPED).' })
  @IsOptional()
  @MaxLength(10000)
  lessonsAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The lessons learnt in English.' })
  @IsOptional()
  @MaxLength(10000)
  lessonsEn?: string | null;
}

@ObjectType({ description: 'The result of `innovationIdeaStageMove`.' })
export class InnovationIdeaStageMovePayload extends InnovationIdeaPayloadBase {}

@Resolver()
export class InnovationIdeaStageMoveResolver {
  @Authorized(...CHALLENGE_OFFICERS)
  @Mutation(() => InnovationIdeaStageMovePayload, {
    description:
      'Moves a shortlisted idea along the pipeline: prototype, pilot (only with its grant application in a social innovation lot), scaled or stopped (with the lessons learnt, published). Audited. Officers.',
  })
  async innovationIdeaStageMove(
    @Arg('input', () => InnovationIdeaStageMoveInput, { description: 'The idea and where it goes.' })
    input: InnovationIdeaStageMoveInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationIdeaStageMovePayload> {
    const ideaId = globalUuid('InnovationIdea', input.ideaId, 'input.ideaId', 'an idea');
    const grantApplicationId = input.grantApplicationId
      ? globalUuid('GrantApplication', input.grantApplicationId, 'input.grantApplicationId', 'a grant application')
      : null;
    const result = await challengeService(ctx).moveStage({ ...input, ideaId, grantApplicationId }, actorOf(ctx));
    if ('errors' in result) return { idea: null, userErrors: result.errors };
    return { idea: toInnovationIdea(result.ok), userErrors: [] };
  }
}
