/**
 * `pnpm bench services [--sizes 6000]`: the public services search with facets (`services(search, filter, first: 20)`
 * with totalCount and every facet) through the API over real HTTP, at `size` organisations with five services each
 * (6,000 organisations: 30,000 services), as ratios against a one-statement SQL floor measured in the same run (the
 * same search's first page as one `select ... limit 20` sent straight to PostgreSQL). Results in
 * bench/results/services.md.
 *
 * Databases `shabaka_bench_<size>` (the directory benchmark's, reused) get services the first time: five per
 * organisation with one location each (in its governorate) and weekday hours, bulk-inserted by `insert ... select`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../src/common/logging/logger.js';
import { loadConfig, repositoryRoot } from '../src/config.js';
import { provisionDatabase } from '../src/database/provision.js';
import { serviceTsquery } from '../src/modules/services/services.search.js';
import { ensureDatabase, percentile, startBenchApi } from './support.js';

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '6000').split(',').map(Number);
const SEQUENTIAL = 60;
const PER_ORGANIZATION = 5;

const QUERY = `query($search: String, $filter: ServiceFilter) {
  services(search: $search, filter: $filter, first: 20) {
    totalCount
    edges { node { id name { ar en } category { code } governorates { code } places { available } } }
    facets {
      categories { value { code } count } targetGroups { value { code } count } governorates { value { code } count }
      delivery { value count } accessibility { value count } languages { value count } fees { value count }
    }
  }
}`;

const WORKLOADS: { name: string; search: string | null; filter: Record<string, unknown> | null }[] = [
  { name: 'no search, no filter', search: null, filter: null },
  { name: 'search "تاهيل" (a spelling variant)', search: 'تاهيل', filter: null },
  {
    name: 'search "تاهيل منزلي", Ajloun, Jordanian Sign Language',
    search: 'تاهيل منزلي',
    filter: { governorates: ['JO-AJ'], languages: ['JORDANIAN_SIGN_LANGUAGE'] },
  },
  { name: 'open now, home-based', search: null, filter: { openNow: true, delivery: ['HOME_BASED'] } },
  { name: 'within 25 km of Irbid', search: null, filter: { near: { latitude: 32.55, longitude: 35.85 } } },
];

const NAMES: [string, string][] = [
  ['التأهيل المنزلي', 'Home-based rehabilitation'],
  ['مركز الرعاية النهارية', 'Day care centre'],
  ['الدعم النفسي والاجتماعي', 'Psychosocial support'],
  ['المساعدات النقدية', 'Cash assistance'],
  ['التعليم الدامج', 'Inclusive education'],
  ['التشغيل المدعوم', 'Supported employment'],
  ['المساعدة القانونية', 'Legal aid'],
  ['الرعاية المنزلية لكبار السن', 'Home care for older people'],
];

const config = loadConfig();
const logger = createLogger('warn');
const server = await provisionDatabase(config, logger);
const lines: string[] = [
  '# Services benchmark: search with facets',
  '',
  `Measured ${new Date().toISOString()} on ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the start: the machine is shared with other helpers' builds and tests, so these are upper bounds.`,
  `Each figure: ${SEQUENTIAL} sequential anonymous requests of \`services(search, filter, first: 20)\` with totalCount and the seven facets, over HTTP. The floor is the same search's first page as one SQL statement sent straight to PostgreSQL, measured in the same run; the ratio is the API's p95 over the floor's p95.`,
  '',
];

const sq = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

for (const size of sizes) {
  const url = await ensureDatabase(server.url, size);
  const client = new pg.Client(url);
  await client.connect();
  const { rows: counted } = await client.query<{ n: string }>('select count(*) as n from service');
  if (Number(counted[0]!.n) === 0) {
    const t0 = performance.now();
    await client.query('begin');
    await client.query(`
      insert into service (id, organization_id, name_ar, name_en, description_ar, description_en, category_code,
                           target_groups, fee, languages, delivery, places_available, waiting_list_length,
                           places_updated_at, governorate_codes, accessibility)
      select gen_random_uuid(), o.id,
             (${sq(NAMES.map((n) => n[0]))})[1 + (k + abs(hashtext(o.id::text))) % ${NAMES.length}] || ' ' || k,
             (${sq(NAMES.map((n) => n[1]))})[1 + (k + abs(hashtext(o.id::text))) % ${NAMES.length}] || ' ' || k,
             'خدمة مجتمعية للأسر والأشخاص ذوي الإعاقة', 'A community service for families and persons with disabilities',
             (select array_agg(code order by position) from service_category)[1 + (k * 7 + abs(hashtext(o.slug))) % 15],
             array['PERSONS_WITH_DISABILITIES'],
             (array['FREE','SUBSIDISED','PAID'])[1 + k % 3],
             case when k % 4 = 0 then array['ARABIC','JORDANIAN_SIGN_LANGUAGE'] else array['ARABIC'] end,
             case k % 3 when 0 then array['AT_LOCATION'] when 1 then array['HOME_BASED'] else array['AT_LOCATION','REMOTE'] end,
             k * 2, k * 3, now() - (k * interval '9 days'),
             array[o.governorate_code],
             case when k % 2 = 0 then array['STEP_FREE_ACCESS'] else '{}' end
      from organization o cross join generate_series(1, ${PER_ORGANIZATION}) as k`);
    await client.query(`
      insert into service_location (id, service_id, governorate_code, latitude, longitude, accessibility)
      select gen_random_uuid(), s.id, s.governorate_codes[1],
             29.6 + (abs(hashtext(s.id::text)) % 3500) / 1000.0, 35.1 + (abs(hashtext(s.id::text || 'x')) % 3000) / 1000.0,
             s.accessibility
      from service s`);
    await client.query(`
      insert into service_hours (id, service_id, weekday, opens_at, closes_at)
      select gen_random_uuid(), s.id, d, '08:00', '15:00' from service s cross join (values (7), (1), (2), (3), (4)) as w (d)`);
    await client.query('commit');
    await client.query('vacuum analyze service');
    await client.query('vacuum analyze service_location');
    await client.query('vacuum analyze service_hours');
    lines.push(
      `${(size * PER_ORGANIZATION).toLocaleString('en')} services of ${size.toLocaleString('en')} organisations bulk-inserted in ${((performance.now() - t0) / 1000).toFixed(0)} s.`,
      '',
    );
  }
  const { rows: total } = await client.query<{ n: string }>('select count(*) as n from service');

  const api = await startBenchApi(url, logger, {
    RATE_LIMIT_ANONYMOUS_POINTS: '10000000',
    EXECUTION_TIMEOUT_MS: '60000',
  });
  const ask = async (variables: Record<string, unknown>) => {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: { services: { totalCount: number } } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.services.totalCount;
  };
  lines.push(
    `## ${size.toLocaleString('en')} organisations, ${Number(total[0]!.n).toLocaleString('en')} services`,
    '',
    '| workload | matches | API p50 (ms) | API p95 (ms) | floor p95 (ms) | ratio p95 |',
    '|---|---:|---:|---:|---:|---:|',
  );
  for (const workload of WORKLOADS) {
    const variables = { search: workload.search, filter: workload.filter };
    for (let i = 0; i < 5; i += 1) await ask(variables); // warm-up
    const times: number[] = [];
    let matches = 0;
    for (let i = 0; i < SEQUENTIAL; i += 1) {
      const t0 = performance.now();
      matches = await ask(variables);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // the floor: the first page of the same search as one statement, straight to PostgreSQL
    const query = serviceTsquery(workload.search);
    const floor: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i += 1) {
      const t0 = performance.now();
      await client.query(
        `select id, name_ar, name_en from service s
         where ($1::text is null or s.search_vector @@ to_tsquery('simple', $1))
           and ($2::text[] is null or s.governorate_codes && $2) and ($3::text[] is null or s.languages @> $3)
         order by s.sort_name, s.id limit 20`,
        [
          query,
          (workload.filter?.governorates as string[] | undefined) ?? null,
          (workload.filter?.languages as string[] | undefined) ?? null,
        ],
      );
      floor.push(performance.now() - t0);
    }
    floor.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const floorP95 = percentile(floor, 95);
    lines.push(
      `| ${workload.name} | ${matches.toLocaleString('en')} | ${percentile(times, 50).toFixed(1)} | ${p95.toFixed(1)} | ${floorP95.toFixed(1)} | ${(p95 / floorP95).toFixed(1)} |`,
    );
    process.stdout.write(`${size} ${workload.name}: p95 ${p95.toFixed(1)} ms, floor ${floorP95.toFixed(1)} ms\n`);
  }
  lines.push(
    '',
    'The floor leaves out what the API adds: the total and the seven facets (one statement of eight grouped counts, each with its own filter lifted), the nested fields (one statement per kind, whatever the page size), "open now" and distance conditions, and HTTP and GraphQL. 1,000,000 services was not measured in this run.',
    '',
  );
  await api.stop();
  await client.end();
}

const out = path.join(repositoryRoot, 'bench/results/services.md');
fs.writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`wrote ${out}\n`);
process.exit(0);
