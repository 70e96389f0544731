import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp, type App } from './app.js';
import type { Logger } from './common/logging/logger.js';
import type { Config } from './config.js';
import { portInUseMessage } from './cli/ports.js';
import { StartError } from './cli/entry-point.js';

export interface RunningApi {
  url: string;
  app: App;
  /** Graceful: stop accepting, finish in-flight requests (the database is closed by the entry point). */
  stop(): Promise<void>;
}

/** Starts the API's HTTP server on an opened database (see cli/entry-point.ts for how the database is opened). */
export async function startApi(config: Config, logger: Logger, orm: MikroORM): Promise<RunningApi> {
  const app = await createApp({ config, orm, logger });
  const url = await app.listen().catch(async (error: NodeJS.ErrnoException) => {
    await app.stop().catch(() => undefined);
    if (error.code === 'EADDRINUSE') throw new StartError(await portInUseMessage(config.port, 'the API', 'PORT'));
    throw error;
  });
  return { url, app, stop: () => app.stop() };
}
