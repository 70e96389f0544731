import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** The fields of a need or an offer, all optional (an update changes those given; publishing needs the required ones). */
// never an argument itself, so never emitted (type-graphql emits reachable types only)
@InputType('PartnershipListingFieldsBase')
export class PartnershipListingFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'Capability code (partnershipCapabilities); required to publish.',
  })
  @IsOptional()
  @MaxLength(60)
  capability?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is needed or offered, in Arabic (a text in Arabic or English is required).',
  })
  @IsOptional()
  @MaxLength(2000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What is needed or offered, in English.' })
  @IsOptional()
  @MaxLength(2000)
  descriptionEn?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Codes of the governorates concerned (governorates); none: anywhere in Jordan.',
  })
  @IsOptional()
  @ArrayMaxSize(12)
  governorates?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Codes of the target groups concerned (targetGroups); none: any.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[] | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it stops being shown: in the future, at most one year ahead; required to publish.',
  })
  @IsOptional()
  expiresAt?: Date | null;
}
