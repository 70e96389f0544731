import type { EntityClass } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../common/logging/logger.js';
import { ormConfig } from '../mikro-orm.config.js';
import { describe } from './describe.js';
import { assertExtensionsAvailable } from './extensions.js';

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  /** Read replicas of `url` (DATABASE_REPLICA_URLS). */
  replicaUrls?: readonly string[];
  migrate: boolean;
  logger: Logger;
  /** The entities (default: every module's). */
  entities?: readonly EntityClass<object>[];
}

/** Checks the server, applies pending migrations (when asked) and opens the ORM's pool. */
export async function openDatabase({
  url,
  poolMax,
  replicaUrls = [],
  migrate,
  logger,
  entities,
}: DatabaseOptions): Promise<MikroORM> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to PostgreSQL at ${describe(url)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    await assertExtensionsAvailable(client);
  } finally {
    await client.end();
  }
  const orm = await MikroORM.init(ormConfig({ databaseUrl: url, poolMax, replicaUrls, entities }));
  if (migrate) {
    const applied = await orm.getMigrator().up();
    logger.info({ applied: applied.map((m) => m.name) }, `migrations: ${applied.length} applied`);
  }
  return orm;
}

export { describe } from './describe.js';
