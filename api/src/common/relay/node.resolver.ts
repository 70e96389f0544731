import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import type { NodeFetcher } from '../module/platform-module.js';
import { fromGlobalId } from './global-id.js';
import { Node } from './node.interface.js';

/** `node(id)` over the types the modules declare (`PlatformModule.nodes`), each fetched by its own module. */
export function createNodeResolver(fetchers: Readonly<Record<string, NodeFetcher>>) {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: 'Any object by its global id (null when there is none).' })
    async node(
      @Ctx() ctx: GraphQLContext,
      @Arg('id', () => ID, { description: 'A global id.' }) id: string,
    ): Promise<Node | null> {
      const global = fromGlobalId(id);
      const fetch = global && Object.hasOwn(fetchers, global.type) ? fetchers[global.type] : undefined;
      return fetch && global ? await fetch(ctx, global.key) : null;
    }
  }
  return NodeResolver;
}
