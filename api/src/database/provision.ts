import type { Config } from '../config.js';
import type { Logger } from '../common/logging/logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import pg from 'pg';

export interface ProvisionedDatabase {
  url: string;
  embedded: boolean;
  /** Leaves the database: stops the embedded server when no other process uses it; a no-op for an external one. */
  stop(): Promise<void>;
  /** For an exit that cannot wait: leaves at once (the embedded server shuts down on its own if no one else uses it). */
  abandon(): void;
}

/** The embedded database's application database (the server's `postgres` database stays for administration). */
const EMBEDDED_DATABASE = 'shabaka';

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL under the git-ignored data folder, joined when another
 * process (`pnpm start`) already runs it. `user` names this process to the others that find the server in use.
 */
export async function provisionDatabase(
  config: Config,
  logger: Logger,
  user?: { command: string; details?: Record<string, string> },
): Promise<ProvisionedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve(), abandon: () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    log: (message) => logger.info({ component: 'embedded-postgres' }, message),
    user,
  });
  try {
    const admin = new pg.Client(server.url);
    await admin.connect();
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE]);
      if (rowCount === 0) {
        // another process sharing the server may create it at the same moment
        await admin.query(`create database ${EMBEDDED_DATABASE}`).catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error;
        });
      }
    } finally {
      await admin.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = new URL(server.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return { url: url.toString(), embedded: true, stop: () => server.stop(), abandon: () => server.abandon() };
}
