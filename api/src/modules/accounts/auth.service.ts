/**
 * The accounts machinery one API process holds: Better Auth on its own small pool, and the email outbox.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../../common/logging/logger.js';
import type { Config } from '../../config.js';
import { createAuth, type Auth } from './auth.js';
import { emailOutbox, type EmailOutbox } from './email-outbox.js';
import { startEmailSender, type EmailSender } from './email-sender.js';

export interface AuthService {
  readonly auth: Auth;
  readonly outbox: EmailOutbox;
  /** Present when SMTP_URL is set. */
  readonly sender: EmailSender | undefined;
  close(): Promise<void>;
}

const TEST_SECRET = 'test-only-secret-never-used-outside-vitest-0123456789';

export function createAuthService({
  config,
  orm,
  logger,
}: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
}): AuthService {
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 4 });
  pool.on('error', (error) => logger.warn({ err: error }, 'accounts pool: idle client error'));
  const sender = config.smtpUrl
    ? startEmailSender({ knex: orm.em.getKnex(), smtpUrl: config.smtpUrl, from: config.smtpFrom, logger })
    : undefined;
  const outbox = emailOutbox(orm.em.getKnex(), () => void sender?.flush());
  const auth = createAuth({ pool, config, secret: authSecret(config, logger), outbox, logger });
  return {
    auth,
    outbox,
    sender,
    async close() {
      await sender?.stop();
      await pool.end();
    },
  };
}

/** The configured secret; in development one made once and kept beside the embedded database's data. */
function authSecret(config: Config, logger: Logger): string {
  if (config.authSecret) return config.authSecret;
  if (config.nodeEnv === 'test') return TEST_SECRET;
  const file = path.join(path.dirname(config.embeddedDataDir), 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    logger.info({ file }, 'AUTH_SECRET is unset: created a development secret');
    return secret;
  }
}
