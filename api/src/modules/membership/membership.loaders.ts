import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { MemberRoleName } from '../../common/auth/viewer.js';
import { sqlRows } from '../../database/sql.js';
import { groupBy } from '../../common/dataloader/group-by.js';

export interface MemberRow {
  organization_id: string;
  user_id: string;
  name: string;
  role: MemberRoleName;
}

/** Per-request loaders of the membership module (one statement per list of organisations). */
export function membershipLoaders(em: EntityManager) {
  return {
    membersByOrganizationId: new DataLoader<string, MemberRow[]>(async (ids) => {
      const rows = await sqlRows<MemberRow>(
        em,
        `select m.organization_id, m.user_id, u.name, m.role from organization_member m join auth_user u on u.id = m.user_id
         where m.organization_id = any(?) order by m.role, u.name`,
        [ids],
      );
      return groupBy(ids, rows, (r) => r.organization_id);
    }),
  };
}

export type MembershipLoaders = ReturnType<typeof membershipLoaders>;
