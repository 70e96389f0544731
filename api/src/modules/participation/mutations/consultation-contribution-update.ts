import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ContributionPosition } from '../participation.enums.js';
import { toContribution } from '../participation.type.js';
import { ConsultationContributionPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `consultationContributionUpdate`: the fields given change.' })
export class ConsultationContributionUpdateInput {
  @Field(() => ID, { description: 'ConsultationContribution.id.' })
  @MaxLength(200)
  contributionId!: string;

  @Field(() => Int, { description: 'The version read (ConsultationContribution.version).' })
  version!: number;

  @Field(() => ContributionPosition, { nullable: true, description: 'The new position.' })
  @IsOptional()
  position?: ContributionPosition | null;

  @Field(() => String, { nullable: true, description: 'The new reasons.' })
  @IsOptional()
  @MaxLength(5000)
  comment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Evidence to attach instead (POST /uploads/consultation-evidence).' })
  @IsOptional()
  @MaxLength(200)
  evidenceId?: string | null;
}

@ObjectType({ description: 'The result of `consultationContributionUpdate`.' })
export class ConsultationContributionUpdatePayload extends ConsultationContributionPayloadBase {}

@Resolver()
export class ConsultationContributionUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ConsultationContributionUpdatePayload, {
    description:
      "Changes an organisation's contribution until the open phase closes, by the database clock (its editors and owners).",
  })
  async consultationContributionUpdate(
    @Arg('input', () => ConsultationContributionUpdateInput, { description: 'The changes.' })
    input: ConsultationContributionUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationContributionUpdatePayload> {
    const result = await consultationService(ctx).updateContribution(
      {
        contributionId: globalUuid(
          'ConsultationContribution',
          input.contributionId,
          'input.contributionId',
          'a contribution',
        ),
        version: input.version,
        position: input.position ?? null,
        comment: input.comment ?? null,
        ...(input.evidenceId ? { evidenceId: input.evidenceId } : {}),
      },
      actorOf(ctx),
    );
    if ('errors' in result) return { contribution: null, userErrors: result.errors };
    return { contribution: toContribution(result.ok), userErrors: [] };
  }
}
