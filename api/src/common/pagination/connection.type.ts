import type { ClassType } from 'type-graphql';
import { Field, ObjectType } from 'type-graphql';
import type { PageRequest } from './pagination.args.js';

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow the last edge of this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether items precede the first edge of this page. When paging forward with `after`, true means the cursor was past the start.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, for `before`.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge, for `after`.' })
  endCursor!: string | null;
}

export interface EdgeShape<TNode> {
  cursor: string;
  node: TNode;
}

export interface ConnectionShape<TEdge> {
  edges: TEdge[];
  pageInfo: PageInfo;
}

/**
 * The generic Relay connection of `TNode`: `edges { cursor node }`, `pageInfo`, `totalCount`. A module extends the
 * returned classes when its edges or connection carry more (search highlights, facets).
 */
export function Connection<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  // concrete subclasses give the names and descriptions: `@ObjectType('OrganizationEdge', ...) class ... extends Edge`
  // never referenced by a resolver, so never emitted (type-graphql 2 emits reachable types only)
  @ObjectType(`${name}EdgeBase`)
  abstract class Edge implements EdgeShape<TNode> {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: TNode;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;
  }

  return { Edge, ConnectionType };
}

/**
 * The PageInfo of a keyset page read with one row more than asked (`more`): the side the page was read towards has
 * more when that extra row came; the other side has more when the request started from a cursor on it.
 */
export function pageInfoOf(edges: readonly EdgeShape<unknown>[], page: PageRequest, more: boolean): PageInfo {
  const forward = page.direction === 'forward';
  return Object.assign(new PageInfo(), {
    hasNextPage: forward ? more : page.before !== undefined,
    hasPreviousPage: forward ? page.after !== undefined : more,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
}
