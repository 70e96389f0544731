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

for (const size of sizes) {
  const url = await ensureDatabase(server.url, size);
  const client = new pg.Client(url);
  await client.connect();
  const { rows: counted } = await client.query<{ n: string }>('select count(*) as n from partnership_listing');
  if (Number(counted[0]!.n) === 0) {
    const t0 = performance.now();
    // a need and an offer per organisation, random capabilities, in its governorate, for its first target group
    await client.query(`
      insert into partnership_listing (id, kind, organization_id, capability_code, description_en, governorate_codes,
                                       target_group_codes, expires_at, created_at, updated_at)
      select gen_random_uuid(), k.kind, s.id,
             (array(select code from partnership_capability order by position))[1 + floor(random() * 15)::int],
             'Bench listing', array[s.governorate_code], s.target_groups[1:1],
             now() + interval '60 days', now() - random() * interval '300 days', now() - random() * interval '300 days'
      from organization_search s cross join (values ('NEED'), ('OFFER')) as k (kind)`);
    await client.query('vacuum analyze partnership_listing');
    process.stdout.write(`listings for ${size}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
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
      body: JSON.stringify({ ...(JSON.parse(QUERY) as object), variables: { partyId: toGlobalId('Organization', uuid) } }),
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
  process.stdout.write(`${size}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms\n`);
}

const out = path.join(repositoryRoot, 'bench/results/partnerships.md');
fs.writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`wrote ${out}\n`);
process.exit(0);
