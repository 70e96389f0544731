/**
 * `pnpm migration:create`: compares the entities with the database (migrated to the latest committed migration)
 * and writes the difference as a new migration in src/migrations, to be reviewed, listed in migrations/index.ts and
 * committed. `--blank` writes an empty one for hand-written SQL.
 */
import { openDatabase } from '../database/database.js';
import { provisionDatabase } from '../database/provision.js';
import { cliContext } from './cli-context.js';

const { config, logger } = cliContext();
const database = await provisionDatabase(config, logger);
try {
  const orm = await openDatabase({ url: database.url, poolMax: 2, migrate: true, logger });
  try {
    const result = await orm.getMigrator().createMigration(undefined, process.argv.includes('--blank'));
    if (!result.fileName) {
      process.stdout.write('no changes: the entities match the database\n');
    } else {
      process.stdout.write(
        `wrote src/migrations/${result.fileName}\n` +
          'Review it, add it to src/migrations/index.ts, run `pnpm migrate`, and commit both.\n',
      );
    }
  } finally {
    await orm.close(true);
  }
} finally {
  await database.stop();
}
