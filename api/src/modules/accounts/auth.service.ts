/**
 * The accounts machinery one API process holds: Better Auth on its own small pool, its emails through the outbox.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { emailOutboxService } from '../../common/email/email-outbox.js';
import type { Logger } from '../../common/logging/logger.js';
import { defineService } from '../../common/module/services.js';
import type { Config } from '../../config.js';
import { createAuth, type Auth } from './auth.js';

export interface AuthService {
  readonly auth: Auth;
  close(): Promise<void>;
}

const TEST_SECRET = 'test-only-secret-never-used-outside-vitest-0123456789';

export const authService = defineService<AuthService>('accounts.auth', ({ config, orm, logger, services }) => {
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 4 });
  pool.on('error', (error) => logger.warn({ err: error }, 'accounts pool: idle client error'));
  const outbox = services.get(emailOutboxService);
  const auth = createAuth({
    pool,
    config,
    secret: authSecret(config, logger),
    enqueue: (recipient, kind, content) => outbox.enqueue(orm.em.fork(), recipient, kind, content),
    logger,
  });
  return {
    auth,
    async close() {
      await pool.end();
    },
  };
});

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
