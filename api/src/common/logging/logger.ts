import { pino, type Logger, type LoggerOptions } from 'pino';
import PinoPretty from 'pino-pretty';
import type { LogLevel } from '../../config.js';

export type { Logger };

export interface CreateLoggerOptions {
  base?: Record<string, unknown>;
  /** Short coloured lines for a person at a terminal instead of JSON lines (see `wantsPrettyLogs`). */
  pretty?: boolean;
  /** Where the lines go (standard output by default). */
  destination?: NodeJS.WritableStream;
}

/** Pretty lines on a terminal in development; JSON lines in production, in tests and whenever the output is piped. */
export function wantsPrettyLogs(nodeEnv: string, stream: { isTTY?: boolean } = process.stdout): boolean {
  return nodeEnv === 'development' && stream.isTTY === true;
}

/** Fields a pretty line never shows: the same on every line, or folded into its message. */
const QUIET = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg', 'component', 'err']);

function value(v: unknown): string {
  if (typeof v === 'string') return /\s/.test(v) || v === '' ? JSON.stringify(v) : v;
  return JSON.stringify(v);
}

/**
 * One short line per entry: `component: message key=value ...`; a request as `POST /graphql 200 Name 12.3 ms`;
 * an error's message on the line and, from level error up, its stack below.
 */
export function prettyMessage(log: Record<string, unknown>): string {
  if (log.msg === 'request') {
    const operation = typeof log.operationName === 'string' ? ` ${log.operationName}` : '';
    return `${String(log.method)} ${String(log.path)} ${String(log.status)}${operation} ${String(log.durationMs)} ms`;
  }
  const parts: string[] = [];
  if (typeof log.component === 'string') parts.push(`${log.component}:`);
  parts.push(typeof log.msg === 'string' ? log.msg : '');
  for (const [key, v] of Object.entries(log)) {
    if (QUIET.has(key) || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    parts.push(`${key}=${value(v)}`);
  }
  const err = log.err as { message?: string; stack?: string } | undefined;
  let line = parts.join(' ');
  if (err?.message && !line.includes(err.message)) line += `: ${err.message}`;
  if (err?.stack && typeof log.level === 'number' && log.level >= 50) {
    line += `\n${err.stack.split('\n').slice(1).join('\n')}`;
  }
  return line;
}

/** Structured JSON logs on stdout (or pretty lines, see above); credentials and personal data never reach them. */
export function createLogger(level: LogLevel, options: CreateLoggerOptions = {}): Logger {
  const settings: LoggerOptions = {
    level,
    base: { service: 'shabaka-api', ...options.base },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', 'variables'],
      censor: '[redacted]',
    },
  };
  if (!options.pretty) return options.destination ? pino(settings, options.destination) : pino(settings);
  return pino(
    settings,
    PinoPretty({
      sync: true,
      ...(options.destination ? { destination: options.destination } : {}),
      translateTime: 'SYS:HH:MM:ss',
      hideObject: true,
      messageFormat: (log) => prettyMessage(log),
    }),
  );
}
