/**
 * `tsx bench/search-table-size.ts <database url> <rows>`: fills an empty database with `rows` generated organisations
 * the way `pnpm bench` does (batches of 2,000 through insertOrganizations), then prints the search table's bytes per
 * row (heap before VACUUM, the average row, each column) and how many times its rows were written.
 */
import { createLogger } from '../src/common/logging/logger.js';
import { openDatabase } from '../src/database/database.js';
import { insertOrganizations } from '../src/modules/directory/organization.bulk.js';
import { generateOrganization } from '../src/modules/directory/seed/organization-generator.js';

const [url, rowsArg] = process.argv.slice(2);
const size = Number(rowsArg ?? 20_000);
const orm = await openDatabase({ url: url!, poolMax: 3, migrate: true, logger: createLogger('warn') });
const knex = orm.em.getKnex();
const started = Date.now();
for (let from = 0; from < size; from += 2000) {
  const batch = Array.from({ length: Math.min(2000, size - from) }, (_, i) => generateOrganization(2, from + i));
  await knex.transaction((trx) => insertOrganizations(trx, batch));
}
const fillSeconds = (Date.now() - started) / 1000;
const one = async (sql: string): Promise<Record<string, unknown>> =>
  (await knex.raw<{ rows: Record<string, unknown>[] }>(sql)).rows[0]!;
// statistics reach pg_stat_user_tables asynchronously
await knex.raw('select pg_stat_force_next_flush()').catch(() => undefined);
await new Promise((r) => setTimeout(r, 1500));
const writes = await one(
  `select n_tup_ins as inserted, n_tup_upd as updated, n_tup_hot_upd as hot_updated, n_dead_tup as dead
   from pg_stat_user_tables where relname = 'organization_search'`,
);
const before = await one(
  `select pg_relation_size('organization_search') / count(*) as heap_per_row,
          pg_total_relation_size('organization_search') / count(*) as total_per_row
   from organization_search`,
);
const columns = (
  await knex.raw<{ rows: { name: string }[] }>(
    `select a.attname as name from pg_attribute a
     where a.attrelid = 'organization_search'::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`,
  )
).rows.map((r) => r.name);
const widths = await one(
  `select avg(pg_column_size(s.*))::int as row, ${columns
    .map((c) => `avg(coalesce(pg_column_size(s.${c}), 0))::numeric(8,1) as "${c}"`)
    .join(', ')} from organization_search s`,
);
await knex.raw('vacuum full organization_search');
await knex.raw('vacuum full organization');
const after = await one(
  `select pg_relation_size('organization_search') / count(*) as heap_per_row,
          pg_total_relation_size('organization_search') / count(*) as total_per_row,
          pg_relation_size('organization') / count(*) as organization_heap_per_row
   from organization_search`,
);
console.log(
  JSON.stringify({ size, fillSeconds, writes, beforeVacuum: before, afterVacuumFull: after, widths }, null, 2),
);
await orm.close(true);
