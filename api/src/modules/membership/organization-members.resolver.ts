/**
 * The parts of an organisation only its members and the officers see: private contacts, members, the note of the
 * last verification decision. Declared with @Authorized like every protected field; the answer to others is the same
 * FORBIDDEN for every organisation, so it never tells whether there is anything to see.
 */
import { Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { MemberRole } from '../accounts/account.type.js';
import { Organization, OrganizationContact } from '../directory/organization.type.js';

@ObjectType({ description: 'A member of an organisation.' })
export class OrganizationMember {
  @Field(() => ID, { description: 'The person (Viewer.uuid).' })
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MemberRole)
  role!: MemberRole;
}

@Resolver(() => Organization)
export class OrganizationMembersResolver {
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
      Object.assign(new OrganizationMember(), { userId: row.user_id, name: row.name, role: MemberRole[row.role] }),
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
