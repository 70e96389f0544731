import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { VerificationEvidenceEntity } from './verification-evidence.entity.js';

/**
 * The evidence a person uploaded is part of their export; erasure keeps it (the organisation's verification rests on
 * it) under the person's id, which then names an anonymous pseudonym.
 */
export const verificationPersonalData: PersonalDataSection = {
  holder: 'verification',
  async export(em, person) {
    const evidence = await em.find(
      VerificationEvidenceEntity,
      { uploadedBy: person.userId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return {
      evidenceUploaded: evidence.map((e) => ({
        id: e.id,
        organization_id: e.organizationId,
        media_type: e.mediaType,
        size_bytes: e.sizeBytes,
        sha256: e.sha256.toString('hex'),
        created_at: e.createdAt,
      })),
    };
  },
  erase() {
    return Promise.resolve();
  },
};
