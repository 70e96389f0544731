import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../../database/sql.js';
import { formatCertificateCode } from './certificate-code.js';
import { TrainingCertificateEntity } from './certificate.entities.js';

/** A person's certificates, for their export. */
export async function exportCertificates(em: EntityManager, userId: string): Promise<Record<string, unknown>> {
  const rows = await em.find(TrainingCertificateEntity, { userId }, { orderBy: { issuedAt: 'asc', id: 'asc' } });
  return {
    trainingCertificates: rows.map((c) => ({
      id: c.id,
      registration_id: c.registrationId,
      session_id: c.sessionId,
      code: formatCertificateCode(c.code),
      participant_name: c.participantName,
      issuer: { ar: c.issuerNameAr, en: c.issuerNameEn },
      issued_at: c.issuedAt,
      revoked_at: c.revokedAt,
      revocation_reason: c.revocationReason,
    })),
  };
}

/**
 * Erasure removes the person's certificates: each carries their name, and a code that still verified would show it.
 * The audit log keeps the ids of their issue and revocation.
 */
export async function eraseCertificates(em: EntityManager, userId: string): Promise<void> {
  await sqlRows(em, 'delete from training_certificate where user_id = ?', [userId]);
}
