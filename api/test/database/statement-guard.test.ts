import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlRows } from '../../src/database/sql.js';
import {
  cancelStatements,
  guardStatements,
  statementScope,
  StatementsAbortedError,
  withStatementScope,
} from '../../src/database/statement-guard.js';
import { startTestApi, type TestApi } from '../support/api.js';

/** The promise's error (or its value): handled as soon as it exists. */
const settle = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    (value) => value,
    (error: unknown) => error,
  );

describe('statements of an operation past its deadline', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    guardStatements(api.orm.em.getKnex());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('are cancelled in PostgreSQL, and later ones never reach it, while other work goes on', async () => {
    const em = api.orm.em.fork();
    const abort = new AbortController();
    const scope = statementScope(abort.signal);
    const started = Date.now();
    // settled from the start: the rejection comes while the test awaits the cancel
    // ten minutes, unless cancelled
    const sleeping = settle(withStatementScope(scope, () => sqlRows(em, 'select pg_sleep(600)')));
    await expect.poll(() => scope.running.size).toBe(1);

    abort.abort();
    expect(await cancelStatements(scope)).toBe(1);
    expect(String(await sleeping)).toMatch(/canceling statement due to user request/);
    // long before the sleep would have ended (normally within a second)
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(scope.running.size).toBe(0);

    // a statement the operation would start afterwards is refused before it is sent
    await expect(withStatementScope(scope, () => sqlRows(em, 'select 1'))).rejects.toBeInstanceOf(
      StatementsAbortedError,
    );
    // work outside the scope is untouched
    expect(await sqlRows<{ n: number }>(api.orm.em.fork(), 'select 1 as n')).toEqual([{ n: 1 }]);
  });

  it('rolls back the transaction whose statement is cancelled: nothing half-written', async () => {
    const knex = api.orm.em.getKnex();
    await knex.raw('create table guard_probe (n int)');
    const abort = new AbortController();
    const scope = statementScope(abort.signal);
    const writing = settle(
      withStatementScope(scope, () =>
        knex.transaction(async (trx) => {
          await trx.raw('insert into guard_probe values (1)');
          await trx.raw('select pg_sleep(30)');
          await trx.raw('insert into guard_probe values (2)');
        }),
      ),
    );
    await expect.poll(() => scope.running.size).toBe(1);
    await expect
      .poll(
        async () =>
          (
            await knex.raw<{ rows: unknown[] }>(
              "select 1 from pg_stat_activity where datname = current_database() and query = 'select pg_sleep(30)'",
            )
          ).rows.length,
      )
      .toBe(1);
    abort.abort();
    await cancelStatements(scope);
    expect(await writing).toBeInstanceOf(Error);
    expect((await knex.raw<{ rows: unknown[] }>('select * from guard_probe')).rows).toEqual([]);
  });
});
