import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { MembershipError } from '../membership.errors.js';
import { MembershipService } from '../membership.service.js';
import { Organization, toOrganization } from '../../directory/index.js';

@InputType({ description: 'The input of `organizationRegister`.' })
export class OrganizationRegisterInput {
  @Field(() => String, { nullable: true, description: 'Name in Arabic.' })
  @IsOptional()
  @MaxLength(300)
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string | null;

  @Field(() => String, { description: 'Legal form code (see `legalForms`).' })
  @MaxLength(50)
  legalForm!: string;

  @Field(() => String, { description: 'Governorate code, ISO 3166-2:JO (see `governorates`).' })
  @MaxLength(10)
  governorate!: string;

  @Field(() => String, { nullable: true, description: 'MoSD Register of Associations national number (13 digits).' })
  @IsOptional()
  @MaxLength(20)
  nationalNumber?: string | null;
}

@ObjectType({
  description: 'The result of `organizationRegister`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationRegisterPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation.' })
  organization!: Organization | null;

  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationRegisterResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => OrganizationRegisterPayload, {
    description:
      'Adds a new organisation to the directory with you as its owner (unverified until an officer verifies its registration evidence). An organisation already in the directory is claimed instead (organizationClaim).',
  })
  async organizationRegister(
    @Arg('input', () => OrganizationRegisterInput, { description: 'What to do (see OrganizationRegisterInput).' })
    input: OrganizationRegisterInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationRegisterPayload> {
    const result = await new MembershipService(ctx.em).register(
      {
        nameAr: input.nameAr ?? null,
        nameEn: input.nameEn ?? null,
        legalForm: input.legalForm,
        governorate: input.governorate,
        nationalNumber: input.nationalNumber ?? null,
      },
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if (result.error) return { organization: null, userErrors: [result.error] };
    return { organization: toOrganization(result.ok), userErrors: [] };
  }
}
