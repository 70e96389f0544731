/**
 * `pnpm bench grants`: 200 concurrent awards over HTTP against one lot's envelope, as the API runs in production (its
 * pool of 10 connections): time until all 200 are answered, p50/p95/max per award, and the outcome (every request
 * answered, the awarded total exactly the envelope). Each of the 200 shortlisted applications asks 1,000 EUR of a lot
 * of 30,000 EUR (so exactly 30 are awarded), from one officer's API token. Three rounds, each on a fresh call, on a
 * database of its own; written to bench/results/grants.md.
 *
 * The requests are sent from this process (the training bench's separate client is specific to registrations), so
 * the timings include the client's own work on the same cores.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../src/common/logging/logger.js';
import { toGlobalId } from '../src/common/relay/global-id.js';
import { loadConfig, repositoryRoot } from '../src/config.js';
import { knexRows } from '../src/database/sql.js';
import { openDatabase } from '../src/database/database.js';
import { provisionDatabase } from '../src/database/provision.js';
import { createApiToken } from '../src/modules/accounts/api-token.service.js';
import { insertOrganizations } from '../src/modules/directory/organization.bulk.js';
import { generateOrganization } from '../src/modules/directory/seed/organization-generator.js';
import { percentile, startBenchApi } from './support.js';

const BURST = 200;
const AMOUNT = 1_000_00;
const ENVELOPE = 30_000_00;
const ROUNDS = 3;
const DAY = 24 * 3_600_000;
const AWARD = `mutation($input: GrantAwardInput!) { grantAward(input: $input) { award { uuid } userErrors { code } } }`;

const loadAtStart = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(', ');
const config = loadConfig();
const logger = createLogger('warn');
const server = await provisionDatabase(config, logger);
const name = `shabaka_bench_grants_${randomUUID().slice(0, 8)}`;
const adminUrl = new URL(server.url);
const admin = new pg.Client(server.url);
await admin.connect();
await admin.query(`create database ${name}`);
adminUrl.pathname = `/${name}`;
const url = adminUrl.toString();
try {
  const migrated = await openDatabase({ url, poolMax: 2, migrate: true, logger });
  await migrated.close(true);
  const api = await startBenchApi(url, logger, { RATE_LIMIT_TOKEN_POINTS: '10000000', EXECUTION_TIMEOUT_MS: '60000' });
  const knex = api.orm.em.getKnex();
  const officerId = randomUUID();
  await knex('auth_user').insert({
    id: officerId,
    name: 'Bench officer',
    email: `bench-${officerId}@example.org`,
    email_verified: true,
  });
  await knex('platform_role').insert({ user_id: officerId, role: 'PROGRAMME_OFFICER' });
  const token = (await createApiToken(knex, officerId, 'bench', 'READ_WRITE')).secret;
  let seed = 0;
  let receipt = 0;

  /** A closed call whose lot 1 funds 30,000 EUR, and 200 shortlisted applications to it, each of its own lead. */
  const shortlistedCall = async (): Promise<{ lot: string; applications: string[] }> => {
    const call = randomUUID();
    const lot = randomUUID();
    await knex('grant_call').insert({
      id: call,
      title_en: 'Bench call',
      jod_rate_micros: 770_000,
      min_grant_minor: AMOUNT,
      max_grant_minor: 50_000_00,
      opens_at: new Date(Date.now() - 60 * DAY),
      deadline_at: new Date(Date.now() - 30 * DAY),
      status: 'CLOSED',
    });
    await knex('grant_lot').insert({
      id: lot,
      call_id: call,
      position: 1,
      theme: 'OTHER',
      title_en: 'Lot 1',
      envelope_minor: ENVELOPE,
    });
    const leads = Array.from({ length: BURST }, () => ({ ...generateOrganization(77, (seed += 1)), id: randomUUID() }));
    await knex.transaction((trx) => insertOrganizations(trx, leads));
    const applications = leads.map((lead) => ({
      id: randomUUID(),
      call_id: call,
      lot_id: lot,
      lead_organization_id: lead.id,
      status: 'SHORTLISTED',
      title_en: 'Bench project',
      receipt_number: `G-7000-${String((receipt += 1)).padStart(6, '0')}`,
      submitted_at: new Date(Date.now() - 40 * DAY),
    }));
    await knex('grant_application').insert(applications);
    return { lot, applications: applications.map((a) => a.id) };
  };

  const send = async (applicationId: string): Promise<{ ms: number; awarded: boolean; answered: boolean }> => {
    const t0 = performance.now();
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: AWARD,
        variables: {
          input: {
            applicationId: toGlobalId('GrantApplication', applicationId),
            amountMinor: AMOUNT,
            reasonsEn: 'Ranked within the envelope',
            idempotencyKey: randomUUID(),
          },
        },
      }),
    });
    const body = (await response.json()) as {
      data?: { grantAward: { award: { uuid: string } | null; userErrors: { code: string }[] } };
    };
    const payload = body.data?.grantAward;
    return { ms: performance.now() - t0, awarded: Boolean(payload?.award), answered: Boolean(payload) };
  };

  // one warm-up award, so the first round does not pay for the process's first requests
  {
    const warm = await shortlistedCall();
    await send(warm.applications[0]!);
  }

  const f = (x: number): string => x.toFixed(0);
  const lines: string[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const { lot, applications } = await shortlistedCall();
    const started = performance.now();
    const results = await Promise.all(applications.map((a) => send(a)));
    const all = performance.now() - started;
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const [state] = await knexRows<{ n: number; total: number; counter: string }>(
      knex,
      `select count(*)::int as n, coalesce(sum(amount_minor), 0)::int as total,
              (select awarded_minor from grant_envelope where key = 'LOT:' || ?::text) as counter
       from grant_award where lot_id = ?`,
      [lot, lot],
    );
    const line = `| round ${round} | ${results.filter((r) => r.answered).length} of ${BURST} | ${f(all)} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(times.at(-1)!)} | ${state!.n} | ${(state!.total / 100).toFixed(2)} EUR (counter ${(Number(state!.counter) / 100).toFixed(2)}) |`;
    lines.push(line);
    process.stdout.write(`${line}\n`);
  }
  await api.stop();
  const markdown = `# Grant award burst benchmark

Measured ${new Date().toISOString()} on ${os.cpus().length} cores (load average ${loadAtStart} at the start, ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} at the end), ${ROUNDS} rounds, PostgreSQL and the API (production settings, a pool of 10 connections)
on the same machine; the client (this process's fetch) shares the cores. Each round: ${BURST} shortlisted applications
of a fresh call are awarded 1,000 EUR at once against a lot of 30,000 EUR, each over HTTP with its own idempotency
key, from one officer's API token. The lot's, the call's and the programme's envelope counters are raised by guarded
updates in each award's transaction (row locks, in the order lot, call, programme), so exactly 30 are awarded and
the other 170 answered LOT_ENVELOPE_EXCEEDED. Times in ms: "all answered" from the first request sent to the last
answer received; per award p50/p95/max from send to answer. Target of issue 17: the burst within 2 s.

| round | answered | all answered | p50 | p95 | max | awards | awarded total |
|---|---|---:|---:|---:|---:|---:|---|
${lines.join('\n')}
`;
  const out = path.join(repositoryRoot, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'grants.md'), markdown);
  process.stdout.write('wrote bench/results/grants.md\n');
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await server.stop();
}
