import { pino, type Logger } from 'pino';
import type { LogLevel } from '../../config.js';

export type { Logger };

/** Structured JSON logs on stdout; credentials and personal data never reach them. */
export function createLogger(level: LogLevel, base: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'shabaka-api', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', 'variables'],
      censor: '[redacted]',
    },
  });
}
