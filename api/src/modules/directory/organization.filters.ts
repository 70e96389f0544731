import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalityTypeEnum, OrganizationStatusEnum, VerificationStateEnum } from './organization.enums.js';

@InputType({
  description: 'Narrows the directory. Values within one field are alternatives (OR); fields combine (AND).',
})
export class OrganizationFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-2:JO codes of governorates (see `governorates`).' })
  @IsOptional()
  @ArrayMaxSize(20)
  governorates?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes of target groups (see `targetGroups`).' })
  @IsOptional()
  @ArrayMaxSize(50)
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes of sectors (see `sectors`).' })
  @IsOptional()
  @ArrayMaxSize(50)
  sectors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes of legal forms (see `legalForms`).' })
  @IsOptional()
  @ArrayMaxSize(20)
  legalForms?: string[] | null;

  @Field(() => [VerificationStateEnum], { nullable: true, description: 'Verification states.' })
  @IsOptional()
  verificationStates?: VerificationStateEnum[] | null;

  @Field(() => [OrganizationStatusEnum], { nullable: true, description: 'Legal statuses (all when omitted).' })
  @IsOptional()
  statuses?: OrganizationStatusEnum[] | null;

  @Field(() => [LocalityTypeEnum], { nullable: true, description: 'Urban or rural.' })
  @IsOptional()
  localityTypes?: LocalityTypeEnum[] | null;

  @Field(() => Int, { nullable: true, description: 'Founded in this year or later.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  foundedFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Founded in this year or earlier.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  foundedTo?: number | null;
}

export enum OrganizationOrderField {
  RELEVANCE = 'RELEVANCE',
  NAME_AR = 'NAME_AR',
  NAME_EN = 'NAME_EN',
  FOUNDING_YEAR = 'FOUNDING_YEAR',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'What the directory is sorted by.',
  valuesConfig: {
    RELEVANCE: {
      description:
        'Best match first: exact name, name prefix, word in a name, word in a mission, typo match. Needs `search`.',
    },
    NAME_AR: { description: 'Arabic name (the English one when there is none).' },
    NAME_EN: { description: 'English name (the Arabic one when there is none).' },
    FOUNDING_YEAR: { description: 'Year of founding (unknown years sort first).' },
    UPDATED_AT: { description: 'Time of the last change.' },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Ascending (A to Z, oldest first; for relevance, best first).' },
    DESC: { description: 'Descending.' },
  },
});

@InputType({ description: 'Sort order of the directory.' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { description: 'The key.' })
  field!: OrganizationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction: OrderDirection = OrderDirection.ASC;
}
