/**
 * An organisation's members, for its members and the officers only. Declared with @Authorized like every protected
 * field; the answer to others is the same FORBIDDEN for every organisation, so it never tells whether there is
 * anything to see.
 */
import { Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { MemberRole } from './membership.type.js';
import { Organization } from '../directory/index.js';
import { membershipLoaders } from './membership.loaders.js';

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

@Resolver(() => Organization)
export class OrganizationMembersResolver {
  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => [OrganizationMember], { description: 'Members and their roles (members and officers only).' })
  async members(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<OrganizationMember[]> {
    const rows = await ctx.loaders.of(membershipLoaders).membersByOrganizationId.load(organization.uuid);
    return rows.map((row) =>
      Object.assign(new OrganizationMember(), {
        id: toGlobalId('OrganizationMember', `${organization.uuid}:${row.userId}`),
        userId: row.userId,
        name: row.name,
        role: MemberRole[row.role],
      }),
    );
  }
}
