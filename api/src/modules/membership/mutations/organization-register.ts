import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { MembershipError } from '../membership.errors.js';
import { DERIVED_KEY_MINUTES, MembershipService } from '../membership.service.js';
import { Organization, directoryLoaders, toOrganization } from '../../directory/index.js';

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

  @Field(() => String, {
    nullable: true,
    description: `A key the client makes once per filled-in form (a UUID), sent again with every retry of it: a registration with a key already used answers with the organisation it created, instead of creating another. Without a key, the same fields sent again within ${DERIVED_KEY_MINUTES} minutes count as the same form.`,
  })
  @IsOptional()
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ObjectType({
  description: 'The result of `organizationRegister`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationRegisterPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation.' })
  organization!: Organization | null;

  @Field(() => [Organization], {
    description:
      'Organisations of the same governorate with a near-identical name, registered before: a warning to check that this is not a duplicate (the registration went ahead). Empty when none.',
  })
  similarOrganizations!: Organization[];

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
        idempotencyKey: input.idempotencyKey ?? null,
      },
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if (result.error) return { organization: null, similarOrganizations: [], userErrors: [result.error] };
    const loaders = ctx.loaders.of(directoryLoaders);
    const records = await loaders.recordById.loadMany([result.ok.organizationId, ...result.ok.similarOrganizationIds]);
    const [organization, ...similar] = records.map((r) => (r && !(r instanceof Error) ? toOrganization(r) : null));
    return {
      organization: organization ?? null,
      similarOrganizations: similar.filter((o) => o !== null),
      userErrors: [],
    };
  }
}
