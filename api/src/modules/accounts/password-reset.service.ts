/**
 * Password reset requests, in two steps so that the answer tells nothing about which addresses have accounts:
 * - the request (`request`) is throttled (per address asked for, and per client) and records the ask in
 *   `password_reset_request`: the same statements whether or not the address has an account;
 * - a job (`run`, started right after each request, and on a timer for asks left by a stopped process) takes each ask
 *   once (`for update skip locked`, deleting it), and has Better Auth make the link, which goes to the outbox. An
 *   address without an account gets nothing.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { knexRows, sqlRows } from '../../database/sql.js';
import type { Logger } from '../../common/logging/logger.js';
import { defineService, type Services } from '../../common/module/services.js';
import { resetIdentifier, type Auth } from './auth.js';
import { authService } from './auth.service.js';
import { reserveAttempt, type ThrottleLimit } from './sign-in-throttle.js';

/** Links one address may be sent: 3 per 15 minutes. */
export const RESET_ADDRESS_LIMIT = { max: 3, windowSeconds: 15 * 60 } as const;
/** Requests one client may make, whatever the addresses: 20 an hour. */
export const RESET_CLIENT_LIMIT = { max: 20, windowSeconds: 60 * 60 } as const;

const INTERVAL_MS = 30_000;

export function resetLimits(email: string, clientAddress: string): ThrottleLimit[] {
  return [
    { key: `reset-email:${email}`, ...RESET_ADDRESS_LIMIT },
    { key: `reset-ip:${clientAddress}`, ...RESET_CLIENT_LIMIT },
  ];
}

/** The person a live reset token is for (their email and name, for the password rules), if any. */
export async function personOfResetToken(
  em: EntityManager,
  token: string,
): Promise<{ email: string; name: string } | undefined> {
  // Better Auth's tables have no entities (its own adapter writes them)
  const [person] = await sqlRows<{ email: string; name: string }>(
    em,
    `select u.email, u.name from auth_verification v join auth_user u on u.id::text = v.value
     where v.identifier = ? and v.expires_at > now()`,
    [resetIdentifier(token)],
  );
  return person;
}

export class PasswordResetJobs {
  private running: Promise<void> | undefined;
  private again = false;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly auth: Auth;

  constructor(
    private readonly dependencies: { services: Services; orm: MikroORM; logger: Logger },
    /** `automatic: false` (tests): the job runs only when `run` is called. */
    private readonly options: { automatic: boolean } = { automatic: true },
  ) {
    // made first, so that it is closed after this job
    this.auth = dependencies.services.get(authService).auth;
    if (options.automatic) {
      this.timer = setInterval(() => void this.run(), INTERVAL_MS);
      this.timer.unref();
      void this.run();
    }
  }

  /**
   * Records an ask for a reset link; the seconds to wait instead when a limit is reached. Never looks at whether the
   * address has an account.
   */
  async request(email: string, clientAddress: string): Promise<{ retryAfterSeconds: number | null }> {
    const knex = this.dependencies.orm.em.getKnex();
    const attempt = await reserveAttempt(knex, resetLimits(email, clientAddress));
    if (!('ids' in attempt)) return { retryAfterSeconds: attempt.wait };
    await knexRows(knex, 'insert into password_reset_request (id, email) values (?, ?)', [randomUUID(), email]);
    if (this.options.automatic) void this.run();
    return { retryAfterSeconds: null };
  }

  /** Handles every waiting ask (one run at a time; an ask recorded meanwhile is taken by the same run). */
  run(): Promise<void> {
    this.again = true;
    this.running ??= (async () => {
      while (this.again) {
        this.again = false;
        while (await this.next()) {
          // one ask after the other
        }
      }
    })()
      .catch((error: unknown) => this.dependencies.logger.warn({ err: error }, 'password reset job failed'))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Takes one ask and handles it; false when none is waiting. */
  private async next(): Promise<boolean> {
    // an atomic take: two API instances never handle one ask twice (skip locked)
    const [ask] = await knexRows<{ email: string }>(
      this.dependencies.orm.em.getKnex(),
      `delete from password_reset_request where id = (
         select id from password_reset_request order by created_at limit 1 for update skip locked
       ) returning email`,
    );
    if (!ask) return false;
    try {
      // Better Auth makes a link only for an address with an account (its email goes to the outbox)
      await this.auth.api.requestPasswordReset({ body: { email: ask.email } });
    } catch (error) {
      // the ask is spent (the person can ask again); the address stays out of the log
      this.dependencies.logger.warn({ err: error }, 'password reset job: a link could not be made');
    }
    return true;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

export const passwordResetJobs = defineService<PasswordResetJobs>(
  'accounts.password-reset-jobs',
  ({ services, orm, logger }) => new PasswordResetJobs({ services, orm, logger }),
);
