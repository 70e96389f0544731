import { randomBytes, randomUUID } from 'node:crypto';
import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../membership.errors.js';
import {
  Organization,
  directoryLoaders,
  insertOrganizations,
  latinSlug,
  newOrganization,
  toOrganization,
} from '../../directory/index.js';

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

function slugFor(nameEn: string | null): string {
  return `${latinSlug(nameEn) || 'organization'}-${randomBytes(4).toString('hex')}`;
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
    const fail = (code: MembershipErrorCode, message: string, field: string | null): OrganizationRegisterPayload => ({
      organization: null,
      userErrors: [membershipError(code, message, field)],
    });
    const nameAr = input.nameAr?.trim() || null;
    const nameEn = input.nameEn?.trim() || null;
    if (!nameAr && !nameEn)
      return fail(MembershipErrorCode.NAME_REQUIRED, 'give a name in Arabic or English', 'nameAr');
    const lists = await ctx.loaders.of(directoryLoaders).codeLists();
    if (!lists.legalForms.has(input.legalForm)) {
      return fail(
        MembershipErrorCode.UNKNOWN_CODE,
        `expected one of ${[...lists.legalForms.keys()].join(', ')}`,
        'legalForm',
      );
    }
    if (!lists.governorates.has(input.governorate)) {
      return fail(
        MembershipErrorCode.UNKNOWN_CODE,
        `expected one of ${[...lists.governorates.keys()].join(', ')}`,
        'governorate',
      );
    }
    const nationalNumber = input.nationalNumber?.trim() || null;
    if (nationalNumber !== null && !/^\d{13}$/.test(nationalNumber)) {
      return fail(MembershipErrorCode.INVALID_IDENTIFIER, 'must be 13 digits', 'nationalNumber');
    }
    const viewer = ctx.viewer!;
    const id = randomUUID();
    const result = await ctx.em.getKnex().transaction(async (trx) => {
      if (nationalNumber !== null) {
        // the identifier is unique per scheme: serialise registrations of one number
        await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`JO-MSD:${nationalNumber}`]);
        const taken = await knexRows(
          trx,
          `select 1 from organization_identifier where scheme = 'JO-MSD' and identifier = ?`,
          [nationalNumber],
        );
        if (taken.length > 0) return 'taken' as const;
      }
      const record = newOrganization({
        id,
        slug: slugFor(nameEn),
        nameAr,
        nameEn,
        legalFormCode: input.legalForm,
        governorateCode: input.governorate,
        identifiers: nationalNumber ? [{ scheme: 'JO-MSD', identifier: nationalNumber }] : [],
      });
      await insertOrganizations(trx, [record]);
      await knexRows(trx, `insert into organization_member (organization_id, user_id, role) values (?, ?, 'OWNER')`, [
        id,
        viewer.userId,
      ]);
      await recordAudit(trx, {
        actorId: viewer.userId,
        action: 'ORGANIZATION_REGISTERED',
        subjectType: 'Organization',
        subjectId: id,
        to: 'UNVERIFIED',
        requestId: ctx.requestId,
      });
      return record;
    });
    if (result === 'taken') {
      return fail(
        MembershipErrorCode.IDENTIFIER_TAKEN,
        'the directory already has an organisation with this number: claim it instead',
        'nationalNumber',
      );
    }
    return { organization: toOrganization(result), userErrors: [] };
  }
}
