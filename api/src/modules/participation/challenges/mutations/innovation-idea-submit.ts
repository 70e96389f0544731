import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { toInnovationIdea } from '../challenge.type.js';
import { InnovationIdeaPayloadBase, actorOf, challengeService } from './challenge-payloads.js';

@InputType({ description: 'The text and team of an idea.' })
export class InnovationIdeaFieldsInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic (a title in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the idea is, in Arabic (Arabic or English required).' })
  @IsOptional()
  @MaxLength(10000)
  summaryAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What the idea is, in English.' })
  @IsOptional()
  @MaxLength(10000)
  summaryEn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Organization.id of the other organisations of the team.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(200, { each: true })
  teamOrganizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Institution.id of the public partners of the team.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(200, { each: true })
  teamInstitutionIds?: string[] | null;
}

@InputType({ description: 'The input of `innovationIdeaSubmit`.' })
export class InnovationIdeaSubmitInput extends InnovationIdeaFieldsInput {
  @Field(() => ID, { description: 'InnovationChallenge.id.' })
  @MaxLength(200)
  challengeId!: string;

  @Field(() => ID, { description: 'Organization.id of the lead organisation (verified; you are its editor or owner).' })
  @MaxLength(200)
  organizationId!: string;
}

@ObjectType({ description: 'The result of `innovationIdeaSubmit`.' })
export class InnovationIdeaSubmitPayload extends InnovationIdeaPayloadBase {}

export const teamUuids = (input: InnovationIdeaFieldsInput) => ({
  teamOrganizationIds: (input.teamOrganizationIds ?? []).map((id, i) =>
    globalUuid('Organization', id, `input.teamOrganizationIds.${i}`, 'an organisation'),
  ),
  teamInstitutionIds: (input.teamInstitutionIds ?? []).map((id, i) =>
    globalUuid('Institution', id, `input.teamInstitutionIds.${i}`, 'an institution'),
  ),
});

@Resolver()
export class InnovationIdeaSubmitResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => InnovationIdeaSubmitPayload, {
    description:
      "Sends a verified organisation's idea for a challenge (its editors and owners) while the challenge takes ideas; one idea per organisation per challenge.",
  })
  async innovationIdeaSubmit(
    @Arg('input', () => InnovationIdeaSubmitInput, { description: 'The idea.' }) input: InnovationIdeaSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationIdeaSubmitPayload> {
    const challengeId = globalUuid('InnovationChallenge', input.challengeId, 'input.challengeId', 'a challenge');
    const organizationId = globalUuid('Organization', input.organizationId, 'input.organizationId', 'an organisation');
    const result = await challengeService(ctx).submitIdea(
      { ...input, ...teamUuids(input), challengeId, organizationId },
      actorOf(ctx),
    );
    if ('errors' in result) return { idea: null, userErrors: result.errors };
    return { idea: toInnovationIdea(result.ok), userErrors: [] };
  }
}
