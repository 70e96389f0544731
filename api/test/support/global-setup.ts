/**
 * Once per test run: a PostgreSQL server (DATABASE_URL when set, else the embedded one, fresh and fsync-free) and
 * a template database with every migration applied. Each test file clones the template (test/support/database.ts),
 * so files run in parallel without seeing each other's rows.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/common/logging/logger.js';
import { loadConfig, repositoryRoot } from '../../src/config.js';
import { openDatabase } from '../../src/database/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a database on the test server with the right to create databases. */
    adminDatabaseUrl: string;
    /** Name of the migrated template database that test databases are cloned from. */
    templateDatabase: string;
  }
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let adminUrl = config.databaseUrl;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(repositoryRoot, '.data', `test-postgres-${process.pid}`),
      ephemeral: true,
    });
    adminUrl = embedded.url;
  }
  const template = `shabaka_test_template_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`create database ${template}`);
  const orm = await openDatabase({
    url: databaseUrl(adminUrl, template),
    poolMax: 2,
    migrate: true,
    logger: createLogger('silent'),
  });
  await orm.close(true);
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
    if (embedded) {
      await embedded.stop();
      const { rmSync } = await import('node:fs');
      rmSync(embedded.dataDir, { recursive: true, force: true });
      rmSync(`${embedded.dataDir}.password`, { force: true });
    }
  };
}
