import type { Config } from '../config.js';
import type { Logger } from '../common/logging/logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import pg from 'pg';

export interface ProvisionedDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

/** The embedded database's application database (the server's `postgres` database stays for administration). */
const EMBEDDED_DATABASE = 'shabaka';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started under the git-ignored data folder. */
export async function provisionDatabase(config: Config, logger: Logger): Promise<ProvisionedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  const server = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    log: (message) => logger.info({ component: 'embedded-postgres' }, message),
  });
  try {
    const admin = new pg.Client(server.url);
    await admin.connect();
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE]);
      if (rowCount === 0) await admin.query(`create database ${EMBEDDED_DATABASE}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = new URL(server.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return { url: url.toString(), embedded: true, stop: () => server.stop() };
}
