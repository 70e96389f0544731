/**
 * `pnpm bench partnerships [--sizes 6000,1000000]`: partner suggestions (`partnerSuggestions(partyId, first: 20)`
 * with scores, breakdowns and reasons) through the API over real HTTP, for organisations picked at random among
 * `size` organisations with needs and offers; p50/p95 of 60 sequential requests, and the plan of the statement that
 * chooses the candidates. Results in bench/results/partnerships.md.
 *
 * Databases `shabaka_bench_<size>` (the directory benchmark's, reused) get needs and offers the first time: two
 * listings per organisation (a need and an offer of random capabilities, in its governorate), bulk-inserted by one
 * `insert ... select` over the organisations, then analysed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../src/common/logging/logger.js';
import { toGlobalId } from '../src/common/relay/global-id.js';
import { loadConfig, repositoryRoot } from '../src/config.js';
import { provisionDatabase } from '../src/database/provision.js';
import { createApiToken } from '../src/modules/accounts/api-token.service.js';
import { createPerson } from '../src/modules/accounts/people.js';
import { openDatabase } from '../src/database/database.js';
import { ensureDatabase, percentile, startBenchApi } from './support.js';

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '6000').split(',').map(Number);
const SEQUENTIAL = 60;

const QUERY = JSON.stringify({
  query: `query($partyId: ID!) {
    partnerSuggestions(partyId: $partyId, first: 20) {
      totalCount
      edges { score reasons { ar en } breakdown { criterion points reasons { ar en } }
              node { __typename ... on Organization { slug name { ar en } } ... on Institution { slug name { ar en } } } }
    }
  }`,
});

const config = loadConfig();
const logger = createLogger('warn');
const server = await provisionDatabase(config, logger);
const lines: string[] = [
  '# Partnerships benchmark: partner suggestions',
  '',
  `Measured ${new Date().toISOString()} on ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the start: the machine is shared with other helpers' builds and tests, so these are upper bounds.`,
  `Each figure: ${SEQUENTIAL} sequential requests (one client) of \`partnerSuggestions(partyId, first: 20)\` with scores, breakdowns and reasons in both languages, over HTTP with an officer's API token, for organisations picked at random among those with needs and offers.`,
  '',
];

const GOVERNORATES = [
  'JO-AM',
  'JO-BA',
  'JO-AZ',
  'JO-MD',
  'JO-IR',
  'JO-MA',
  'JO-JA',
  'JO-AJ',
  'JO-KA',
  'JO-AT',
  'JO-MN',
  'JO-AQ',
];
const BUDGETS = ['UNDER_10K', 'FROM_10K_TO_50K', 'FROM_50K_TO_250K', 'FROM_250K_TO_1M', 'OVER_1M'];
const quoted = (codes: string[]) => `array[${codes.map((c) => `'${c}'`).join(',')}]`;

/**
 * From 100,000 organisations on, the directory's generator (about 15 minutes for 1,000,000 on a quiet machine) is too
 * slow for this benchmark: `shabaka_bench_partnerships_<size>` is bulk-loaded by SQL instead (generate_series), with
 * the triggers off during the load and the directory's search rows (what suggestions read: governorate, target
 * groups, sectors, verification) written in one statement afterwards, as a refresh in bulk after a load would.
 * Names and missions are placeholders (suggestions do not read them) and the search vectors are empty.
 */
async function ensureBulkDatabase(adminUrl: string, size: number): Promise<string> {
  const name = `shabaka_bench_partnerships_${size >= 1_000_000 ? `${size / 1_000_000}m` : `${size / 1000}k`}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const orm = await openDatabase({ url: url.toString(), poolMax: 2, migrate: true, logger });
  await orm.close(true);
  const client = new pg.Client(url.toString());
  await client.connect();
  const { rows } = await client.query<{ n: string }>('select count(*) as n from organization');
  if (Number(rows[0]!.n) < size) {
    const t0 = performance.now();
    const step = (label: string) =>
      process.stdout.write(`${name}: ${label} after ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    await client.query('truncate organization cascade');
    // triggers (and foreign-key checks) off for this session's bulk load only: the search rows are written below
    await client.query("set session_replication_role = 'replica'");
    await client.query(`
      insert into organization (id, slug, name_ar, name_en, legal_form_code, governorate_code, verification_state,
                                budget_band, status)
      select gen_random_uuid(), 'bench-organisation-' || g, 'منظمة ' || g, 'Bench organisation ' || g, 'CHARITY',
             (${quoted(GOVERNORATES)})[1 + g % 12],
             case when g % 10 < 7 then 'VERIFIED' when g % 10 < 9 then 'PENDING' else 'UNVERIFIED' end,
             (${quoted(BUDGETS)})[1 + (g / 12) % 5], 'ACTIVE'
      from generate_series(1, ${size}) as g`);
    step('organisations');
    await client.query(`
      insert into organization_search (id, search_vector, sort_name_ar, sort_name_en, governorate_code, legal_form_code,
                                       verification_state, status, updated_at, target_groups, sectors)
      select o.id, ''::tsvector, o.name_ar, o.name_en, o.governorate_code, o.legal_form_code, o.verification_state,
             o.status, o.updated_at,
             array(select distinct t from unnest(array[tg.codes[1 + abs(hashtext(o.id::text)) % 10],
                                                       tg.codes[1 + abs(hashtext(o.slug)) % 10]]) t order by t),
             array[sc.codes[1 + abs(hashtext(o.id::text || 's')) % 13]]
      from organization o,
           (select array_agg(code order by position) as codes from target_group) tg,
           (select array_agg(code order by position) as codes from sector) sc`);
    step('search rows');
    await client.query("set session_replication_role = 'origin'");
    await client.query('vacuum analyze organization');
    await client.query('vacuum analyze organization_search');
    step('analysed');
  }
  await client.end();
  return url.toString();
}

