/**
 * `pnpm migrate`: applies pending migrations (the API also does it at start unless MIGRATE_ON_START=false).
 * `pnpm migrate --down` reverts the last one; `--status` lists applied and pending ones.
 */
import { runEntryPoint } from './entry-point.js';

runEntryPoint({
  name: 'pnpm migrate',
  kind: 'command',
  async main({ openDatabase }) {
    const { orm } = await openDatabase({ poolMax: 2, migrate: false });
    const migrator = orm.getMigrator();
    if (process.argv.includes('--down')) {
      const reverted = await migrator.down();
      process.stdout.write(`reverted: ${reverted.map((m) => m.name).join(', ') || 'nothing'}\n`);
    } else if (process.argv.includes('--status')) {
      const applied = await migrator.getExecutedMigrations();
      const pending = await migrator.getPendingMigrations();
      for (const m of applied) process.stdout.write(`applied  ${m.name}  ${m.executed_at.toISOString()}\n`);
      for (const m of pending) process.stdout.write(`pending  ${m.name}\n`);
    } else {
      const applied = await migrator.up();
      process.stdout.write(`applied: ${applied.map((m) => m.name).join(', ') || 'nothing (up to date)'}\n`);
    }
  },
});
