/**
 * Password reset requests, in two steps so that the answer tells nothing about which addresses have accounts:
 * - the request (`request`) is throttled (per address asked for, and per client) and records the ask in
 *   `password_reset_request`: the same statements whether or not the address has an account;
 * - a job (`passwordResetJob`, on the platform's job queue, sent in the same transaction as the ask) takes the ask,
 *   deleting it, and has Better Auth make the link, which goes to the outbox. An address without an account gets
 *   nothing.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { sqlRows } from '../../database/sql.js';
import { defineJob, jobQueueService } from '../../common/jobs/job-queue.js';
import { defineService, type Services } from '../../common/module/services.js';
import { resetIdentifier } from './auth.js';
import { authService } from './auth.service.js';
import { reserveAttempt, type ThrottleLimit } from './sign-in-throttle.js';

/** Links one address may be sent: 3 per 15 minutes. */
export const RESET_ADDRESS_LIMIT = { max: 3, windowSeconds: 15 * 60 } as const;
/** Requests one client may make, whatever the addresses: 20 an hour. */
export const RESET_CLIENT_LIMIT = { max: 20, windowSeconds: 60 * 60 } as const;

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

/** Asks left over by a stopped process of an older version are dropped after this long (they hold an address). */
const STALE_ASK = '1 hour';

/**
 * Takes one ask (deleting it: it holds the address, kept no longer than needed) and has Better Auth make the link,
 * which goes to the outbox. Runs at least once: a second run finds the ask gone and does nothing.
 */
export const passwordResetJob = defineJob<{ askId: string }>({
  name: 'accounts.password-reset',
  retryLimit: 3,
  async run({ askId }, { em, services, logger }) {
    const [ask] = await sqlRows<{ email: string }>(
      em,
      'delete from password_reset_request where id = ? returning email',
      [askId],
    );
    await sqlRows(em, `delete from password_reset_request where created_at < now() - interval '${STALE_ASK}'`);
    if (!ask) return;
    try {
      await services.get(authService).auth.api.requestPasswordReset({ body: { email: ask.email } });
    } catch (error) {
      // the ask is spent (the person can ask again); the address stays out of the log
      logger.warn({ err: error }, 'password reset job: a link could not be made');
    }
  },
});

export class PasswordResetRequests {
  constructor(private readonly dependencies: { services: Services; orm: MikroORM }) {}

  /**
   * Records an ask for a reset link and sends the job that handles it, in one transaction; the seconds to wait
   * instead when a limit is reached. Never looks at whether the address has an account.
   */
  async request(email: string, clientAddress: string): Promise<{ retryAfterSeconds: number | null }> {
    const { orm, services } = this.dependencies;
    const attempt = await reserveAttempt(orm.em.getKnex(), resetLimits(email, clientAddress));
    if (!('ids' in attempt)) return { retryAfterSeconds: attempt.wait };
    const jobs = services.get(jobQueueService);
    await orm.em.fork().transactional(async (em) => {
      const askId = randomUUID();
      await sqlRows(em, 'insert into password_reset_request (id, email) values (?, ?)', [askId, email]);
      await jobs.send(em, passwordResetJob, { askId });
    });
    jobs.wake(passwordResetJob);
    return { retryAfterSeconds: null };
  }
}

export const passwordResetRequests = defineService<PasswordResetRequests>(
  'accounts.password-reset-requests',
  ({ services, orm }) => new PasswordResetRequests({ services, orm }),
);
