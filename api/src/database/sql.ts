import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** Request EntityManagers whose reads may go to a read replica (DATABASE_REPLICA_URLS). */
const replicaReaders = new WeakSet<EntityManager>();

/**
 * Lets `sqlRows` on this EntityManager read from a read replica (a random one; the primary when there is none).
 * Only for work that does not need to see its own request's writes, nor a write made a moment earlier by the same
 * person: app.ts grants it to the public's queries, which are most of the reading.
 */
export function readFromReplica(em: EntityManager): void {
  replicaReaders.add(em);
}

/** The connection this EntityManager reads through: a replica's when `readFromReplica` allowed it, else the primary's. */
export function knexFor(em: EntityManager): Knex {
  return em.getKnex(replicaReaders.has(em) ? 'read' : 'write');
}

/**
 * A parameterised SQL statement through the EntityManager's connection (and its transaction, if any). Used for
 * reads that the ORM would express badly (search, facets, batched loads). `?` placeholders; an array binding
 * travels as one PostgreSQL array, for `= any(?)`.
 */
export async function sqlRows<T>(
  em: EntityManager,
  statement: string,
  bindings: readonly unknown[] = [],
): Promise<T[]> {
  const knex: Knex = em.getTransactionContext<Knex.Transaction>() ?? knexFor(em);
  const result = await knex.raw<{ rows: T[] }>(statement, bindings as Knex.RawBinding[]);
  return result.rows;
}

/**
 * A timestamptz as the driver returns it: MikroORM configures pg to hand timestamps over as text
 * ("2024-05-01 10:00:00.123+00"), so rows read with `sqlRows` carry strings.
 */
export function parseTimestamp(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

/** `sqlRows` on a Knex connection or transaction (for services handed one). */
export async function knexRows<T>(knex: Knex, statement: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const result = await knex.raw<{ rows: T[] }>(statement, bindings as Knex.RawBinding[]);
  return result.rows;
}
