import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { InstitutionMemberEntity, PartnershipListingEntity } from './partnerships.entities.js';

/**
 * What the partnerships module holds about a person: the institutions they act for, and the needs and offers they
 * published. Erasure ends their institution memberships and leaves the listings to their party (organisation or
 * institution), no longer naming who published them.
 */
export const partnershipsPersonalData: PersonalDataSection = {
  holder: 'partnerships',
  async export(em, person) {
    const [memberships, listings] = await Promise.all([
      em.find(InstitutionMemberEntity, { userId: person.userId }, { orderBy: { createdAt: 'asc' } }),
      em.find(PartnershipListingEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
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
    };
  },
  async erase(em, person) {
    await em.nativeDelete(InstitutionMemberEntity, { userId: person.userId });
    await em.nativeUpdate(PartnershipListingEntity, { createdBy: person.userId }, { createdBy: null });
  },
};
