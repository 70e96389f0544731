/**
 * The audit log: one row per change of state that matters (verification, membership, claims), written in the same
 * transaction as the change. It holds ids and states, never personal data (no names, emails or sensitive values):
 * erasing a person sets `actor_id` to null and leaves the history.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { knexRows } from '../../database/sql.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: 'Organization' | 'OrganizationClaim' | 'OrganizationMember' | 'OrganizationInvitation' | 'Person';
  subjectId: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  requestId?: string | null;
}

export async function recordAudit(knex: Knex, entry: AuditEntry): Promise<void> {
  await knexRows(
    knex,
    `insert into audit_event (actor_id, action, subject_type, subject_id, from_state, to_state, reason, request_id)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      entry.actorId,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.from ?? null,
      entry.to ?? null,
      entry.reason ?? null,
      entry.requestId ?? null,
    ],
  );
}
