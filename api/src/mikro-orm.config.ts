import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  databaseUrl: string;
  poolMax: number;
  debug?: boolean;
}

/** One place that knows how MikroORM is set up, for the server, the CLI and the tests alike. */
export function ormConfig({ databaseUrl, poolMax, debug = false }: OrmOptions): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    // the entity list is explicit (entities.ts), so nothing is discovered from the file system or from metadata
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
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    // an identity map shared between requests would leak data across users: every request forks its own
    allowGlobalContext: false,
    debug,
  });
}