for (const size of sizes) {
  const url = size >= 100_000 ? await ensureBulkDatabase(server.url, size) : await ensureDatabase(server.url, size);
  const client = new pg.Client(url);
  await client.connect();
  const { rows: counted } = await client.query<{ n: string }>('select count(*) as n from partnership_listing');
  if (Number(counted[0]!.n) === 0) {
    const t0 = performance.now();
    // a need and an offer per organisation, random capabilities, in its governorate, for its first target group;
    // the match keys' trigger off for the load (one row at a time), the keys written in one statement afterwards
    await client.query("set session_replication_role = 'replica'");
    await client.query(`
      insert into partnership_listing (id, kind, organization_id, capability_code, description_en, governorate_codes,
                                       target_group_codes, expires_at, created_at, updated_at)
      select gen_random_uuid(), k.kind, s.id,
             (array(select code from partnership_capability order by position))[1 + floor(random() * 15)::int],
             'Bench listing', array[s.governorate_code], s.target_groups[1:1],
             now() + interval '60 days', now() - random() * interval '300 days', now() - random() * interval '300 days'
      from organization_search s cross join (values ('NEED'), ('OFFER')) as k (kind)`);
    await client.query("set session_replication_role = 'origin'");
    await client.query('select shabaka_rebuild_partnership_match_keys()');
    await client.query('vacuum analyze partnership_listing');
    await client.query('vacuum analyze partnership_match_key');
    process.stdout.write(`listings for ${size}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    lines.push(
      `Needs and offers for ${size.toLocaleString('en')} organisations bulk-inserted in ${((performance.now() - t0) / 1000).toFixed(0)} s (one statement).`,
      '',
    );
  }
  // the visibility map the match keys' index-only scans need, also after a migration rebuilt the keys
  await client.query('vacuum analyze partnership_match_key');
  const { rows: picked } = await client.query<{ id: string }>(
    `select organization_id as id from partnership_listing where organization_id is not null
     order by md5(organization_id::text) limit ${SEQUENTIAL}`,
  );
  await client.end();

  const api = await startBenchApi(url, logger, { RATE_LIMIT_TOKEN_POINTS: '10000000', EXECUTION_TIMEOUT_MS: '60000' });
  const knex = api.orm.em.getKnex();
  const officer = await createPerson(knex, {
    name: 'Bench officer',
    email: `bench-officer-${Date.now()}@example.org`,
    password: 'olive trees by the dead sea',
    roles: ['PROGRAMME_OFFICER'],
  });
  const { secret } = await createApiToken(knex, officer, 'bench', 'READ_ONLY');
  const ask = async (uuid: string) => {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        ...(JSON.parse(QUERY) as object),
        variables: { partyId: toGlobalId('Organization', uuid) },
      }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: { partnerSuggestions: { totalCount: number } } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.partnerSuggestions.totalCount;
  };
  // warm-up: code lists, capabilities, connections
  for (const { id } of picked.slice(0, 5)) await ask(id);
  const times: number[] = [];
  let totals = 0;
  for (const { id } of picked) {
    const t0 = performance.now();
    totals += await ask(id);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);

  // the plan of the candidates' statement for the first picked organisation, as the API sends it
  const captured: string[] = [];
  const plans = api.orm.em.getKnex();
  const listener = (query: { sql: string; bindings: unknown[] }) => {
    if (query.sql.includes('with excluded as')) captured.push(JSON.stringify(query));
  };
  plans.on('query', listener);
  await ask(picked[0]!.id);
  plans.off('query', listener);
  let plan = '(not captured)';
  if (captured[0]) {
    const query = JSON.parse(captured[0]) as { sql: string; bindings: unknown[] };
    let n = 0;
    const text = query.sql.includes('$1') ? query.sql : query.sql.replace(/\?/g, () => `$${++n}`);
    const explainer = new pg.Client(url);
    await explainer.connect();
    const explain = await explainer.query<Record<string, string>>(
      `explain (analyze, costs off, timing on) ${text}`,
      query.bindings,
    );
    await explainer.end();
    plan = explain.rows.map((r) => Object.values(r)[0]).join('\n');
  }
  await api.stop();

  lines.push(
    `## ${size.toLocaleString('en')} organisations`,
    '',
    '| workload | p50 (ms) | p95 (ms) | max (ms) | mean suggestions |',
    '|---|---:|---:|---:|---:|',
    `| partnerSuggestions(first: 20) | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times.at(-1)!.toFixed(1)} | ${(totals / picked.length).toFixed(0)} |`,
    '',
    'The statement that chooses the candidates (`PartnerSuggestionRepository.pool`):',
    '',
    '```',
    plan,
    '```',
    '',
  );
  process.stdout.write(
    `${size}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms\n`,
  );
}

const out = path.join(repositoryRoot, 'bench/results/partnerships.md');
fs.writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`wrote ${out}\n`);
process.exit(0);
