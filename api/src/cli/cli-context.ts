import { createLogger, type Logger } from '../common/logging/logger.js';
import { ConfigError, loadConfig, type Config } from '../config.js';

/** Configuration and a logger for a command-line tool; a configuration error ends it with one line. */
export function cliContext(): { config: Config; logger: Logger } {
  try {
    const config = loadConfig();
    return { config, logger: createLogger(config.logLevel === 'silent' ? 'silent' : 'info') };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
