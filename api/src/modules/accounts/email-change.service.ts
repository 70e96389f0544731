/**
 * A change of email address, past Better Auth's part (the request, and the link to the new address that makes the
 * change): once made, the old address is told, with a link valid 7 days that undoes it. Undoing puts the old address
 * back and ends every session, API token and password reset link of the account (whoever changed it is out), and
 * the person then asks for a new password at their own address.
 *
 * Better Auth's tables have no entities (its own adapter writes them): read and written here by SQL.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { sqlRows } from '../../database/sql.js';
import { rememberEmail } from './accounts.personal-data.js';
import { storedIdentifier } from './auth.js';
import { accountEmails } from './email-templates.js';

export const UNDO_SECONDS = 7 * 24 * 60 * 60;
const UNDO_PREFIX = 'email-change-undo:';

export interface EmailChange {
  userId: string;
  oldEmail: string;
  newEmail: string;
  requestId: string;
}

/**
 * What an email verification token says (Better Auth's JWT, whose signature Better Auth checks): for a change of
 * address, the old and new addresses and the person. Undefined for anything else.
 */
export function changeOf(token: string): { userId: string; oldEmail: string; newEmail: string } | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      email?: unknown;
      updateTo?: unknown;
      userId?: unknown;
    };
    if (typeof payload.email !== 'string' || typeof payload.updateTo !== 'string') return undefined;
    if (typeof payload.userId !== 'string') return undefined;
    return { userId: payload.userId, oldEmail: payload.email, newEmail: payload.updateTo };
  } catch {
    return undefined;
  }
}

export class EmailChangeService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string,
  ) {}

  /**
   * When Better Auth has made `change` (the person's address now is the new one): the old address is told, with a
   * link that undoes it. Nothing when the change did not happen.
   */
  async changed(change: EmailChange): Promise<void> {
    await this.em.transactional(async (em) => {
      const [person] = await sqlRows<{ name: string; email: string }>(
        em,
        'select name, email from auth_user where id = ?',
        [change.userId],
      );
      if (!person || person.email !== change.newEmail || change.oldEmail === change.newEmail) return;
      await rememberEmail(em, change.userId, change.oldEmail);
      const token = randomBytes(32).toString('base64url');
      await sqlRows(
        em,
        `insert into auth_verification (id, identifier, value, expires_at)
         values (?, ?, ?, now() + ?::int * interval '1 second')`,
        [randomUUID(), storedIdentifier(`${UNDO_PREFIX}${token}`), `${change.userId}:${change.oldEmail}`, UNDO_SECONDS],
      );
      await this.outbox.enqueue(
        em,
        change.oldEmail,
        'EMAIL_CHANGED',
        accountEmails(this.portalUrl).emailChanged(person.name, change.newEmail, token),
      );
      audit(em, {
        actorId: change.userId,
        action: 'EMAIL_CHANGED',
        subjectType: 'Person',
        subjectId: change.userId,
        requestId: change.requestId,
      });
    });
  }

  /** Undoes a change with the token of the link sent to the old address; false when the link is not valid. */
  undo(token: string, requestId: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      // taken once: a used, expired or made-up link finds nothing
      const [link] = await sqlRows<{ value: string }>(
        em,
        `delete from auth_verification where identifier = ? and expires_at > now() returning value`,
        [storedIdentifier(`${UNDO_PREFIX}${token}`)],
      );
      if (!link) return false;
      const colon = link.value.indexOf(':');
      const userId = link.value.slice(0, colon);
      const oldEmail = link.value.slice(colon + 1);
      const [current] = await sqlRows<{ email: string }>(em, 'select email from auth_user where id = ? for update', [
        userId,
      ]);
      // the old address taken meanwhile by another account: it cannot come back
      const [taken] = await sqlRows<{ id: string }>(em, 'select id from auth_user where email = ? and id <> ?', [
        oldEmail,
        userId,
      ]);
      if (!current || taken) return false;
      await rememberEmail(em, userId, current.email);
      await sqlRows(em, 'update auth_user set email = ?, email_verified = true, updated_at = now() where id = ?', [
        oldEmail,
        userId,
      ]);
      // whoever changed it is out: every session, API token and reset link of the account ends
      await sqlRows(em, 'delete from auth_session where user_id = ?', [userId]);
      await sqlRows(em, 'update api_token set revoked_at = coalesce(revoked_at, now()) where user_id = ?', [userId]);
      await sqlRows(em, `delete from auth_verification where value = ? and identifier like 'reset-password:%'`, [
        userId,
      ]);
      audit(em, {
        actorId: userId,
        action: 'EMAIL_CHANGE_UNDONE',
        subjectType: 'Person',
        subjectId: userId,
        requestId,
      });
      return true;
    });
  }
}
