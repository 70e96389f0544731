/**
 * What the holder of an invitation link sees before accepting it: the organisation, the role, who invited them and
 * until when the link is valid. The token is the credential (as for accepting): without it there is nothing to read.
 */
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Organization, directoryLoaders, toOrganization } from '../directory/index.js';
import { MemberRole } from './membership.type.js';
import { MembershipService } from './membership.service.js';

@ObjectType({ description: 'An invitation to join an organisation, as the holder of its link sees it.' })
export class OrganizationInvitation {
  @Field(() => ID, { description: 'Global, opaque id of the invitation.' })
  id!: string;

  @Field(() => Organization, { description: 'The organisation the invitation is to.' })
  organization!: Organization;

  @Field(() => MemberRole, { description: 'The role the person will have once they accept.' })
  role!: MemberRole;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the owner who sent it (null when their account no longer exists).',
  })
  inviterName!: string | null;

  @Field(() => GraphQLDateTime, { description: 'Until when the link can be accepted (UTC).' })
  expiresAt!: Date;
}

@Resolver()
export class OrganizationInvitationResolver {
  @Query(() => OrganizationInvitation, {
    nullable: true,
    description:
      'The invitation of an emailed link, for its holder: null when the token is wrong, expired or already used (accept it with organizationInvitationAccept).',
  })
  async organizationInvitation(
    @Arg('token', () => String, { description: 'The token of the emailed invitation link.' }) token: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationInvitation | null> {
    if (token.length > 200) return null;
    const found = await new MembershipService(ctx.em).invitationByToken(token);
    if (!found) return null;
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(found.organizationId);
    if (!record) return null;
    return Object.assign(new OrganizationInvitation(), {
      id: toGlobalId('OrganizationInvitation', found.id),
      organization: toOrganization(record),
      role: MemberRole[found.role],
      inviterName: found.inviterName,
      expiresAt: found.expiresAt,
    });
  }
}
