import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ContributionPosition } from '../participation.enums.js';
import { toContribution } from '../participation.type.js';
import { ConsultationContributionPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'The input of `consultationContributionCreate`.' })
export class ConsultationContributionCreateInput {
  @Field(() => ID, { description: 'ConsultationSection.id.' })
  @MaxLength(200)
  sectionId!: string;

  @Field(() => ID, { description: 'Organization.id of the verified organisation contributing (you are its editor).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => ContributionPosition, { description: "The organisation's position on the section." })
  position!: ContributionPosition;

  @Field(() => String, { description: 'The reasons for the position (up to 5,000 characters).' })
  @MaxLength(5000)
  comment!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The id answered by POST /uploads/consultation-evidence, to attach evidence.',
  })
  @IsOptional()
  @MaxLength(200)
  evidenceId?: string | null;
}

@ObjectType({ description: 'The result of `consultationContributionCreate`.' })
export class ConsultationContributionCreatePayload extends ConsultationContributionPayloadBase {}

@Resolver()
export class ConsultationContributionCreateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ConsultationContributionCreatePayload, {
    description:
      "Gives a verified organisation's position on a section while the consultation is open (its editors and owners): one per organisation and section.",
  })
  async consultationContributionCreate(
    @Arg('input', () => ConsultationContributionCreateInput, { description: 'The contribution.' })
    input: ConsultationContributionCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationContributionCreatePayload> {
    const result = await consultationService(ctx).contribute(
      {
        sectionId: globalUuid('ConsultationSection', input.sectionId, 'input.sectionId', 'a section'),
        organizationId: globalUuid('Organization', input.organizationId, 'input.organizationId', 'an organisation'),
        position: input.position,
        comment: input.comment,
        evidenceId: input.evidenceId ?? null,
      },
      actorOf(ctx),
    );
    if ('errors' in result) return { contribution: null, userErrors: result.errors };
    return { contribution: toContribution(result.ok), userErrors: [] };
  }
}
