import type { EntityManager, Knex } from '@mikro-orm/postgresql';

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
  const knex: Knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
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
