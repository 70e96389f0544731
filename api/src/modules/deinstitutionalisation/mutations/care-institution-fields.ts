import { IsOptional, Max, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CareOwnership } from '../deinstitutionalisation.type.js';

/** The fields of an institution, all optional (an update changes those given; creating needs the required ones). */
// never an argument itself, so never emitted (type-graphql emits reachable types only)
@InputType('CareInstitutionFieldsBase')
export class CareInstitutionFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name in Arabic (a name in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string | null;

  @Field(() => CareOwnership, { nullable: true, description: 'Public or private; required to create.' })
  ownership?: CareOwnership | null;

  @Field(() => String, { nullable: true, description: 'Governorate code (governorates); required to create.' })
  @IsOptional()
  @MaxLength(10)
  governorate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Places for residents, at least 1 and not below the residents of a recorded quarter; required to create.',
  })
  @IsOptional()
  @Max(100000)
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it still operates (default true).' })
  active?: boolean | null;
}
