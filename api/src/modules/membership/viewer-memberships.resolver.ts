import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Viewer } from '../accounts/index.js';
import { directoryLoaders, toOrganization } from '../directory/index.js';
import { Membership, MemberRole } from './membership.type.js';

/** The organisations the viewer belongs to: the membership module's part of the viewer. */
@Resolver(() => Viewer)
export class ViewerMembershipsResolver {
  @FieldResolver(() => [Membership], {
    description: 'The organisations the person belongs to, and their role in each.',
  })
  async memberships(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<Membership[]> {
    const entries = [...viewer.principal.memberships];
    const records = await ctx.loaders.of(directoryLoaders).recordById.loadMany(entries.map(([id]) => id));
    return entries.flatMap(([, role], i) => {
      const record = records[i];
      if (!record || record instanceof Error) return [];
      const organization = toOrganization(record);
      return [
        Object.assign(new Membership(), {
          id: toGlobalId('Membership', `${organization.uuid}:${viewer.principal.userId}`),
          organization,
          role: MemberRole[role],
        }),
      ];
    });
  }
}
