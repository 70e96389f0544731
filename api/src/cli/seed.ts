/**
 * `pnpm seed --organizations N [--seed S]`: adds N generated fictional organisations (N up to 1,000,000) with their
 * identifiers, sectors, target groups, contacts and assessments, in batches of multi-row INSERTs, with a progress
 * bar and rows/s. A set is identified by its seed (default 2; the demo set is seed 1): rerunning the same seed adds
 * nothing twice (it continues after the rows already there).
 * `pnpm seed --demo`: the 300 demo organisations, when the directory is empty.
 */
import { progressBar } from '../common/progress.js';
import { generateOrganization, insertOrganizations } from '../modules/directory/index.js';
import { seedDemo } from '../modules/seed-demo.js';
import { runEntryPoint } from './entry-point.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function integerOption(name: string, min: number, max: number, fallback?: number): number | undefined {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw.replace(/_/g, '')) ? Number(raw.replace(/_/g, '')) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    process.stderr.write(`--${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(raw)})\n`);
    process.exit(2);
  }
  return value;
}

const demo = process.argv.includes('--demo');
const count = integerOption('organizations', 1, 1_000_000);
const seed = integerOption('seed', 2, 99, 2)!;
if (!demo && count === undefined) {
  process.stderr.write('usage: pnpm seed --organizations N [--seed S]   or   pnpm seed --demo\n');
  process.exit(2);
}

runEntryPoint({
  name: 'pnpm seed',
  kind: 'command',
  async main({ openDatabase, logger }) {
    const { orm } = await openDatabase({ poolMax: 3, migrate: true });
    if (demo) {
      const added = await seedDemo(orm.em.fork(), logger);
      process.stdout.write(
        added.length > 0 ? `added ${added.join(', ')}\n` : 'the platform is not empty: no demo data added\n',
      );
    } else {
      const knex = orm.em.getKnex();
      // continue a set: its slugs end with -<seed>-<index>
      const [{ n }] = (await knex('organization')
        .whereRaw('slug ~ ?', [`-${seed}-[0-9]+$`])
        .count({ n: '*' })) as [{ n: string }];
      const start = Number(n);
      const total = count!;
      const bar = progressBar(total, `seed ${seed}`);
      const batch = 2_000;
      // the cost is PostgreSQL computing the search columns of each row: two writers keep both cores busy
      const workers = 2;
      let next = 0;
      let done = 0;
      const worker = async (): Promise<void> => {
        while (next < total) {
          const from = next;
          const size = Math.min(batch, total - from);
          next += size;
          const organizations = Array.from({ length: size }, (_, i) => generateOrganization(seed, start + from + i));
          await knex.transaction((trx) => insertOrganizations(trx, organizations));
          done += size;
          bar.tick(done);
        }
      };
      await Promise.all(Array.from({ length: workers }, worker));
      const summary = bar.finish();
      await knex.raw('analyze organization, organization_identifier, organization_sector, organization_target_group');
      process.stdout.write(`${summary}\n`);
    }
  },
});
