import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl } from './global-setup.js';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(inject('adminDatabaseUrl'));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one test file: a clone of the migrated template, empty with `{ empty: true }`, or a copy
 * of another test database (`copyOf`, with nobody connected to it) that only reads with `readOnly` (a stand-in for a
 * read replica that has not yet replayed the primary's later writes).
 */
export async function createTestDatabase(
  options: { empty?: boolean; copyOf?: TestDatabase; readOnly?: boolean } = {},
): Promise<TestDatabase> {
  const name = `shabaka_test_${randomBytes(6).toString('hex')}`;
  const template = options.copyOf?.name ?? inject('templateDatabase');
  await admin(async (c) => {
    await c.query(options.empty ? `create database ${name}` : `create database ${name} template ${template}`);
    if (options.readOnly) await c.query(`alter database ${name} set default_transaction_read_only = on`);
  });
  return {
    name,
    url: databaseUrl(inject('adminDatabaseUrl'), name),
    drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
