import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp, type App } from './app.js';
import type { Logger } from './common/logging/logger.js';
import type { Config } from './config.js';
import { openDatabase } from './database/database.js';
import { provisionDatabase, type ProvisionedDatabase } from './database/provision.js';

export interface RunningApi {
  url: string;
  app: App;
  orm: MikroORM;
  database: ProvisionedDatabase;
  /** Graceful: stop accepting, finish in-flight requests, close the pool, stop an embedded database. */
  stop(): Promise<void>;
}

/** Starts the API on `database` (or on the one the configuration names, embedded when DATABASE_URL is unset). */
export async function startApi(config: Config, logger: Logger, provisioned?: ProvisionedDatabase): Promise<RunningApi> {
  const database = provisioned ?? (await provisionDatabase(config, logger));
  let orm: MikroORM | undefined;
  try {
    orm = await openDatabase({
      url: database.url,
      poolMax: config.databasePoolMax,
      replicaUrls: config.databaseReplicaUrls,
      migrate: config.migrateOnStart,
      logger,
    });
    const app = await createApp({ config, orm, logger });
    const url = await app.listen().catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new Error(`Port ${config.port} is in use: set PORT to a free port`);
      throw error;
    });
    const ready = orm;
    return {
      url,
      app,
      orm: ready,
      database,
      async stop() {
        await app.stop();
        await ready.close(true);
        await database.stop();
      },
    };
  } catch (error) {
    await orm?.close(true).catch(() => undefined);
    await database.stop();
    throw error;
  }
}

/**
 * Runs `stop` once on SIGINT/SIGTERM. Ctrl-C reaches both pnpm and this process, and pnpm forwards it again, so a
 * repeat within 2 s is that echo and is ignored; a later one exits at once.
 */
export function onShutdownSignal(logger: Logger, stop: () => Promise<void>): void {
  let firstSignalAt: number | undefined;
  const handler = (signal: NodeJS.Signals): void => {
    if (firstSignalAt !== undefined) {
      if (Date.now() - firstSignalAt < 2_000) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    firstSignalAt = Date.now();
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
