import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import type { CallFields } from '../call.service.js';
import { GrantLotTheme } from '../grants.enums.js';

@InputType({ description: 'A lot of a call.' })
export class GrantLotInput {
  @Field(() => GrantLotTheme, { description: 'Its theme.' })
  theme!: GrantLotTheme;

  @Field(() => String, { nullable: true, description: 'Title in Arabic (a title in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => Int, { description: 'Its envelope in minor units of the call currency (cents).' })
  @Min(1)
  envelopeMinor!: number;
}

@InputType({ description: 'A document every application includes.' })
export class GrantRequiredDocumentInput {
  @Field(() => String, { description: 'Stable code, e.g. STATUTES (capitals and underscores).' })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/)
  code!: string;

  @Field(() => String, { nullable: true, description: 'Name in Arabic.' })
  @IsOptional()
  @MaxLength(300)
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string | null;
}

/** The fields of a call, all optional (an update changes those given; creating needs the required ones). */
@InputType('GrantCallFieldsBase')
export class GrantCallFieldsInput {
  @Field(() => String, { nullable: true, description: 'Title in Arabic (a title in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Guidelines for applicants, in Arabic.' })
  @IsOptional()
  @MaxLength(20000)
  guidelinesAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Guidelines for applicants, in English.' })
  @IsOptional()
  @MaxLength(20000)
  guidelinesEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'JOD per EUR in millionths, fixed for the call (e.g. 770000).' })
  @IsOptional()
  @Min(1)
  jodRateMicros?: number | null;

  @Field(() => Int, { nullable: true, description: 'Smallest grant, in cents.' })
  @IsOptional()
  @Min(0)
  minGrantMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest grant, in cents.' })
  @IsOptional()
  @Min(0)
  maxGrantMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Least co-financing share of the total cost, in basis points.' })
  @IsOptional()
  @Min(0)
  @Max(10000)
  cofinancingRateBps?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only verified organisations may apply (default true).' })
  requiresVerified?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Years since registration each applicant needs (default 0).' })
  @IsOptional()
  @Min(0)
  @Max(100)
  minYearsRegistered?: number | null;

  @Field(() => [String], { nullable: true, description: 'Governorate codes projects may work in (empty: all).' })
  @IsOptional()
  @ArrayMaxSize(12)
  @MaxLength(10, { each: true })
  governorates?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Fewest co-applicants (default 0).' })
  @IsOptional()
  @Min(0)
  @Max(20)
  minCoApplicants?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most co-applicants (default 5).' })
  @IsOptional()
  @Min(0)
  @Max(20)
  maxCoApplicants?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether public institutions may be associates (default true).',
  })
  publicAssociatesAllowed?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Longest project, in months (default 24).' })
  @IsOptional()
  @Min(1)
  @Max(60)
  maxDurationMonths?: number | null;

  @Field(() => [GrantRequiredDocumentInput], { nullable: true, description: 'Documents every application includes.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  requiredDocuments?: GrantRequiredDocumentInput[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When applications open; required to create.' })
  opensAt?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The deadline (UTC); required to create.' })
  deadlineAt?: Date | null;

  @Field(() => [GrantLotInput], { nullable: true, description: 'The lots (replacing them all); required to create.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  lots?: GrantLotInput[] | null;
}

const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** The service's fields from the input (null means unchanged, as absent). */
export function callFieldsOf(input: GrantCallFieldsInput): CallFields {
  return {
    titleAr: input.titleAr,
    titleEn: input.titleEn,
    guidelinesAr: input.guidelinesAr,
    guidelinesEn: input.guidelinesEn,
    jodRateMicros: given(input.jodRateMicros),
    minGrantMinor: given(input.minGrantMinor),
    maxGrantMinor: given(input.maxGrantMinor),
    cofinancingRateBps: given(input.cofinancingRateBps),
    requiresVerified: given(input.requiresVerified),
    minYearsRegistered: given(input.minYearsRegistered),
    governorates: given(input.governorates),
    minCoApplicants: given(input.minCoApplicants),
    maxCoApplicants: given(input.maxCoApplicants),
    publicAssociatesAllowed: given(input.publicAssociatesAllowed),
    maxDurationMonths: given(input.maxDurationMonths),
    requiredDocuments: given(input.requiredDocuments)?.map((d) => ({
      code: d.code,
      nameAr: d.nameAr?.trim() || null,
      nameEn: d.nameEn?.trim() || null,
    })),
    opensAt: given(input.opensAt),
    deadlineAt: given(input.deadlineAt),
    lots: given(input.lots)?.map((l) => ({ ...l, theme: l.theme })),
  };
}
