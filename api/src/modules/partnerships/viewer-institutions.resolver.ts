import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Viewer } from '../accounts/index.js';
import { MemberRole } from '../membership/index.js';
import { InstitutionEntity, InstitutionMemberEntity } from './partnerships.entities.js';
import { InstitutionMembership, toInstitution } from './partnerships.type.js';

/** The institutions the viewer acts for: the partnerships module's part of the viewer. */
@Resolver(() => Viewer)
export class ViewerInstitutionsResolver {
  @FieldResolver(() => [InstitutionMembership], {
    description: 'The institutions the person acts for, and their role in each (in the order of their slugs).',
  })
  async institutionMemberships(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<InstitutionMembership[]> {
    const userId = viewer.principal.userId;
    const members = await ctx.em.find(InstitutionMemberEntity, { userId });
    if (!members.length) return [];
    const institutions = await ctx.em.find(
      InstitutionEntity,
      { id: { $in: members.map((m) => m.institutionId) } },
      { orderBy: { slug: 'asc' } },
    );
    const roles = new Map(members.map((m) => [m.institutionId, m.role]));
    return institutions.map((row) =>
      Object.assign(new InstitutionMembership(), {
        id: toGlobalId('InstitutionMembership', `${row.id}:${userId}`),
        institution: toInstitution(row),
        role: MemberRole[roles.get(row.id)!],
      }),
    );
  }
}
