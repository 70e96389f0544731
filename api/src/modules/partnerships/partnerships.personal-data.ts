import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import {
  PartnershipEntity,
  PartnershipMemberEntity,
  PartnershipRequestEntity,
  PartnershipStatusChangeEntity,
} from './partnership.entities.js';
import { InstitutionMemberEntity, PartnershipListingEntity } from './partnerships.entities.js';

/**
 * What the partnerships module holds about a person: the institutions they act for, the needs and offers they
 * published, the partnership requests they wrote (their messages) and answered (their reasons for declining), the
 * agreements they uploaded.
 * Erasure ends their institution memberships and leaves the listings, requests, confirmations and status changes to
 * their parties (organisation or institution), no longer naming who wrote or made them.
 */
export const partnershipsPersonalData: PersonalDataSection = {
  holder: 'partnerships',
  async export(em, person) {
    const [memberships, listings, sent, answered, agreements] = await Promise.all([
      em.find(InstitutionMemberEntity, { userId: person.userId }, { orderBy: { createdAt: 'asc' } }),
      em.find(PartnershipListingEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(PartnershipRequestEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(PartnershipRequestEntity, { answeredBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(PartnershipEntity, { agreementDocumentUploadedBy: person.userId }, { orderBy: { id: 'asc' } }),
    ]);
    return {
      institutionMemberships: memberships.map((m) => ({
        institution_id: m.institutionId,
        role: m.role,
        created_at: m.createdAt,
      })),
      partnershipListingsPublished: listings.map((l) => ({
        id: l.id,
        kind: l.kind,
        organization_id: l.organizationId,
        institution_id: l.institutionId,
        capability: l.capabilityCode,
        created_at: l.createdAt,
      })),
      partnershipRequestsWritten: sent.map((r) => ({
        id: r.id,
        from_party: r.fromOrganizationId ?? r.fromInstitutionId,
        to_party: r.toOrganizationId ?? r.toInstitutionId,
        message: r.message,
        status: r.status,
        created_at: r.createdAt,
      })),
      partnershipRequestsAnswered: answered.map((r) => ({
        id: r.id,
        status: r.status,
        decline_reason: r.declineReason,
        answered_at: r.answeredAt,
      })),
      partnershipAgreementsUploaded: agreements.map((p) => ({
        partnership_id: p.id,
        size_bytes: p.agreementDocumentBytes,
        uploaded_at: p.agreementDocumentUploadedAt,
      })),
    };
  },
  async erase(em, person) {
    await em.nativeDelete(InstitutionMemberEntity, { userId: person.userId });
    await em.nativeUpdate(PartnershipListingEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(PartnershipRequestEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(PartnershipRequestEntity, { answeredBy: person.userId }, { answeredBy: null });
    await em.nativeUpdate(PartnershipMemberEntity, { confirmedBy: person.userId }, { confirmedBy: null });
    await em.nativeUpdate(PartnershipStatusChangeEntity, { changedBy: person.userId }, { changedBy: null });
    await em.nativeUpdate(
      PartnershipEntity,
      { agreementDocumentUploadedBy: person.userId },
      { agreementDocumentUploadedBy: null },
    );
  },
};
