/**
 * `pnpm bench directory [--sizes 6000,1000000] [--only search|filtered]`: the directory's search and filtered listing through the API over
 * real HTTP, side by side with the same result read by one hand-written SQL statement through `pg` (the floor), on
 * the same database in the same run. Latency p50/p95 (one client), requests per second (4 clients), and the ratios
 * API/floor, written to bench/results/directory.{md,json} with the query plans at each size.
 *
 * Databases `shabaka_bench_<size>` are created on the server DATABASE_URL names (else the embedded one) and filled
 * with generated organisations the first time (1,000,000 takes about 15 minutes); later runs reuse them.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../src/common/logging/logger.js';
import { loadConfig, repositoryRoot } from '../src/config.js';
import { provisionDatabase } from '../src/database/provision.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OrganizationSearchRepository, planSearch, tsquery } from '../src/modules/directory/organization.search.js';
import { ensureDatabase, percentile, startBenchApi } from './support.js';

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '6000,1000000').split(',').map(Number);
// --only search | filtered: one workload (while working on it; the committed report has both)
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
const SEQUENTIAL = 60;
const CONCURRENT_SECONDS = 6;
const CLIENTS = 4;

const SEARCHES = [
  'جمعية الامل',
  'الزيتون',
  'تمكين المرأه',
  'Al-Nour Society',
  'youth',
  'charit',
  'Solidrity',
  'ذوي الاعاقه اربد',
];
const FILTERS: Record<string, string[]>[] = [
  { governorates: ['JO-IR'], targetGroups: ['WOMEN'] },
  { governorates: ['JO-AM', 'JO-AZ'], verificationStates: ['VERIFIED'] },
  { legalForms: ['CHARITY'], sectors: ['DISABILITY_INCLUSION'] },
  { governorates: ['JO-MN'] },
];

const API_QUERY = /* GraphQL */ `
  query Bench($search: String, $filter: OrganizationFilter) {
    organizations(first: 20, search: $search, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          name {
            ar
            en
          }
          governorate {
            code
          }
        }
        highlight {
          nameAr {
            text
            match
          }
        }
      }
      facets {
        governorates {
          value {
            code
          }
          count
        }
        targetGroups {
          value {
            code
          }
          count
        }
        sectors {
          value {
            code
          }
          count
        }
        legalForms {
          value {
            code
          }
          count
        }
        verificationStates {
          value
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/**
 * The floor: the same page, total and facets in one statement written by hand, with the full-text query the API ends
 * with (so a misspelt search compares its typo-tolerant result), counting every match exactly.
 */
const FLOOR_SQL = `
with matched as materialized (
  select o.id, o.search_vector, o.sort_name_ar, o.governorate_code, o.legal_form_code, o.verification_state,
         o.target_groups, o.sectors
  from organization_search o
  where ($1::text is null or o.search_vector @@ to_tsquery('simple', $1))
    and ($2::text[] is null or o.governorate_code = any($2))
    and ($3::text[] is null or o.target_groups && $3)
    and ($4::text[] is null or o.verification_state = any($4))
    and ($5::text[] is null or o.legal_form_code = any($5))
    and ($6::text[] is null or o.sectors && $6)
),
page as (
  select r.id, r.slug, r.name_ar, r.name_en, r.governorate_code
  from (
    select m.id from matched m
    order by case when $1::text is null then m.sort_name_ar end, ts_rank(m.search_vector, to_tsquery('simple', coalesce($1, ''))) desc, m.id
    limit 20
  ) p join organization r on r.id = p.id
)
select
  (select json_agg(page) from page) as edges,
  (select count(*) from matched) as total,
  (select json_agg(json_build_object('v', governorate_code, 'n', n)) from (select governorate_code, count(*) n from matched group by 1) g) as governorates,
  (select json_agg(json_build_object('v', code, 'n', n)) from (select code, count(*) n from matched m, unnest(m.target_groups) code group by 1) t) as target_groups,
  (select json_agg(json_build_object('v', code, 'n', n)) from (select code, count(*) n from matched m, unnest(m.sectors) code group by 1) s) as sectors,
  (select json_agg(json_build_object('v', legal_form_code, 'n', n)) from (select legal_form_code, count(*) n from matched group by 1) l) as legal_forms,
  (select json_agg(json_build_object('v', verification_state, 'n', n)) from (select verification_state, count(*) n from matched group by 1) v) as states
`;

interface Workload {
  name: string;
  variables: { search?: string; filter?: Record<string, string[]> };
}

/**
 * The floor's parameters: the full-text query the API ends with for this search (its first mode that finds
 * something, with its terms resolved), worked out before the timing starts.
 */
async function floorParams(orm: MikroORM, w: Workload): Promise<unknown[]> {
  const { plan: final } = await new OrganizationSearchRepository(orm.em.fork()).search({
    filter: w.variables.filter,
    search: w.variables.search,
    page: { size: 1, direction: 'forward' },
    withStats: false,
  });
  const f = w.variables.filter ?? {};
  return [
    final.mode !== 'none' ? tsquery(final) : null,
    f.governorates ?? null,
    f.targetGroups ?? null,
    f.verificationStates ?? null,
    f.legalForms ?? null,
    f.sectors ?? null,
  ];
}

interface Measure {
  p50: number;
  p95: number;
  rps: number;
}

async function measure(run: (i: number) => Promise<void>): Promise<Measure> {
  for (let i = 0; i < 10; i++) await run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  let done = 0;
  const deadline = performance.now() + CONCURRENT_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      let i = c;
      while (performance.now() < deadline) {
        await run(i);
        i += CLIENTS;
        done += 1;
      }
    }),
  );
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: done / ((performance.now() - started) / 1000) };
}

async function explain(client: pg.Client, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers off, costs off) ${sql}`,
    params,
  );
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

