/**
 * Jordan's Personal Data Protection Law (2023): a person can download everything the platform holds about them, and
 * have it erased.
 *
 * Erasure removes what identifies the person (name, email, sessions with their addresses and browsers, credentials,
 * tokens, roles, memberships, claims, invitations and emails addressed to them, throttling rows keyed by their
 * email) and keeps the `auth_user` row as a pseudonym ("erased person", an address that cannot receive mail) so that
 * the records that must stay (verification decisions, evidence uploaded, the audit log, later grants and payments)
 * still point to one anonymous actor. Both are written to the audit log, which holds ids only.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { recordAudit } from '../../common/audit/audit.js';
import { knexRows } from '../../database/sql.js';

export const ERASED_NAME = 'Erased person';

export async function exportPersonalData(
  knex: Knex,
  userId: string,
  requestId: string,
): Promise<Record<string, unknown>> {
  const one = async (sql: string): Promise<unknown[]> => knexRows(knex, sql, [userId]);
  const [person] = await one(
    'select id, name, email, email_verified, created_at, updated_at from auth_user where id = ?',
  );
  const data = {
    exportedAt: new Date().toISOString(),
    format: 'Shabaka personal data export, version 1',
    person,
    credentials: await one(
      `select provider_id, created_at, updated_at, (password is not null) as has_password from auth_account where user_id = ?`,
    ),
    sessions: await one(
      'select id, created_at, expires_at, ip_address, user_agent from auth_session where user_id = ? order by created_at',
    ),
    platformRoles: await one('select role, granted_at from platform_role where user_id = ? order by role'),
    memberships: await one(
      `select m.organization_id, coalesce(o.name_ar, o.name_en) as organization, m.role, m.created_at
       from organization_member m join organization o on o.id = m.organization_id where m.user_id = ? order by m.created_at`,
    ),
    apiTokens: await one(
      'select id, name, prefix, created_at, last_used_at, revoked_at from api_token where user_id = ? order by created_at',
    ),
    claims: await one(
      'select id, organization_id, message, status, created_at, decided_at, reason from organization_claim where user_id = ?',
    ),
    invitationsReceived: await one(
      `select i.id, i.organization_id, i.role, i.created_at, i.expires_at, i.accepted_at
       from organization_invitation i join auth_user u on u.email = i.email where u.id = ?`,
    ),
    evidenceUploaded: await one(
      `select id, organization_id, media_type, size_bytes, encode(sha256, 'hex') as sha256, created_at
       from verification_evidence where uploaded_by = ?`,
    ),
    emails: await one(
      `select e.kind, e.subject, e.body_text, e.created_at, e.sent_at
       from email_outbox e join auth_user u on u.email = e.recipient where u.id = ? order by e.created_at`,
    ),
    auditEventsAsActor: await one(
      `select occurred_at, action, subject_type, subject_id, from_state, to_state, reason
       from audit_event where actor_id = ? order by id`,
    ),
  };
  await recordAudit(knex, {
    actorId: userId,
    action: 'PERSONAL_DATA_EXPORTED',
    subjectType: 'Person',
    subjectId: userId,
    requestId,
  });
  return data;
}

export async function erasePerson(knex: Knex, userId: string, requestId: string): Promise<void> {
  await knex.transaction(async (trx) => {
    const [person] = await knexRows<{ email: string; name: string }>(
      trx,
      'select email, name from auth_user where id = ? for update',
      [userId],
    );
    if (!person) return;
    const email = person.email;
    await knexRows(trx, 'delete from email_outbox where recipient = ?', [email]);
    // emails to others that name the person (invitations they sent) keep going out, naming the pseudonym
    await knexRows(
      trx,
      `update email_outbox set subject = replace(subject, ?, ?), body_text = replace(replace(body_text, ?, ?), ?, ?)
       where position(? in body_text) > 0 or position(? in subject) > 0 or position(? in body_text) > 0`,
      [person.name, ERASED_NAME, person.name, ERASED_NAME, email, ERASED_NAME, person.name, person.name, email],
    );
    await knexRows(trx, 'delete from organization_invitation where email = ?', [email]);
    await knexRows(trx, 'delete from sign_in_failure where key = ?', [`email:${email}`]);
    await knexRows(trx, 'delete from auth_verification where identifier = ? or value = ? or value like ?', [
      email,
      userId,
      `%${email}%`,
    ]);
    for (const table of [
      'auth_session',
      'auth_account',
      'api_token',
      'platform_role',
      'organization_member',
      'organization_claim',
    ]) {
      await knexRows(trx, `delete from ${table} where user_id = ?`, [userId]);
    }
    await knexRows(
      trx,
      `update auth_user set name = ?, email = ?, email_verified = false, image = null, updated_at = now() where id = ?`,
      [ERASED_NAME, `erased-${userId}@erased.invalid`, userId],
    );
    await recordAudit(trx, {
      actorId: userId,
      action: 'PERSON_ERASED',
      subjectType: 'Person',
      subjectId: userId,
      requestId,
    });
  });
}
