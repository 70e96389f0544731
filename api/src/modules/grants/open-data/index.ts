/** Grants, second part, open data: the awarded grants as a public query and in the 360Giving Data Standard. */
import type { GraphQLContext } from '../../../context.js';
import { AwardedGrantQueryResolver, awardedGrantByKey } from './awarded-grants.graphql.js';

export { grantOpenDataRoutes } from './open-data.routes.js';
export const awardedGrantResolvers = [AwardedGrantQueryResolver] as const;
export const awardedGrantNodes = {
  AwardedGrant: (ctx: GraphQLContext, key: string) => awardedGrantByKey(ctx, key),
};
