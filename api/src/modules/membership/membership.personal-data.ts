import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { sqlRows } from '../../database/sql.js';

/** A person's memberships, claims and the invitations sent to any of their addresses; erasure removes them all. */
export const membershipPersonalData: PersonalDataSection = {
  holder: 'membership',
  async export(em, person) {
    return {
      memberships: await sqlRows(
        em,
        `select m.organization_id, coalesce(o.name_ar, o.name_en) as organization, m.role, m.created_at
         from organization_member m join organization o on o.id = m.organization_id where m.user_id = ? order by m.created_at`,
        [person.userId],
      ),
      claims: await sqlRows(
        em,
        'select id, organization_id, message, status, created_at, decided_at, reason from organization_claim where user_id = ?',
        [person.userId],
      ),
      invitationsReceived: await sqlRows(
        em,
        `select id, organization_id, role, created_at, expires_at, accepted_at
         from organization_invitation where email = any(?) order by created_at`,
        [[...person.emails]],
      ),
    };
  },
  async erase(em, person) {
    await sqlRows(em, 'delete from organization_invitation where email = any(?)', [[...person.emails]]);
    await sqlRows(em, 'delete from organization_member where user_id = ?', [person.userId]);
    await sqlRows(em, 'delete from organization_claim where user_id = ?', [person.userId]);
  },
};
