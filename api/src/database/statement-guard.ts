/**
 * Database work of an operation stops with the operation. graphql-js cannot stop an execution, so when an operation
 * passes its deadline (app.ts) the statements it is running are cancelled in PostgreSQL (pg_cancel_backend, which
 * rolls back a transaction in progress) and any statement it would start afterwards is refused before it reaches the
 * database. Every statement, the ORM's and the raw ones, goes through the knex client's `query`, wrapped here once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from '@mikro-orm/postgresql';

/**
 * The statements of one operation: aborted at its deadline; `running` holds the connections busy with them (with how
 * many statements each has queued: a transaction's statements share one connection).
 */
export interface StatementScope {
  readonly signal: AbortSignal;
  readonly running: Map<unknown, { client: GuardedClient; statements: number }>;
}

const scopes = new AsyncLocalStorage<StatementScope>();

export class StatementsAbortedError extends Error {
  constructor() {
    super('the operation passed its deadline: its database work was stopped');
    this.name = 'StatementsAbortedError';
  }
}

interface GuardedClient {
  query: (this: GuardedClient, connection: unknown, query: unknown) => Promise<unknown>;
  cancelQuery: (this: GuardedClient, connection: unknown) => Promise<unknown>;
}

const guarded = new WeakSet<object>();

/**
 * Wraps `query` of the knex client class (the primary's and the read replicas' clients share it), so that statements
 * made inside `withStatementScope` are tracked and can be stopped. Outside a scope nothing changes.
 */
export function guardStatements(knex: Knex): void {
  const prototype = Object.getPrototypeOf(knex.client) as GuardedClient;
  if (guarded.has(prototype)) return;
  const query = prototype.query;
  prototype.query = function (this: GuardedClient, connection, statement) {
    const scope = scopes.getStore();
    if (!scope) return query.call(this, connection, statement);
    if (scope.signal.aborted) {
      // a transaction must still end, or its connection would go back to the pool mid-transaction: ROLLBACK passes,
      // and COMMIT becomes a ROLLBACK that reports the refusal (nothing half-written)
      const sql = typeof statement === 'string' ? statement : (statement as { sql?: string }).sql;
      if (/^\s*rollback\b/i.test(sql ?? '')) return query.call(this, connection, statement);
      if (/^\s*commit\b/i.test(sql ?? ''))
        return query.call(this, connection, { sql: 'ROLLBACK', bindings: [] }).then(() => {
          throw new StatementsAbortedError();
        });
      return Promise.reject(new StatementsAbortedError());
    }
    const entry = scope.running.get(connection) ?? { client: this, statements: 0 };
    entry.statements += 1;
    scope.running.set(connection, entry);
    // removed before knex hands the connection back to its pool, so a cancel never reaches another request's work
    return query.call(this, connection, statement).finally(() => {
      entry.statements -= 1;
      if (entry.statements === 0) scope.running.delete(connection);
    });
  };
  guarded.add(prototype);
}

/** Runs `work` with its statements tracked under `scope`. */
export function withStatementScope<T>(scope: StatementScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** Whether the work running now belongs to an operation whose statements were stopped. */
export function statementsStopped(): boolean {
  return scopes.getStore()?.signal.aborted ?? false;
}

/** A scope for one operation. */
export function statementScope(signal: AbortSignal): StatementScope {
  return { signal, running: new Map() };
}

/** Cancels the statements the scope is running now (each from a connection of its own); returns how many. */
export async function cancelStatements(scope: StatementScope): Promise<number> {
  const running = [...scope.running];
  await Promise.all(running.map(([connection, { client }]) => client.cancelQuery(connection).catch(() => undefined)));
  return running.length;
}
