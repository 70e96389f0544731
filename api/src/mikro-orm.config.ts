import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntityClass } from '@mikro-orm/core';
import { modules } from './modules/index.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  databaseUrl: string;
  poolMax: number;
  /** Read replicas (each with a pool like the primary's); reads go to them only where sql.ts routes them. */
  replicaUrls?: readonly string[];
  debug?: boolean;
  /** The entities (default: every module's). */
  entities?: readonly EntityClass<object>[];
}

/** Every module's entities: the tables the platform owns (Better Auth's own tables aside). */
export const platformEntities = modules.flatMap((m) => m.entities ?? []);

/** Memory per sort or bitmap of a statement, for each pooled connection. */
export const SESSION_WORK_MEM = '32MB';

/** One place that knows how MikroORM is set up, for the server, the CLI and the tests alike. */
export function ormConfig({
  databaseUrl,
  poolMax,
  replicaUrls = [],
  debug = false,
  entities = platformEntities,
}: OrmOptions): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    replicas: replicaUrls.map((clientUrl, index) => ({ name: `replica-${index + 1}`, clientUrl })),
    // the ORM's own reads stay on the primary: a request reads from a replica only when app.ts says so (sql.ts)
    preferReadReplicas: false,
    entities: [...entities],
    // the entity list is explicit (each module's index.ts), so nothing is discovered from the file system or from metadata
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      path: 'src/migrations',
      // database.ts logs what was applied, as JSON
      silent: true,
    },
    pool: {
      min: 0,
      max: poolMax,
      // a broad directory search builds a bitmap of up to a few hundred thousand rows; with the default 4MB it turns
      // lossy and every candidate row is re-checked (measured at 1,000,000 organisations: 19,379 rows read instead of
      // 7,926, 150 ms instead of 20 ms)
      afterCreate(
        connection: { query: (sql: string, done: (error?: Error) => void) => void },
        done: (error: Error | undefined, connection: unknown) => void,
      ) {
        connection.query(`set work_mem = '${SESSION_WORK_MEM}'`, (error) => done(error, connection));
      },
    },
    forceUtcTimezone: true,
    // an identity map shared between requests would leak data across users: every request forks its own
    allowGlobalContext: false,
    debug,
  });
}
