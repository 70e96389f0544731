import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { organizationByUuid } from '../directory/organization.resolver.js';
import { organizationClaimByKey } from '../membership/organization-claims.resolver.js';
import { auditEventByKey } from '../verification/audit.resolver.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';

/** Fetchers of each type with a global id; a module adds its type here. */
const fetchers: Record<string, (ctx: GraphQLContext, key: string) => Promise<Node | null>> = {
  Organization: (ctx, key) => (isUuid(key) ? organizationByUuid(ctx, key) : Promise.resolve(null)),
  OrganizationClaim: organizationClaimByKey,
  AuditEvent: auditEventByKey,
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (null when there is none).' })
  async node(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'A global id.' }) id: string,
  ): Promise<Node | null> {
    const global = fromGlobalId(id);
    const fetch = global ? fetchers[global.type] : undefined;
    return fetch && global ? await fetch(ctx, global.key) : null;
  }
}
