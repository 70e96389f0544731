/**
 * Keyset pagination of an entity for every Relay connection: MikroORM's `findByCursor` reads the page (with one row
 * more, to know whether another page follows) and the total, and this wraps its cursors in the API's own, which name
 * the ordering they belong to, so that a cursor of another list or ordering is refused instead of giving a wrong page.
 *
 * ```ts
 * const page = await paginate(em, AuditEventEntity, { subjectId }, {
 *   page: pageRequest(args), orderBy: { id: 'desc' }, kind: 'audit', toNode: toAuditEvent,
 * });
 * ```
 */
import { Cursor, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors/api-errors.js';
import { PageInfo, type EdgeShape } from './connection.type.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { PageRequest } from './pagination.args.js';

export interface ConnectionPage<TNode> {
  edges: EdgeShape<TNode>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PaginateOptions<TEntity extends object, TNode> {
  page: PageRequest;
  /** A total order: end with the primary key. */
  orderBy: QueryOrderMap<TEntity>;
  /** Names the list and its ordering in the cursors. */
  kind: string;
  toNode: (entity: TEntity) => TNode | Promise<TNode>;
  /** Relations to load with the page. */
  populate?: readonly string[];
}

function cursorValues(argument: string, cursor: string, kind: string, length: number): string {
  const { v } = decodeCursor(argument, cursor, kind) as { v?: unknown };
  const scalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);
  if (!Array.isArray(v) || v.length !== length || !v.every(scalar)) {
    throw new BadUserInputError(argument, 'is not a cursor returned by this API');
  }
  return Cursor.encode(v);
}

/**
 * Refuses an ordering by a time kept to the microsecond: the cursor carries a time as a JavaScript date
 * (milliseconds), so such a row would sort after its own cursor and come again on the next page. A time that orders
 * pages is declared `@Property({ type: 'datetime', length: 3 })` (a `timestamptz(3)` column).
 */
function assertMillisecondTimes(em: EntityManager, entity: EntityName<object>, keys: readonly string[]): void {
  const meta = em.getMetadata().get(entity);
  for (const key of keys) {
    const property = meta.properties[key as never] as { runtimeType?: string; length?: number } | undefined;
    if (property?.runtimeType === 'Date' && property.length !== 3) {
      throw new Error(
        `${meta.className}.${key} orders pages but keeps microseconds: declare it with length 3 (timestamptz(3))`,
      );
    }
  }
}

export async function paginate<TEntity extends object, TNode>(
  em: EntityManager,
  entity: EntityName<TEntity>,
  where: FilterQuery<TEntity>,
  options: PaginateOptions<TEntity, TNode>,
): Promise<ConnectionPage<TNode>> {
  const { page, orderBy, kind } = options;
  assertMillisecondTimes(em, entity as EntityName<object>, Object.keys(orderBy));
  const keys = Object.keys(orderBy).length;
  const forward = page.direction === 'forward';
  const cursor = await em.findByCursor(entity, where, {
    ...(forward ? { first: page.size } : { last: page.size }),
    after: page.after === undefined ? undefined : cursorValues('after', page.after, kind, keys),
    before: page.before === undefined ? undefined : cursorValues('before', page.before, kind, keys),
    orderBy,
    populate: options.populate as never,
  });
  const edges: EdgeShape<TNode>[] = [];
  for (const item of cursor.items) {
    const values = JSON.parse(Buffer.from(cursor.from(item), 'base64url').toString('utf8')) as unknown[];
    edges.push({ cursor: encodeCursor(kind, { v: values }), node: await options.toNode(item) });
  }
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: cursor.hasPrevPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return { edges, pageInfo, totalCount: cursor.totalCount };
}
