import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import {
  GrantApplicationEntity,
  GrantApplicationPartnerEntity,
  GrantCallEntity,
  GrantCallQuestionEntity,
} from './grants.entities.js';

/**
 * What the grants module holds about a person: the applications they started and the participations they confirmed
 * for their organisation or institution (calls and answers officers wrote, by id). Applications belong to their
 * organisations: erasure leaves them, no longer naming who started or confirmed them.
 */
export const grantsPersonalData: PersonalDataSection = {
  holder: 'grants',
  async export(em, person) {
    const [started, confirmed] = await Promise.all([
      em.find(GrantApplicationEntity, { createdBy: person.userId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(GrantApplicationPartnerEntity, { confirmedBy: person.userId }, { orderBy: { applicationId: 'asc' } }),
    ]);
    return {
      grantApplicationsStarted: started.map((a) => ({
        id: a.id,
        call_id: a.callId,
        lead_organization_id: a.leadOrganizationId,
        status: a.status,
        receipt_number: a.receiptNumber,
        created_at: a.createdAt,
      })),
      grantParticipationsConfirmed: confirmed.map((p) => ({
        application_id: p.applicationId,
        role: p.role,
        organization_id: p.organizationId,
        institution_id: p.institutionId,
        confirmed_at: p.confirmedAt,
      })),
    };
  },
  async erase(em, person) {
    await em.nativeUpdate(GrantApplicationEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(GrantApplicationPartnerEntity, { confirmedBy: person.userId }, { confirmedBy: null });
    await em.nativeUpdate(GrantCallEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeUpdate(GrantCallQuestionEntity, { publishedBy: person.userId }, { publishedBy: null });
  },
};
