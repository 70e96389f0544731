import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { OrganizationEntity } from '../directory/index.js';
import { MembershipService, displayName } from './membership.service.js';
import {
  OrganizationClaimEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
  OrganizationRegistrationEntity,
} from './membership.entities.js';

/**
 * A person's memberships, claims and the invitations sent to any of their addresses; erasure removes them all. The
 * only owner of an organisation with other members is not erased (they hand it over first); an organisation whose
 * only member they are passes to the programme.
 */
export const membershipPersonalData: PersonalDataSection = {
  holder: 'membership',
  async export(em, person) {
    const members = await em.find(
      OrganizationMemberEntity,
      { userId: person.userId },
      { orderBy: { createdAt: 'asc', organizationId: 'asc' } },
    );
    const organizations = await em.find(
      OrganizationEntity,
      { id: { $in: members.map((m) => m.organizationId) } },
      { fields: ['id', 'nameAr', 'nameEn'], disableIdentityMap: true },
    );
    const names = new Map(organizations.map((o) => [o.id, displayName(o)]));
    const claims = await em.find(OrganizationClaimEntity, { userId: person.userId }, { orderBy: { createdAt: 'asc' } });
    const invitations = await em.find(
      OrganizationInvitationEntity,
      { email: { $in: [...person.emails] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const registrations = await em.find(
      OrganizationRegistrationEntity,
      { userId: person.userId },
      { orderBy: { createdAt: 'asc', idempotencyKey: 'asc' } },
    );
    return {
      organizationsRegistered: registrations.map((r) => ({
        organization_id: r.organizationId,
        idempotency_key: r.idempotencyKey,
        created_at: r.createdAt,
      })),
      memberships: members.map((m) => ({
        organization_id: m.organizationId,
        organization: names.get(m.organizationId) ?? null,
        role: m.role,
        created_at: m.createdAt,
      })),
      claims: claims.map((c) => ({
        id: c.id,
        organization_id: c.organizationId,
        message: c.message,
        status: c.status,
        created_at: c.createdAt,
        decided_at: c.decidedAt,
        reason: c.reason,
      })),
      invitationsReceived: invitations.map((i) => ({
        id: i.id,
        organization_id: i.organizationId,
        role: i.role,
        created_at: i.createdAt,
        expires_at: i.expiresAt,
        accepted_at: i.acceptedAt,
      })),
    };
  },
  refuseErasure(em, person) {
    return new MembershipService(em).erasureRefusal(person.userId);
  },
  async erase(em, person) {
    await new MembershipService(em).handOverToProgramme(person.userId);
    await em.nativeDelete(OrganizationInvitationEntity, { email: { $in: [...person.emails] } });
    await em.nativeDelete(OrganizationMemberEntity, { userId: person.userId });
    await em.nativeDelete(OrganizationClaimEntity, { userId: person.userId });
    await em.nativeDelete(OrganizationRegistrationEntity, { userId: person.userId });
  },
};
