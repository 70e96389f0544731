import { ArrayMaxSize, IsEmail, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ConsultationOwnerKind } from '../participation.enums.js';
import { toConsultation } from '../participation.type.js';
import { ConsultationPayloadBase, actorOf, consultationService } from './participation-payloads.js';

@InputType({ description: 'A section of the draft, or a question.' })
export class ConsultationSectionInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic (a title in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Its text or question, in Arabic.' })
  @IsOptional()
  @MaxLength(10000)
  textAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Its text or question, in English.' })
  @IsOptional()
  @MaxLength(10000)
  textEn?: string | null;
}

@InputType({ description: 'The input of `consultationCreate`.' })
export class ConsultationCreateInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic (a title in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the draft is about, in Arabic.' })
  @IsOptional()
  @MaxLength(5000)
  summaryAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What the draft is about, in English.' })
  @IsOptional()
  @MaxLength(5000)
  summaryEn?: string | null;

  @Field(() => ConsultationOwnerKind, { description: 'Who owns it.' })
  ownerKind!: ConsultationOwnerKind;

  @Field(() => ID, { nullable: true, description: 'Institution.id of the directorate, when a directorate owns it.' })
  @IsOptional()
  @MaxLength(200)
  ownerInstitutionId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Account emails of the owning team's other members (the creator is always of it).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  ownerEmails?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Governorate codes it concerns; none: all of Jordan.' })
  @IsOptional()
  @ArrayMaxSize(12)
  governorates?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target group codes it concerns; none: all.' })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[] | null;

  @Field(() => GraphQLDateTime, { description: 'When the open phase begins (UTC).' })
  opensAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the open phase ends (UTC), after opensAt.' })
  closesAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the owner means to have answered (UTC), not before closesAt.' })
  answerDueAt!: Date;

  @Field(() => [ConsultationSectionInput], { description: 'Its sections or questions, in order (at least one).' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  sections!: ConsultationSectionInput[];
}

@ObjectType({ description: 'The result of `consultationCreate`.' })
export class ConsultationCreatePayload extends ConsultationPayloadBase {}

@Resolver()
export class ConsultationCreateResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Mutation(() => ConsultationCreatePayload, {
    description:
      'Creates a draft consultation (officers and MoSD officials): its creator, and the people named, are its owning team.',
  })
  async consultationCreate(
    @Arg('input', () => ConsultationCreateInput, { description: 'The consultation.' }) input: ConsultationCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationCreatePayload> {
    const ownerInstitutionId = input.ownerInstitutionId
      ? globalUuid('Institution', input.ownerInstitutionId, 'input.ownerInstitutionId', 'an institution')
      : null;
    const result = await consultationService(ctx).create(
      { ...input, ownerKind: input.ownerKind, ownerInstitutionId },
      actorOf(ctx),
    );
    if ('errors' in result) return { consultation: null, userErrors: result.errors };
    return { consultation: toConsultation(result.ok), userErrors: [] };
  }
}
