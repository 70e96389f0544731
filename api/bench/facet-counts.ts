/**
 * `tsx bench/facet-counts.ts <database url> <rows> [rounds] [filters to skip]`: fills the database up to `rows` generated organisations
 * (batches of 2,000 through insertOrganizations), then times the total and facets of listings without search both
 * ways in the same run, interleaved: from organization_facet_count and from every matching search row. Prints
 * p50/p95 per filter and the ratio, and checks the answers are identical.
 */
import { createLogger } from '../src/common/logging/logger.js';
import { openDatabase } from '../src/database/database.js';
import { insertOrganizations } from '../src/modules/directory/organization.bulk.js';
import {
  OrganizationSearchRepository,
  planSearch,
  type DirectoryFilter,
  type DirectoryStats,
} from '../src/modules/directory/organization.search.js';
import { generateOrganization } from '../src/modules/directory/seed/organization-generator.js';
import { percentile } from './support.js';

const [url, rowsArg, roundsArg, skipArg] = process.argv.slice(2);
const size = Number(rowsArg ?? 20_000);
const rounds = Number(roundsArg ?? 20);
const orm = await openDatabase({ url: url!, poolMax: 3, migrate: true, logger: createLogger('warn') });
const knex = orm.em.getKnex();
const [{ n }] = (await knex('organization').count({ n: '*' })) as [{ n: string }];
if (Number(n) < size) {
  for (let from = Number(n); from < size; from += 2000) {
    const batch = Array.from({ length: Math.min(2000, size - from) }, (_, i) => generateOrganization(2, from + i));
    await knex.transaction((trx) => insertOrganizations(trx, batch));
  }
  await knex.raw('vacuum analyze organization, organization_search, organization_facet_count');
}
const FILTERS: [string, DirectoryFilter][] = [
  ['no filter', {}],
  ['governorate', { governorates: ['JO-IR'] }],
  ['sector', { sectors: ['EDUCATION'] }],
  ['governorate + target group', { governorates: ['JO-IR'], targetGroups: ['WOMEN'] }],
  ['governorates + verification', { governorates: ['JO-AM', 'JO-AZ'], verificationStates: ['VERIFIED'] }],
  ['legal form + sector', { legalForms: ['CHARITY'], sectors: ['DISABILITY_INCLUSION'] }],
];
const plain = (s: DirectoryStats): string =>
  JSON.stringify([s.count, Object.entries(s.facets).map(([f, m]) => [f, [...m.entries()].sort()])]);
const repository = new OrganizationSearchRepository(orm.em.fork());
const plan = planSearch(null);
const [{ combos }] = (
  await knex.raw<{ rows: { combos: number }[] }>('select count(*)::int as combos from organization_facet_count')
).rows as [{ combos: number }];
console.log(
  `${size} organisations, ${combos} rows in organization_facet_count, ${rounds} rounds, load ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('| filters | counts p50 | counts p95 | scan p50 | scan p95 | p95 ratio scan/counts | identical |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const [name, filter] of FILTERS.slice(Number(skipArg ?? 0))) {
  const counted: number[] = [];
  const scanned: number[] = [];
  let identical = true;
  for (let i = 0; i < rounds; i += 1) {
    let t = performance.now();
    const a = await repository.stats(filter, plan);
    counted.push(performance.now() - t);
    t = performance.now();
    const b = await repository.stats(filter, plan, { useCounts: false });
    scanned.push(performance.now() - t);
    if (plain(a) !== plain(b)) identical = false;
  }
  counted.sort((x, y) => x - y);
  scanned.sort((x, y) => x - y);
  const f = (v: number): string => v.toFixed(1);
  console.log(
    `| ${name} | ${f(percentile(counted, 50))} | ${f(percentile(counted, 95))} | ${f(percentile(scanned, 50))} | ${f(percentile(scanned, 95))} | ${(percentile(scanned, 95) / percentile(counted, 95)).toFixed(1)}x | ${identical ? 'yes' : 'NO'} |`,
  );
}
await orm.close(true);
