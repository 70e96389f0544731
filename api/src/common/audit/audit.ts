/**
 * The audit log: one row per change of state that matters, written in the same transaction as the change. It holds
 * ids and states, never personal data (no names, emails or sensitive values): erasing a person leaves their id,
 * which then names an anonymous pseudonym.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonalDataSection } from '../personal-data/personal-data.js';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  /** The GraphQL type name of what changed. */
  subjectType: string;
  subjectId: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  requestId?: string | null;
}

/** Adds the event to `em`'s unit of work: it is written with the change, in the same flush and transaction. */
export function audit(em: EntityManager, entry: AuditEntry): AuditEventEntity {
  const event = Object.assign(new AuditEventEntity(), {
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    fromState: entry.from ?? null,
    toState: entry.to ?? null,
    reason: entry.reason ?? null,
    requestId: entry.requestId ?? null,
  });
  em.persist(event);
  return event;
}

/** The person's own actions are part of their export; erasure keeps them under the pseudonym (ids only). */
export const auditPersonalData: PersonalDataSection = {
  holder: 'audit',
  async export(em, person) {
    const events = await em.find(AuditEventEntity, { actorId: person.userId }, { orderBy: { id: 'asc' } });
    return {
      auditEventsAsActor: events.map((e) => ({
        occurred_at: e.occurredAt,
        action: e.action,
        subject_type: e.subjectType,
        subject_id: e.subjectId,
        from_state: e.fromState,
        to_state: e.toState,
        reason: e.reason,
      })),
    };
  },
  erase() {
    return Promise.resolve();
  },
};
