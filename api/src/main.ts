/** The API alone (the launcher in cli/platform.ts runs the API and the portal together). */
import { createLogger } from './common/logging/logger.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { onShutdownSignal, startApi } from './server.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
try {
  const api = await startApi(config, logger);
  onShutdownSignal(logger, () => api.stop());
  logger.info({ url: `${api.url}/graphql` }, 'API ready');
} catch (error) {
  logger.fatal({ err: error }, (error as Error).message);
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
