import type { MikroORM } from '@mikro-orm/postgresql';

export interface PoolUsage {
  used: number;
  free: number;
  /** Requests waiting for a connection. */
  waiting: number;
  max: number;
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** How the primary's pool is used now (knex's tarn pool); undefined before the pool exists. */
export function poolUsage(orm: MikroORM): PoolUsage | undefined {
  const pool = (orm.em.getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return undefined;
  return { used: pool.numUsed(), free: pool.numFree(), waiting: pool.numPendingAcquires(), max: pool.max };
}
