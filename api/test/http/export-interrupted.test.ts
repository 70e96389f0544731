/**
 * Open data exports hold a database snapshot (a connection) while they stream: clients that go away or stop reading
 * must release it, and exports must never take the pool from the API.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlRows } from '../../src/database/sql.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { createOrganizations } from '../support/factories.js';

/** Waits for `condition` to hold, checking every 100 ms (a condition, not a duration: load does not fail it). */
async function until(condition: () => Promise<boolean>, what: string, seconds = 60): Promise<void> {
  for (let waited = 0; waited < seconds * 10; waited += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`still waiting for ${what} after ${seconds} s`);
}

/** A GET whose response is handed over at its first chunk, for the test to read, pause or drop. */
function startDownload(url: string): Promise<{ res: http.IncomingMessage; req: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => res.once('data', () => resolve({ res, req })));
    req.on('error', reject);
  });
}

describe('interrupted open data exports', () => {
  let api: TestApi;
  const exportUrl = () => `${api.url}/exports/organizations.csv`;
  const transactionsInProgress = async (): Promise<number> => {
    const [row] = await sqlRows<{ n: number }>(
      api.orm.em.fork(),
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and state like 'idle in transaction%' and pid <> pg_backend_pid()`,
    );
    return row!.n;
  };
  /** Exports the API has finished with (its request log line is written when it ends). */
  const exportsAnswered = (): number =>
    api.logs.filter((line) => line.msg === 'request' && line.path === '/exports/organizations.csv').length;
  const graphqlAnswers = async (): Promise<boolean> => {
    const response = await api.graphql<{ organizations: { totalCount: number } }>('{ organizations { totalCount } }');
    return response.status === 200 && (response.body.data?.organizations.totalCount ?? 0) > 0;
  };

  beforeAll(async () => {
    // given a directory large enough that an export outlasts the sockets' buffers, and a small pool
    api = await startTestApi({ env: { EXPORT_CONCURRENCY: '2', EXPORT_STALL_SECONDS: '1' } });
    // (10,000 descriptions of 4,000 characters: more than the 32 MB + 4 MB that Linux may buffer on loopback)
    const mission = 'community services for families in need '.repeat(100).slice(0, 4000);
    for (let batch = 0; batch < 5; batch += 1) {
      await createOrganizations(
        api.orm,
        Array.from({ length: 2000 }, () => ({ missionEn: mission })),
      );
    }
  }, 300_000);
  afterAll(async () => {
    await api.stop();
  });

  it('releases the snapshot of every client that goes away mid-download', { timeout: 180_000 }, async () => {
    // when ten clients each read the first chunk and hang up
    for (let i = 1; i <= 10; i += 1) {
      const { req, res } = await startDownload(exportUrl());
      expect(res.statusCode).toBe(200);
      req.destroy();
      // the API has finished with it (one at a time, so that each gets an export slot)
      await until(() => Promise.resolve(exportsAnswered() === i), `export ${i} to end`);
    }
    // then no transaction stays open and the API answers
    await until(async () => (await transactionsInProgress()) === 0, 'the exports to end their transactions');
    expect(await graphqlAnswers()).toBe(true);
  });

  it(
    'cuts off clients that stop reading, and answers exports beyond the cap with 503 meanwhile',
    { timeout: 180_000 },
    async () => {
      // given two clients that read the first chunk and then nothing
      const stalled = await Promise.all([startDownload(exportUrl()), startDownload(exportUrl())]);
      for (const { res } of stalled) res.pause();
      // when a third export is asked for while they hold their slots
      const third = await fetch(exportUrl());
      // then it is refused with a hint to retry, and the API still answers
      expect(third.status).toBe(503);
      expect(third.headers.get('retry-after')).toBe('30');
      expect(((await third.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'EXPORTS_BUSY',
      );
      expect(await graphqlAnswers()).toBe(true);
      // and once the buffers between them are full, the stalled clients are cut off and their snapshots released
      const cutOff = (): number =>
        api.logs.filter((line) => line.msg?.toString().startsWith('export stopped') && line.reason === 'stalled')
          .length;
      await until(() => Promise.resolve(cutOff() === 2), 'the stalled exports to be cut off', 150);
      for (const { req } of stalled) req.destroy();
      await until(async () => (await transactionsInProgress()) === 0, 'the stalled exports to end their transactions');
      const after = await fetch(exportUrl());
      expect(after.status).toBe(200);
      expect((await after.text()).split('\r\n').length).toBeGreaterThan(10_000);
    },
  );

  it('answers /readyz with the reason when every connection of the pool is taken', async () => {
    // given every connection of the pool held, and one more request waiting for one
    const client = api.orm.em.getKnex().client as {
      acquireConnection(): Promise<unknown>;
      releaseConnection(connection: unknown): Promise<void>;
      pool: { max: number };
    };
    const size = client.pool.max;
    const held = await Promise.all(Array.from({ length: size }, () => client.acquireConnection()));
    const waiting = client.acquireConnection();
    try {
      // when the load balancer asks
      const response = await fetch(`${api.url}/readyz`);
      // then it is told at once that the API cannot serve, and why
      expect(response.status).toBe(503);
      expect(((await response.json()) as { reason: string }).reason).toBe(
        `database pool exhausted: ${size} of ${size} connections in use, 1 waiting`,
      );
    } finally {
      for (const connection of held) await client.releaseConnection(connection);
      await client.releaseConnection(await waiting);
    }
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
  });
});
