/**
 * What accounts hold about a person: the person (name, email, the addresses they had before), credentials, sessions with their addresses and
 * browsers, API tokens, platform roles, pending email and password links, sign-in throttling rows. Erasure removes
 * all of it and keeps the `auth_user` row as a pseudonym ("Erased person", an address that cannot receive mail), so
 * that records that must stay (verification decisions, evidence, the audit log) still point to one anonymous actor.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ERASED_NAME, type PersonalDataSection, type PersonRef } from '../../common/personal-data/personal-data.js';
import { sqlRows } from '../../database/sql.js';
import { AccountEmailEntity } from './account-email.entity.js';

// Better Auth's tables have no entities (its own adapter writes them): read and erased by SQL
export const accountsPersonalData: PersonalDataSection = {
  holder: 'accounts',
  async export(em, person) {
    const one = (sql: string): Promise<unknown[]> => sqlRows(em, sql, [person.userId]);
    const [row] = await one(
      'select id, name, email, email_verified, created_at, updated_at from auth_user where id = ?',
    );
    return {
      person: row,
      previousEmails: (
        await em.find(AccountEmailEntity, { userId: person.userId }, { orderBy: { replacedAt: 'asc' } })
      ).map((e) => ({ email: e.email, replaced_at: e.replacedAt })),
      credentials: await one(
        `select provider_id, created_at, updated_at, (password is not null) as has_password from auth_account where user_id = ?`,
      ),
      sessions: await one(
        'select id, created_at, expires_at, ip_address, user_agent from auth_session where user_id = ? order by created_at',
      ),
      platformRoles: await one('select role, granted_at from platform_role where user_id = ? order by role'),
      apiTokens: await one(
        'select id, name, prefix, created_at, last_used_at, revoked_at from api_token where user_id = ? order by created_at',
      ),
    };
  },
  async erase(em, person) {
    for (const email of person.emails) {
      await sqlRows(em, 'delete from sign_in_failure where key = any(?)', [[`email:${email}`, `reset-email:${email}`]]);
      await sqlRows(em, 'delete from password_reset_request where email = ?', [email]);
      await sqlRows(em, 'delete from auth_verification where identifier = ? or value like ?', [email, `%${email}%`]);
    }
    // every one-time value of the person (reset links are keyed by their id, undo links by their id and old address)
    await sqlRows(em, 'delete from auth_verification where value = ? or value like ?', [
      person.userId,
      `${person.userId}:%`,
    ]);
    await em.nativeDelete(AccountEmailEntity, { userId: person.userId });
    for (const table of ['auth_session', 'auth_account', 'api_token', 'platform_role']) {
      await sqlRows(em, `delete from ${table} where user_id = ?`, [person.userId]);
    }
    await sqlRows(
      em,
      `update auth_user set name = ?, email = ?, email_verified = false, image = null, updated_at = now() where id = ?`,
      [ERASED_NAME, `erased-${person.userId}@erased.invalid`, person.userId],
    );
  },
};

/** The person as the personal-data sections know them: every address they have had, the current one first. */
export async function personRef(em: EntityManager, userId: string): Promise<PersonRef | undefined> {
  const [row] = await sqlRows<{ name: string; email: string }>(em, 'select name, email from auth_user where id = ?', [
    userId,
  ]);
  if (!row) return undefined;
  const earlier = await em.find(AccountEmailEntity, { userId }, { orderBy: { replacedAt: 'desc' } });
  const emails = [row.email, ...earlier.map((e) => e.email).filter((e) => e !== row.email)];
  return { userId, name: row.name, emails };
}

/** Remembers an address the person is leaving (their data under it stays theirs). */
export async function rememberEmail(em: EntityManager, userId: string, email: string): Promise<void> {
  // insert or refresh, one statement: the same address can be left twice
  await sqlRows(
    em,
    `insert into account_email (user_id, email) values (?, ?)
     on conflict (user_id, email) do update set replaced_at = now()`,
    [userId, email],
  );
}
