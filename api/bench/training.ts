/**
 * `pnpm bench training`: 200 concurrent registrations over HTTP for a 30-seat session, as the API runs in
 * production (its pool of 10 connections): time until all 200 are answered, p50/p95/max per registration, and the
 * outcome (exactly 30 confirmed, waitlist 1..170). Then the same burst through a naive read-then-insert (count the
 * confirmed, then insert; 10 connections) for comparison: its time, and how far it overshoots the seats. Three
 * rounds each, on a fresh database of its own; written to bench/results/training.md.
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
import { percentile, startBenchApi } from './support.js';

const BURST = 200;
const SEATS = 30;
const ROUNDS = 3;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const REGISTER = JSON.stringify({
  query: `mutation($input: TrainingRegistrationCreateInput!) {
    trainingRegistrationCreate(input: $input) { registration { status waitlistPosition } userErrors { code } }
  }`,
});

const config = loadConfig();
const logger = createLogger('warn');
const server = await provisionDatabase(config, logger);
const name = `shabaka_bench_training_${randomUUID().slice(0, 8)}`;
const adminUrl = new URL(server.url);
const admin = new pg.Client(server.url);
await admin.connect();
await admin.query(`create database ${name}`);
adminUrl.pathname = `/${name}`;
const url = adminUrl.toString();
try {
  const migrated = await openDatabase({ url, poolMax: 2, migrate: true, logger });
  await migrated.em
    .getKnex()
    .raw('create table bench_naive_registration (session_id uuid, user_id uuid, status text, waitlist_position int)');
  await migrated.close(true);
  const api = await startBenchApi(url, logger, {
    RATE_LIMIT_TOKEN_POINTS: '10000000',
    EXECUTION_TIMEOUT_MS: '60000',
  });
  const knex = api.orm.em.getKnex();
  const course = randomUUID();
  await knex('training_course').insert({
    id: course,
    title_en: 'Bench course',
    topic_code: 'GOVERNANCE',
    level: 'INTRODUCTORY',
    audience: 'BOTH',
    expected_hours: 6,
  });

  const newSession = async (): Promise<string> => {
    const id = randomUUID();
    const first = Date.now() + 10 * DAY;
    await knex('training_session').insert({
      id,
      course_id: course,
      starts_at: new Date(first),
      ends_at: new Date(first + 6 * HOUR),
      governorate_code: 'JO-AM',
      language: 'ARABIC',
      seats: SEATS,
      registration_opens_at: new Date(Date.now() - HOUR),
      registration_deadline: new Date(first - DAY),
      cancellation_deadline: new Date(first - DAY),
      verified_organizations_only: false,
      audience: 'BOTH',
    });
    return id;
  };

  const people = async (): Promise<{ id: string; token: string }[]> => {
    const rows = Array.from({ length: BURST }, () => ({
      id: randomUUID(),
      name: 'Bench participant',
      email: `bench-${randomUUID()}@example.org`,
      email_verified: true,
    }));
    await knex('auth_user').insert(rows);
    const out: { id: string; token: string }[] = [];
    for (const row of rows)
      out.push({ id: row.id, token: (await createApiToken(knex, row.id, 'bench', 'READ_WRITE')).secret });
    return out;
  };

  const f = (x: number): string => x.toFixed(0);
  const lines: string[] = [];

  // one warm-up registration, so the first round does not pay for the process's first requests
  {
    const session = await newSession();
    const [warm] = await people();
    await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${warm!.token}` },
      body: JSON.stringify({
        ...(JSON.parse(REGISTER) as object),
        variables: { input: { sessionId: toGlobalId('TrainingSession', session) } },
      }),
    });
  }

  /** 200 registrations at once: all for one session (`spread` false), or each for a session of its own. */
  const apiBurst = async (label: string, spread: boolean): Promise<void> => {
    const sessions = spread
      ? await Promise.all(Array.from({ length: BURST }, () => newSession()))
      : [await newSession()];
    const burst = await people();
    const times: number[] = [];
    const started = performance.now();
    await Promise.all(
      burst.map(async (p, i) => {
        const sessionId = toGlobalId('TrainingSession', sessions[i % sessions.length]!);
        const t0 = performance.now();
        const response = await fetch(`${api.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}` },
          body: JSON.stringify({ ...(JSON.parse(REGISTER) as object), variables: { input: { sessionId } } }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        times.push(performance.now() - t0);
      }),
    );
    const all = performance.now() - started;
    times.sort((a, b) => a - b);
    let outcome = '| (no contention) | |';
    if (!spread) {
      const [state] = await knexRows<{ confirmed: number; waitlisted: number; positions_ok: boolean }>(
        knex,
        `select count(*) filter (where status = 'CONFIRMED')::int as confirmed,
                count(*) filter (where status = 'WAITLISTED')::int as waitlisted,
                coalesce(array_agg(waitlist_position order by waitlist_position) filter (where status = 'WAITLISTED')
                  = array(select generate_series(1, count(*) filter (where status = 'WAITLISTED')::int)), true) as positions_ok
         from training_registration where session_id = ?`,
        [sessions[0]],
      );
      outcome = `| ${state!.confirmed} | ${state!.waitlisted}, ${state!.positions_ok ? `1..${state!.waitlisted} gapless` : 'GAPS'} |`;
    }
    const line = `| ${label} | ${f(all)} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(times.at(-1)!)} ${outcome}`;
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };

  for (let round = 1; round <= ROUNDS; round += 1) {
    await apiBurst(`the API (session row lock), 200 for one 30-seat session, round ${round}`, false);
    await apiBurst(`the API, 200 each for a session of its own (no lock waits), round ${round}`, true);
  }

  for (let round = 1; round <= ROUNDS; round += 1) {
    const session = await newSession();
    const burst = await people();
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const times: number[] = [];
    const started = performance.now();
    await Promise.all(
      burst.map(async (p) => {
        const t0 = performance.now();
        const client = await pool.connect();
        try {
          await client.query('begin');
          const { rows } = await client.query<{ n: number }>(
            `select count(*)::int as n from bench_naive_registration where session_id = $1 and status = 'CONFIRMED'`,
            [session],
          );
          const { rows: waiting } = await client.query<{ n: number }>(
            `select count(*)::int as n from bench_naive_registration where session_id = $1 and status = 'WAITLISTED'`,
            [session],
          );
          // a table of its own without the platform's guards (which would refuse duplicate positions at commit)
          await client.query(
            `insert into bench_naive_registration (session_id, user_id, status, waitlist_position) values ($1, $2, $3, $4)`,
            [
              session,
              p.id,
              rows[0]!.n < SEATS ? 'CONFIRMED' : 'WAITLISTED',
              rows[0]!.n < SEATS ? null : waiting[0]!.n + 1,
            ],
          );
          await client.query('commit');
        } finally {
          client.release();
        }
        times.push(performance.now() - t0);
      }),
    ).catch(async (error: unknown) => {
      await pool.end();
      throw error;
    });
    const all = performance.now() - started;
    await pool.end();
    times.sort((a, b) => a - b);
    const [state] = await knexRows<{ confirmed: number; waitlisted: number; distinct_positions: number }>(
      knex,
      `select count(*) filter (where status = 'CONFIRMED')::int as confirmed,
              count(*) filter (where status = 'WAITLISTED')::int as waitlisted,
              count(distinct waitlist_position)::int as distinct_positions
       from bench_naive_registration where session_id = ?`,
      [session],
    );
    const line = `| naive read-then-insert, round ${round} | ${f(all)} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(times.at(-1)!)} | **${state!.confirmed}** of ${SEATS} | ${state!.waitlisted}, only ${state!.distinct_positions} distinct positions |`;
    lines.push(line);
    process.stdout.write(`${line}\n`);
  }

  await api.stop();
  const markdown = `# Training registration burst benchmark

Measured ${new Date().toISOString()} on ${os.cpus().length} cores (load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}), one run of ${ROUNDS} rounds each, PostgreSQL and the
API (production settings, a pool of 10 connections) on the same machine. Each round: ${BURST} people register at once
for a ${SEATS}-seat session (a fresh session and fresh people per round), each request over HTTP with its own API
token. Times in ms: "all answered" from the first request sent to the last answer received; per registration
p50/p95/max from send to answer. Target of issue 14: all answered within 2 s, p95 under 500 ms.

The second row of each round is the same burst spread over 200 sessions, so that no registration waits for
another's lock: the ratio between the two is what the one session's lock costs; the rest is the API's own work on
these cores (shared, while this ran, with other work: the load average is in the heading).

The naive control runs the same burst as transactions on 10 connections that count the confirmed (and the
waitlisted), then insert: no lock, no guard. It is the check-then-act race the session's row lock prevents.

| strategy | all answered | p50 | p95 | max | confirmed | waitlisted |
|---|---:|---:|---:|---:|---|---|
${lines.join('\n')}
`;
  const out = path.join(repositoryRoot, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'training.md'), markdown);
  process.stdout.write('wrote bench/results/training.md\n');
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await server.stop();
}
