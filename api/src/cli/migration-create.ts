/**
 * `pnpm migration:create`: compares the entities with the database (migrated to the latest committed migration)
 * and writes the difference as a new migration in src/migrations, to be reviewed, listed in migrations/index.ts and
 * committed. `--blank` writes an empty one for hand-written SQL.
 */
import { runEntryPoint } from './entry-point.js';

runEntryPoint({
  name: 'pnpm migration:create',
  kind: 'command',
  async main({ openDatabase }) {
    const { orm } = await openDatabase({ poolMax: 2, migrate: true });
    const result = await orm.getMigrator().createMigration(undefined, process.argv.includes('--blank'));
    if (!result.fileName) {
      process.stdout.write('no changes: the entities match the database\n');
    } else {
      process.stdout.write(
        `wrote src/migrations/${result.fileName}\n` +
          'Review it, add it to src/migrations/index.ts, run `pnpm migrate`, and commit both.\n',
      );
    }
  },
});