const config = loadConfig();
const logger = createLogger('warn');
const server = await provisionDatabase(config, logger);
const report: Record<string, unknown>[] = [];
let markdown = `# Directory benchmark\n\nMeasured ${new Date().toISOString()} on ${(await import('node:os')).cpus().length} cores. Each figure is one run:
${SEQUENTIAL} sequential requests for p50/p95 (ms), then ${CLIENTS} concurrent clients for ${CONCURRENT_SECONDS} s for requests/s.
"API" is \`organizations(first: 20, search, filter)\` with totalCount, the five facets and highlights over HTTP; "floor" is one
hand-written SQL statement through \`pg\` returning the same page, total and facets. Ratio = API / floor (latency) and floor / API (throughput).\n`;
try {
  for (const size of sizes) {
    const url = await ensureDatabase(server.url, size);
    const running = await startBenchApi(url, logger, {
      // the bench measures the directory, not the rate limit (its counter statement still runs)
      RATE_LIMIT_ANONYMOUS_POINTS: '10000000',
      // nor the execution timeout: at 1,000,000 rows a filtered listing under 4 clients can take longer than 5 s
      EXECUTION_TIMEOUT_MS: '600000',
    });
    const { base, orm } = running;
    const floor = new pg.Client(url);
    await floor.connect();
    const floorPool = new pg.Pool({ connectionString: url, max: CLIENTS });
    const n = (await floor.query<{ n: number }>('select count(*)::int as n from organization')).rows[0]!.n;
    markdown += `\n## ${n.toLocaleString('en')} organisations\n\n| workload | API p50 | API p95 | floor p50 | floor p95 | p95 ratio | API req/s | floor req/s | throughput ratio |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n`;
    const workloads: Workload[] = [
      { name: 'search page of 20 with facets', variables: {} },
      { name: 'filtered listing of 20 with facets', variables: {} },
    ].filter((w) => !only || w.name.startsWith(only));
    for (const workload of workloads) {
      const variants: Workload[] = workload.name.startsWith('search')
        ? SEARCHES.map((search) => ({ name: workload.name, variables: { search } }))
        : FILTERS.map((filter) => ({ name: workload.name, variables: { filter } }));
      const api = await measure(async (i) => {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: API_QUERY, variables: variants[i % variants.length]!.variables }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      });
      const params = await Promise.all(variants.map((v) => floorParams(orm, v)));
      const floorMeasure = await measure(async (i) => {
        await floorPool.query(FLOOR_SQL, params[i % variants.length]);
      });
      const row = {
        size: n,
        workload: workload.name,
        api,
        floor: floorMeasure,
        p95Ratio: api.p95 / floorMeasure.p95,
        throughputRatio: floorMeasure.rps / api.rps,
      };
      report.push(row);
      const f = (x: number): string => x.toFixed(1);
      markdown += `| ${workload.name} | ${f(api.p50)} | ${f(api.p95)} | ${f(floorMeasure.p50)} | ${f(floorMeasure.p95)} | ${row.p95Ratio.toFixed(2)}x | ${api.rps.toFixed(0)} | ${floorMeasure.rps.toFixed(0)} | ${row.throughputRatio.toFixed(2)}x |\n`;
      process.stdout.write(
        `${n} ${workload.name}: API p95 ${f(api.p95)} ms, floor p95 ${f(floorMeasure.p95)} ms, ratio ${row.p95Ratio.toFixed(2)}x\n`,
      );
    }
    const plan = await new OrganizationSearchRepository(orm.em.fork()).resolveTerms(planSearch('جمعية الامل'));
    const typo = await new OrganizationSearchRepository(orm.em.fork()).resolveTerms({
      ...planSearch('تمكين المرأه'),
      mode: 'fuzzy',
    });
    markdown += `\n### Plans at ${n.toLocaleString('en')} rows\n\nFull-text search (the API's first stage):\n\n\`\`\`\n${await explain(
      floor,
      `select id from organization_search o where o.search_vector @@ to_tsquery('simple', $1) limit 20`,
      [tsquery(plan)],
    )}\n\`\`\`\n\nTypo fallback (the same with close words as alternatives, \`${tsquery(typo)}\`):\n\n\`\`\`\n${await explain(
      floor,
      `select id from organization_search o where o.search_vector @@ to_tsquery('simple', $1) limit 20`,
      [tsquery(typo)],
    )}\n\`\`\`\n\nListing by Arabic name:\n\n\`\`\`\n${await explain(
      floor,
      `select id from organization_search o where o.governorate_code = any($1) order by o.sort_name_ar, o.id limit 21`,
      [['JO-IR']],
    )}\n\`\`\`\n`;
    await floorPool.end();
    await floor.end();
    await running.stop();
  }
} finally {
  await server.stop();
}
const out = path.join(repositoryRoot, 'bench', 'results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'directory.md'), markdown);
fs.writeFileSync(path.join(out, 'directory.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`wrote bench/results/directory.md and directory.json\n`);
