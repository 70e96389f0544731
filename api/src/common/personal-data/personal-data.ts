/**
 * Jordan's Personal Data Protection Law (2023): a person can download everything the platform holds about them, and
 * have it erased. Each module (and each shared mechanism that keeps personal data, such as the email outbox) says
 * what it holds about a person in a section; the platform runs every section for an export, and every section in
 * one transaction for an erasure.
 *
 * A person is known by their id and by every email address they have had (`PersonRef.emails`): rows written before
 * an email change (emails sent, invitations received, sign-in failures) belong to the person as much as later ones.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { defineService } from '../module/services.js';

/** The name an erased person's records keep. */
export const ERASED_NAME = 'Erased person';

export interface PersonRef {
  readonly userId: string;
  /** The name the person goes by now. */
  readonly name: string;
  /** The current address first, then every earlier one. */
  readonly emails: readonly string[];
}

/** Why an erasure cannot go ahead now, in words the person can act on (e.g. hand over an organisation first). */
export interface ErasureRefusal {
  readonly code: string;
  readonly message: string;
  /** The organisations the refusal concerns (LAST_OWNER), by their names, for a client to name them in its language. */
  readonly organizationNames?: readonly { ar: string | null; en: string | null }[];
}

export interface PersonalDataSection {
  /** Who holds it (a module's name), for the log and the order of erasure. */
  readonly holder: string;
  /** The section's parts of the export document: keys of the document, each with what this holder keeps. */
  export(em: EntityManager, person: PersonRef): Promise<Record<string, unknown>>;
  /** Reasons to refuse the erasure before anything is erased (checked for every section first). */
  refuseErasure?(em: EntityManager, person: PersonRef): Promise<ErasureRefusal | undefined>;
  /**
   * Removes or pseudonymises what identifies the person, inside the erasure's transaction (`em` is transactional);
   * records that must stay keep the person's id, which then names an anonymous pseudonym.
   */
  erase(em: EntityManager, person: PersonRef): Promise<void>;
}

/** Every holder's section, in the platform's module order (erasure runs them in reverse: dependants first). */
export interface PersonalDataRegistry {
  readonly sections: readonly PersonalDataSection[];
}

/** Provided by the app at start from the modules' sections and the shared mechanisms'. */
export const personalDataRegistry = defineService<PersonalDataRegistry>('personal-data');

/** Everything every holder keeps about the person, as one document; the export itself is audited. */
export async function exportPersonalData(
  em: EntityManager,
  registry: PersonalDataRegistry,
  person: PersonRef,
  requestId: string,
): Promise<Record<string, unknown>> {
  const document: Record<string, unknown> = {
    exportedAt: new Date().toISOString(),
    format: 'Shabaka personal data export, version 1',
  };
  for (const section of registry.sections) Object.assign(document, await section.export(em, person));
  em.persist(
    Object.assign(new AuditEventEntity(), {
      actorId: person.userId,
      action: 'PERSONAL_DATA_EXPORTED',
      subjectType: 'Person',
      subjectId: person.userId,
      requestId,
    }),
  );
  await em.flush();
  return document;
}

/**
 * Erases the person in one transaction: every holder may refuse first (nothing is erased then), then each erases
 * its part, dependants first (the reverse of the module order), and the erasure is audited under the pseudonym.
 */
export function erasePerson(
  em: EntityManager,
  registry: PersonalDataRegistry,
  person: PersonRef,
  requestId: string,
): Promise<ErasureRefusal | undefined> {
  return em.transactional(async (tem) => {
    for (const section of registry.sections) {
      const refusal = await section.refuseErasure?.(tem, person);
      if (refusal) return refusal;
    }
    for (const section of [...registry.sections].reverse()) await section.erase(tem, person);
    tem.persist(
      Object.assign(new AuditEventEntity(), {
        actorId: person.userId,
        action: 'PERSON_ERASED',
        subjectType: 'Person',
        subjectId: person.userId,
        requestId,
      }),
    );
    return undefined;
  });
}
