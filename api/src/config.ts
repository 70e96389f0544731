/**
 * The only module that reads `process.env`. Every variable is parsed and checked once, at start; a wrong value
 * stops the process with one line that names the variable and what it expects (see main.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface Config {
  readonly nodeEnv: NodeEnv;
  /** Unset: the launcher starts the embedded PostgreSQL and passes its URL here. */
  readonly databaseUrl: string | undefined;
  readonly databasePoolMax: number;
  readonly host: string;
  readonly port: number;
  /** Public base URL of the API, used in links and logs. */
  readonly publicUrl: string;
  readonly logLevel: LogLevel;
  /** Rate limits: points (1 per 100 objects an operation can return) per window, per API token, person, address. */
  readonly rateLimit: { windowSeconds: number; apiToken: number; person: number; anonymous: number };
  /** Shares rate-limit counters through Redis instead of PostgreSQL when set. */
  readonly redisUrl: string | undefined;
  /** Longest a GraphQL operation runs before the client gets a TIMEOUT error. */
  readonly executionTimeoutMs: number;
  /** How long in-flight requests get to finish after SIGTERM/SIGINT. */
  readonly shutdownTimeoutMs: number;
  /** Apply pending migrations at start. */
  readonly migrateOnStart: boolean;
  /** Fill an empty directory with the fictional demo data at `pnpm start` (never in production). */
  readonly seedDemo: boolean;
  /** Folder of the embedded PostgreSQL's data (git-ignored). */
  readonly embeddedDataDir: string;
  /** Port of the portal server started by the launcher. */
  readonly portalPort: number;
  /** Public URL of the portal, printed by the launcher and used in the links of emails. */
  readonly portalPublicUrl: string;
  /**
   * Signs session cookies and email verification links. Required in production; elsewhere a random one is kept in
   * the data folder (development) or fixed (tests).
   */
  readonly authSecret: string | undefined;
  /** Peers whose X-Forwarded-For is believed (the portal's server calls the API on behalf of browsers). */
  readonly trustedProxies: readonly string[];
  /** Folder of uploaded files (verification evidence). */
  readonly uploadDir: string;
  /** Largest upload accepted. */
  readonly uploadMaxBytes: number;
  /** Delivers the email outbox when set (smtp:// or smtps://, with credentials if needed). */
  readonly smtpUrl: string | undefined;
  /** Sender of the platform's emails. */
  readonly smtpFrom: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
    readonly received: string | undefined,
  ) {
    super(
      `Invalid configuration: ${variable} must be ${expected}` +
        (received === undefined ? ' (it is unset)' : ` (got ${JSON.stringify(received)})`),
    );
    this.name = 'ConfigError';
  }
}

/** The repository's root folder, from this file's place in api/src or api/dist. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(name, `one of ${allowed.join(', ')}`, value);
}

function integer(env: Env, name: string, min: number, max: number, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, value);
  }
  return parsed;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigError(name, 'true or false', value);
}

function url(env: Env, name: string, protocols: readonly string[], fallback?: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `a URL starting with ${protocols.join(' or ')}`, redact(value));
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `a URL starting with ${protocols.join(' or ')}`, redact(value));
  }
  return value;
}

function secret(env: Env, name: string): string | undefined {
  const value = text(env, name);
  if (value !== undefined && value.length < 32) throw new ConfigError(name, 'at least 32 characters', '***');
  return value;
}

/** Never echo a password back into a terminal or a log. */
function redact(value: string): string {
  return value.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const port = integer(env, 'PORT', 0, 65535, 4000);
  const host = text(env, 'HOST') ?? '127.0.0.1';
  const portalPort = integer(env, 'PORTAL_PORT', 0, 65535, 3000);
  const config: Config = {
    nodeEnv,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolMax: integer(env, 'DATABASE_POOL_MAX', 1, 500, 10),
    host,
    port,
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`)!.replace(/\/$/, ''),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 0, 600_000, 10_000),
    executionTimeoutMs: integer(env, 'EXECUTION_TIMEOUT_MS', 100, 600_000, 5_000),
    rateLimit: {
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 1, 86_400, 3_600),
      apiToken: integer(env, 'RATE_LIMIT_TOKEN_POINTS', 1, 10_000_000, 5_000),
      person: integer(env, 'RATE_LIMIT_PERSON_POINTS', 1, 10_000_000, 5_000),
      anonymous: integer(env, 'RATE_LIMIT_ANONYMOUS_POINTS', 1, 10_000_000, 1_000),
    },
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    migrateOnStart: bool(env, 'MIGRATE_ON_START', true),
    seedDemo: nodeEnv !== 'production' && bool(env, 'SEED_DEMO', true),
    embeddedDataDir: path.resolve(repositoryRoot, text(env, 'EMBEDDED_PG_DIR') ?? '.data/postgres'),
    portalPort,
    authSecret: secret(env, 'AUTH_SECRET'),
    uploadDir: path.resolve(repositoryRoot, text(env, 'UPLOAD_DIR') ?? '.data/uploads'),
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_BYTES', 1024, 100 * 1024 * 1024, 5 * 1024 * 1024),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smtpFrom: text(env, 'SMTP_FROM') ?? 'Shabaka <no-reply@shabaka.invalid>',
    trustedProxies: (text(env, 'TRUSTED_PROXIES') ?? '127.0.0.1,::1')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    portalPublicUrl: url(env, 'PORTAL_PUBLIC_URL', ['http:', 'https:'], `http://localhost:${portalPort}`)!.replace(
      /\/$/,
      '',
    ),
  };
  if (config.nodeEnv === 'production' && config.authSecret === undefined) {
    throw new ConfigError(
      'AUTH_SECRET',
      'set in production (at least 32 characters, e.g. openssl rand -base64 32)',
      undefined,
    );
  }
  return Object.freeze(config);
}
