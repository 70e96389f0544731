/**
 * The parts of an organisation only its members and the officers see: private contacts, members, the note of the
 * last verification decision. Declared with @Authorized like every protected field; the answer to others is the same
 * FORBIDDEN for every organisation, so it never tells whether there is anything to see.
 */
import { GraphQLDateTime } from 'graphql-scalars';
import { Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/relay/global-id.js';
import { parseTimestamp } from '../../database/sql.js';
import type { GraphQLContext } from '../../context.js';
import { MemberRole } from '../accounts/account.type.js';
import { Organization, OrganizationContact } from '../directory/organization.type.js';

@ObjectType({ description: 'A member of an organisation.' })
export class OrganizationMember {
  @Field(() => ID, { description: 'Global, opaque id of this membership (the organisation and the person).' })
  id!: string;

  @Field(() => ID, { description: 'The person (Viewer.uuid).' })
  userId!: string;

  @Field(() => String, { description: "The member's name." })
  name!: string;

  @Field(() => MemberRole, { description: "The member's role." })
  role!: MemberRole;
}

@ObjectType({ description: 'A registration document an organisation submitted for verification.' })
export class VerificationEvidence {
  @Field(() => ID, { description: 'Id of the evidence.' })
  id!: string;

  @Field(() => String, { description: 'application/pdf, image/png or image/jpeg.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the file, hexadecimal.' })
  sha256!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded (UTC).' })
  uploadedAt!: Date;

  @Field(() => String, { description: 'Where members and officers download it (with their session or token).' })
  downloadPath!: string;
}

@Resolver(() => Organization)
export class OrganizationMembersResolver {
  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => [VerificationEvidence], {
    description: 'Registration evidence submitted for verification, newest first (members and officers only).',
  })
  async verificationEvidence(
    @Root() organization: Organization,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VerificationEvidence[]> {
    const rows = await ctx.loaders.membership.evidenceByOrganizationId.load(organization.uuid);
    return rows.map((row) =>
      Object.assign(new VerificationEvidence(), {
        id: row.id,
        mediaType: row.media_type,
        sizeBytes: row.size_bytes,
        sha256: row.sha256,
        uploadedAt: parseTimestamp(row.created_at),
        downloadPath: `/uploads/verification-evidence/${row.id}`,
      }),
    );
  }

  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => [OrganizationContact], {
    description: "Private contacts: for the organisation's members and the programme's and MoSD's officers only.",
  })
  privateContacts(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<OrganizationContact[]> {
    return ctx.loaders.directory.privateContactsByOrganizationId.load(organization.uuid);
  }

  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => [OrganizationMember], { description: 'Members and their roles (members and officers only).' })
  async members(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<OrganizationMember[]> {
    const rows = await ctx.loaders.membership.membersByOrganizationId.load(organization.uuid);
    return rows.map((row) =>
      Object.assign(new OrganizationMember(), {
        id: toGlobalId('OrganizationMember', `${organization.uuid}:${row.user_id}`),
        userId: row.user_id,
        name: row.name,
        role: MemberRole[row.role],
      }),
    );
  }

  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the last verification was rejected (members and officers only).',
  })
  verificationNote(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return ctx.loaders.membership.verificationNoteByOrganizationId.load(organization.uuid);
  }
}
