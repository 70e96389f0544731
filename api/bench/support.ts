/** What the benchmarks share: percentiles, and the generated databases they run on. */
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Logger } from '../src/common/logging/logger.js';
import { createLogger } from '../src/common/logging/logger.js';
import { progressBar } from '../src/common/progress.js';
import { openDatabase } from '../src/database/database.js';
import { insertOrganizations } from '../src/modules/directory/organization.bulk.js';
import { generateOrganization } from '../src/modules/directory/seed/organization-generator.js';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Database `shabaka_bench_<size>` on the server `adminUrl` names, migrated and filled with `size` generated
 * organisations the first time (1,000,000 takes about 15 minutes); later runs reuse it. Returns its URL.
 */
export async function ensureDatabase(adminUrl: string, size: number): Promise<string> {
  const name = `shabaka_bench_${size >= 1_000_000 ? `${size / 1_000_000}m` : size >= 1000 ? `${size / 1000}k` : size}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const orm = await openDatabase({ url: url.toString(), poolMax: 3, migrate: true, logger: createLogger('warn') });
  const knex = orm.em.getKnex();
  const [{ n }] = (await knex('organization').count({ n: '*' })) as [{ n: string }];
  const missing = size - Number(n);
  if (missing > 0) {
    const bar = progressBar(missing, `filling ${name}`);
    let next = Number(n);
    let done = 0;
    const worker = async (): Promise<void> => {
      while (next < size) {
        const from = next;
        const count = Math.min(2000, size - from);
        next += count;
        const batch = Array.from({ length: count }, (_, i) => generateOrganization(2, from + i));
        await knex.transaction((trx) => insertOrganizations(trx, batch));
        done += count;
        bar.tick(done);
      }
    };
    await Promise.all([worker(), worker()]);
    bar.finish();
    await knex.raw('vacuum analyze organization');
  }
  await orm.close(true);
  return url.toString();
}

export interface BenchApi {
  base: string;
  orm: MikroORM;
  stop(): Promise<void>;
}

/** The API as production runs it, on `url`, listening on a free port; `env` adds to its configuration. */
export async function startBenchApi(url: string, logger: Logger, env: Record<string, string>): Promise<BenchApi> {
  const orm = await openDatabase({ url, poolMax: 10, migrate: false, logger });
  const app = await createApp({
    config: loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      AUTH_SECRET: 'bench-only-secret-of-at-least-32-characters',
      ...env,
    }),
    orm,
    logger,
  });
  const base = await app.listen(0, '127.0.0.1');
  return {
    base,
    orm,
    async stop() {
      await app.stop();
      await orm.close(true);
    },
  };
}
