import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../common/errors/api-errors.js';
import { fromGlobalId, globalUuid, isUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { organizationUuid } from '../../directory/index.js';
import type { ApplicationFields } from '../application.service.js';
import { GrantBudgetCategory, GrantLocality } from '../grants.enums.js';
import { toGrantApplication } from '../grants.type.js';
import { applicationService } from './grant-application-service.js';
import { GrantApplicationPayloadBase } from './grant-call-payload.js';

@InputType({ description: 'A target group and the beneficiaries expected in it.' })
export class GrantTargetGroupReachInput {
  @Field(() => String, { description: 'Target group code (targetGroups).' })
  @MaxLength(60)
  code!: string;

  @Field(() => Int, { description: 'Beneficiaries expected (at least 1 to submit).' })
  @Min(0)
  @Max(10_000_000)
  expectedBeneficiaries!: number;
}

@InputType({ description: 'An indicator with its baseline and target.' })
export class GrantIndicatorInput {
  @Field(() => String, { nullable: true, description: 'What is measured, in Arabic.' })
  @IsOptional()
  @MaxLength(1000)
  textAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What is measured, in English.' })
  @IsOptional()
  @MaxLength(1000)
  textEn?: string | null;

  @Field(() => String, { description: 'Its value at the start.' })
  @MaxLength(200)
  baseline!: string;

  @Field(() => String, { description: 'Its value hoped for at the end.' })
  @MaxLength(200)
  target!: string;
}

@InputType({ description: 'An objective of the logframe with its indicators.' })
export class GrantObjectiveInput {
  @Field(() => String, { nullable: true, description: 'The objective in Arabic.' })
  @IsOptional()
  @MaxLength(2000)
  textAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The objective in English.' })
  @IsOptional()
  @MaxLength(2000)
  textEn?: string | null;

  @Field(() => [GrantIndicatorInput], { description: 'Its indicators.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators!: GrantIndicatorInput[];
}

@InputType({ description: 'A budget line: integer minor units in the call currency.' })
export class GrantBudgetLineInput {
  @Field(() => GrantBudgetCategory, { description: 'Its category.' })
  category!: GrantBudgetCategory;

  @Field(() => String, { description: 'What it pays for.' })
  @MaxLength(500)
  description!: string;

  @Field(() => Int, { description: 'Requested from the programme, in minor units (cents).' })
  @Min(0)
  requestedMinor!: number;

  @Field(() => Int, { description: 'Co-financed, in minor units (cents).' })
  @Min(0)
  cofinancingMinor!: number;

  @Field(() => String, { description: "ISO 4217 code: the call's currency (EUR)." })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

@InputType({
  description: 'The input of `grantApplicationUpdate`: the application, its version, and the fields that change.',
})
export class GrantApplicationUpdateInput {
  @Field(() => ID, { description: 'GrantApplication.id.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => Int, { description: 'The version the edit was made on (GrantApplication.version).' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'GrantLot.id of the lot applied to.' })
  @IsOptional()
  @MaxLength(200)
  lotId?: string | null;

  @Field(() => String, { nullable: true, description: "The project's title in Arabic." })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: "The project's title in English." })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary in Arabic.' })
  @IsOptional()
  @MaxLength(4000)
  summaryAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary in English.' })
  @IsOptional()
  @MaxLength(4000)
  summaryEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Arabic.' })
  @IsOptional()
  @MaxLength(20000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in English.' })
  @IsOptional()
  @MaxLength(20000)
  descriptionEn?: string | null;

  @Field(() => [GrantTargetGroupReachInput], { nullable: true, description: 'Target groups (replacing them).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  targetGroups?: GrantTargetGroupReachInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Governorate codes (replacing them).' })
  @IsOptional()
  @ArrayMaxSize(12)
  @MaxLength(10, { each: true })
  governorates?: string[] | null;

  @Field(() => GrantLocality, { nullable: true, description: 'Urban, rural or both.' })
  locality?: GrantLocality | null;

  @Field(() => Int, { nullable: true, description: 'Duration in months (1 to 60).' })
  @IsOptional()
  @Min(1)
  @Max(60)
  durationMonths?: number | null;

  @Field(() => [GrantObjectiveInput], { nullable: true, description: 'The logframe (replacing it).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  logframe?: GrantObjectiveInput[] | null;

  @Field(() => [GrantBudgetLineInput], { nullable: true, description: 'The budget lines (replacing them).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  budgetLines?: GrantBudgetLineInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Organization.id of each co-applicant (replacing them; those kept keep their confirmation).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  coApplicantIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Institution.id of each associate (replacing them).' })
  @IsOptional()
  @ArrayMaxSize(20)
  associateIds?: string[] | null;
}

@ObjectType({ description: 'The result of `grantApplicationUpdate`.' })
export class GrantApplicationUpdatePayload extends GrantApplicationPayloadBase {}

const institutionUuid = (id: string, argument: string): string => {
  const global = fromGlobalId(id);
  if (isUuid(id)) return id;
  if (global?.type !== 'Institution' || !isUuid(global.key))
    throw new BadUserInputError(argument, 'is not the id of an institution');
  return global.key;
};

@Resolver()
export class GrantApplicationUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantApplicationUpdatePayload, {
    description:
      "Saves a draft application (the fields given; lists replace what was there). The lead's and co-applicants' editors edit it; an edit made on an older version is refused (VERSION_CONFLICT). New partners are emailed an invitation.",
  })
  async grantApplicationUpdate(
    @Arg('input', () => GrantApplicationUpdateInput, { description: 'The changes.' })
    input: GrantApplicationUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationUpdatePayload> {
    const applicationId = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const fields: ApplicationFields = {
      lotId:
        input.lotId === undefined
          ? undefined
          : input.lotId === null
            ? null
            : globalUuid('GrantLot', input.lotId, 'input.lotId', 'a lot'),
      titleAr: input.titleAr,
      titleEn: input.titleEn,
      summaryAr: input.summaryAr,
      summaryEn: input.summaryEn,
      descriptionAr: input.descriptionAr,
      descriptionEn: input.descriptionEn,
      targetGroups: input.targetGroups?.map((g) => ({ code: g.code, expectedBeneficiaries: g.expectedBeneficiaries })),
      governorates: input.governorates ?? undefined,
      locality: input.locality,
      durationMonths: input.durationMonths,
      logframe: input.logframe?.map((o) => ({
        textAr: o.textAr ?? null,
        textEn: o.textEn ?? null,
        indicators: o.indicators.map((i) => ({
          textAr: i.textAr ?? null,
          textEn: i.textEn ?? null,
          baseline: i.baseline,
          target: i.target,
        })),
      })),
      budgetLines: input.budgetLines?.map((l) => ({
        category: l.category,
        description: l.description,
        requestedMinor: l.requestedMinor,
        cofinancingMinor: l.cofinancingMinor,
        currency: l.currency,
      })),
      coApplicants: input.coApplicantIds?.map((id, i) => organizationUuid(id, `input.coApplicantIds.${i}`)),
      associates: input.associateIds?.map((id, i) => institutionUuid(id, `input.associateIds.${i}`)),
    };
    const result = await applicationService(ctx).update(applicationId, input.version, fields, {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
