/**
 * `pnpm bench training`: 200 concurrent registrations over HTTP for a 30-seat session, as the API runs in
 * production (its pool of 10 connections): time until all 200 are answered, p50/p95/max per registration, and the
 * outcome (exactly 30 confirmed, waitlist 1..170). Then the same burst through a naive read-then-insert (count the
 * confirmed, then insert; 10 connections) for comparison: its time, and how far it overshoots the seats. Three
 * rounds each, on a fresh database of its own; written to bench/results/training.md.
 *
 * The requests are sent by a client in a process of its own (burst-client.ts), so that this process's CPU time is the
 * API's: the SQL statements it sends per registration, its CPU time per registration, and how long it holds the
 * session's row lock per registration (from the start of the statement that takes the lock to the answer of the one
 * that releases it: the write itself, or the COMMIT of a transaction; measured in the rounds without lock waits).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
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
const CLIENT = fileURLToPath(new URL('./burst-client.ts', import.meta.url));

/** What the API's connection sends: statements, and the session's row lock held (ms), per lock taken. */
interface Probe {
  statements: number;
  holds: number[];
}

/** Sends `requests` from a process of its own; returns its timings and what this process (the API) spent meanwhile. */
async function clientBurst(
  base: string,
  requests: { token: string; sessionId: string }[],
  probe: Probe,
): Promise<{ all: number; times: number[]; cpuMs: number; statements: number; holds: number[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  child.stdin.write(`${JSON.stringify({ base, requests })}\n`);
  if ((await answers.next()).value !== 'ready') throw new Error('the burst client did not start');
  probe.statements = 0;
  probe.holds = [];
  const cpu = process.cpuUsage();
  child.stdin.write('go\n');
  const line = (await answers.next()).value as string | undefined;
  const used = process.cpuUsage(cpu);
  const statements = probe.statements;
  const holds = [...probe.holds];
  child.stdin.end();
  if ((child.exitCode ?? (await once(child, 'exit'))[0]) !== 0 || !line) throw new Error('the burst client failed');
  const { all, times } = JSON.parse(line) as { all: number; times: number[] };
  return { all, times, cpuMs: (used.user + used.system) / 1000, statements, holds };
}

const loadAtStart = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(', ');
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
  // every statement of the API's connection; a lock's hold from its statement's start to its release's answer
  const probe: Probe = { statements: 0, holds: [] };
  {
    type Query = { sql: string; __knexQueryUid?: string; __knexTxId?: string };
    const byStatement = new Map<string, number>();
    const byTransaction = new Map<string, number>();
    knex.on('query', (q: Query) => {
      probe.statements += 1;
      const now = performance.now();
      if (q.__knexTxId && byTransaction.has(q.__knexTxId) && /^commit/i.test(q.sql)) {
        // the COMMIT's answer is not an event of its own: its start stands for the release (a round trip early)
        probe.holds.push(now - byTransaction.get(q.__knexTxId)!);
        byTransaction.delete(q.__knexTxId);
      } else if (/for update/i.test(q.sql) && /training_session/.test(q.sql)) {
        if (q.__knexTxId) {
          if (!byTransaction.has(q.__knexTxId)) byTransaction.set(q.__knexTxId, now);
        } else if (q.__knexQueryUid) byStatement.set(q.__knexQueryUid, now);
      }
    });
    knex.on('query-response', (_response: unknown, q: Query) => {
      const started = q.__knexQueryUid ? byStatement.get(q.__knexQueryUid) : undefined;
      if (started === undefined) return;
      probe.holds.push(performance.now() - started);
      byStatement.delete(q.__knexQueryUid!);
    });
  }
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
    const measured = await clientBurst(
      api.base,
      burst.map((p, i) => ({
        token: p.token,
        sessionId: toGlobalId('TrainingSession', sessions[i % sessions.length]!),
      })),
      probe,
    );
    const { all, times } = measured;
    times.sort((a, b) => a - b);
    const holds = [...measured.holds].sort((a, b) => a - b);
    const cost = `| ${(measured.statements / BURST).toFixed(1)} | ${(measured.cpuMs / BURST).toFixed(1)} | ${
      spread ? `${percentile(holds, 50).toFixed(1)} / ${percentile(holds, 95).toFixed(1)}` : '(waits included)'
    } `;
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
    const line = `| ${label} | ${f(all)} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(times.at(-1)!)} ${cost}${outcome}`;
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
    const line = `| naive read-then-insert, round ${round} | ${f(all)} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(times.at(-1)!)} | 5 | (no API) | (no lock) | **${state!.confirmed}** of ${SEATS} | ${state!.waitlisted}, only ${state!.distinct_positions} distinct positions |`;
    lines.push(line);
    process.stdout.write(`${line}\n`);
  }

  await api.stop();
  const markdown = `# Training registration burst benchmark

Measured ${new Date().toISOString()} on ${os.cpus().length} cores (load average ${loadAtStart} at the start, ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} at the end), one run of ${ROUNDS} rounds each, PostgreSQL and the
API (production settings, a pool of 10 connections) on the same machine. Each round: ${BURST} people register at once
for a ${SEATS}-seat session (a fresh session and fresh people per round), each request over HTTP with its own API
token. Times in ms: "all answered" from the first request sent to the last answer received; per registration
p50/p95/max from send to answer. Target of issue 14: all answered within 2 s, p95 under 500 ms.

The second row of each round is the same burst spread over 200 sessions, so that no registration waits for
another's lock: the ratio between the two is what the one session's lock costs; the rest is the API's own work on
these cores (shared, while this ran, with other work: the load average is in the heading).

The requests come from a client in a process of its own (api/bench/burst-client.ts), so the API's process does
only the API's work: "statements / registration" counts every SQL statement it sent during the burst (the token,
the rate-limit counter, the registration; BEGIN and COMMIT count), "API CPU ms / registration" is its CPU time
(user + system) during the burst divided by 200, and "lock hold" is how long one registration holds the session's
row lock, from the start of the statement that takes it to the answer of the one that releases it (measured where no
registration waits for another's lock; a waiting statement's time would include the wait).

The naive control runs the same burst as transactions on 10 connections that count the confirmed (and the
waitlisted), then insert: no lock, no guard. It is the check-then-act race the session's row lock prevents.

| strategy | all answered | p50 | p95 | max | statements / registration | API CPU ms / registration | lock hold p50 / p95 ms | confirmed | waitlisted |
|---|---:|---:|---:|---:|---:|---:|---:|---|---|
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
