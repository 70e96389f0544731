/**
 * Better Auth: the mechanics of accounts (sign-up, email verification, sign-in, sessions, password reset, change of
 * email), on its own small pool to the same PostgreSQL, with the platform's choices:
 * - tables `auth_user`, `auth_session`, `auth_account`, `auth_verification` with snake_case columns (migration
 *   Accounts), uuid ids;
 * - argon2id passwords (password.ts) and NIST rules checked before Better Auth sees a password (the mutations);
 * - email verification required before the first sign-in; every email goes through the outbox, with links to the
 *   portal's pages rather than to Better Auth's HTTP routes (the API only speaks GraphQL: Better Auth's router is
 *   never mounted, and its functions are called from the mutations);
 * - one-time values (password reset tokens) stored only as hashes; one live reset link per person (a new one revokes
 *   the others), and a reset revokes every link left;
 * - no telemetry, no secret from the environment behind the configuration's back.
 */
import { createHash, randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import type pg from 'pg';
import type { Config } from '../../config.js';
import type { Logger } from '../../common/logging/logger.js';
import { CLIENT_ADDRESS_HEADER } from '../../common/http/client-address.js';
import type { EmailContent } from '../../common/email/email-outbox.js';
import { accountEmails } from './email-templates.js';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from './password.js';

export const SESSION_DAYS = 14;
export const RESET_TOKEN_SECONDS = 60 * 60;
export const VERIFICATION_TOKEN_SECONDS = 60 * 60 * 24;

const timestamps = { createdAt: 'created_at', updatedAt: 'updated_at' } as const;

/**
 * How a one-time identifier (`reset-password:<token>`) is stored: its prefix kept (so a person's reset links can be
 * found and revoked), then the base64url SHA-256 of the whole identifier. A fast hash is right for a random token.
 */
export function storedIdentifier(identifier: string): string {
  const colon = identifier.indexOf(':');
  const digest = createHash('sha256').update(identifier, 'utf8').digest('base64url');
  return colon > 0 ? `${identifier.slice(0, colon + 1)}${digest}` : digest;
}

/** The stored identifier of a password reset token. */
export const resetIdentifier = (token: string): string => storedIdentifier(`reset-password:${token}`);

/** Email addresses never reach the logs (Better Auth writes some into its messages, e.g. a repeated sign-up). */
export function redactPersonalData(message: string): string {
  return message.replace(/[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g, '[email]');
}

export function createAuth({
  pool,
  config,
  secret,
  enqueue,
  logger,
}: {
  pool: pg.Pool;
  config: Config;
  secret: string;
  /** Writes an email to the outbox. */
  enqueue: (recipient: string, kind: string, content: EmailContent) => Promise<void>;
  logger: Logger;
}) {
  const emails = accountEmails(config.portalPublicUrl);
  return betterAuth({
    appName: 'Shabaka',
    baseURL: config.publicUrl,
    secret,
    database: pool,
    telemetry: { enabled: false },
    logger: {
      level: 'info',
      log: (level, message) => {
        const text = redactPersonalData(message);
        if (level === 'error') logger.error({ source: 'better-auth' }, text);
        else if (level === 'warn') logger.warn({ source: 'better-auth' }, text);
        else logger.debug({ source: 'better-auth', level }, text);
      },
    },
    // the API only calls Better Auth's functions (never its router): its HTTP rate limiter would not apply; sign-in
    // throttling is the platform's own (sign-in-throttle.ts)
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'shabaka',
      useSecureCookies: config.publicUrl.startsWith('https:'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => randomUUID() },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    user: {
      modelName: 'auth_user',
      fields: { emailVerified: 'email_verified', ...timestamps },
      changeEmail: { enabled: true },
    },
    session: {
      modelName: 'auth_session',
      fields: {
        userId: 'user_id',
        expiresAt: 'expires_at',
        ipAddress: 'ip_address',
        userAgent: 'user_agent',
        ...timestamps,
      },
      expiresIn: 60 * 60 * 24 * SESSION_DAYS,
      updateAge: 60 * 60 * 24,
    },
    account: {
      modelName: 'auth_account',
      fields: {
        userId: 'user_id',
        accountId: 'account_id',
        providerId: 'provider_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        ...timestamps,
      },
    },
    verification: {
      modelName: 'auth_verification',
      fields: { expiresAt: 'expires_at', ...timestamps },
      storeIdentifier: { hash: (identifier: string) => Promise.resolve(storedIdentifier(identifier)) },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: RESET_TOKEN_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        // one live link: the new one replaces those sent before
        await pool.query(
          `delete from auth_verification where value = $1 and identifier like 'reset-password:%' and identifier <> $2`,
          [user.id, resetIdentifier(token)],
        );
        await enqueue(user.email, 'PASSWORD_RESET', emails.passwordReset(user.name, token));
      },
      onPasswordReset: async ({ user }) => {
        // every other link of the person is revoked with the reset
        await pool.query(`delete from auth_verification where value = $1 and identifier like 'reset-password:%'`, [
          user.id,
        ]);
      },
      onExistingUserSignUp: async ({ user }) => {
        // the person signing up sees the same answer as for a new address; the owner of the address is told
        await enqueue(user.email, 'SIGN_UP_EXISTING', emails.existingAccount(user.name));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: VERIFICATION_TOKEN_SECONDS,
      sendVerificationEmail: async ({ user, token }) => {
        await enqueue(user.email, 'EMAIL_VERIFICATION', emails.verifyEmail(user.name, token));
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
