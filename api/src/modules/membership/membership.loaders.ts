import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { MemberRoleName } from '../../common/auth/viewer.js';
import { sqlRows } from '../../database/sql.js';
import { groupBy } from '../directory/organization.loaders.js';

export interface MemberRow {
  organization_id: string;
  user_id: string;
  name: string;
  role: MemberRoleName;
}

export interface EvidenceRow {
  id: string;
  organization_id: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
}

/** Per-request loaders of the membership module (one statement per list of organisations). */
export function createMembershipLoaders(em: EntityManager) {
  return {
    membersByOrganizationId: new DataLoader<string, MemberRow[]>(async (ids) => {
      const rows = await sqlRows<MemberRow>(
        em,
        `select m.organization_id, m.user_id, u.name, m.role from organization_member m join auth_user u on u.id = m.user_id
         where m.organization_id = any(?) order by m.role, u.name`,
        [ids],
      );
      return groupBy(ids, rows);
    }),
    evidenceByOrganizationId: new DataLoader<string, EvidenceRow[]>(async (ids) => {
      const rows = await sqlRows<EvidenceRow>(
        em,
        `select id, organization_id, media_type, size_bytes, encode(sha256, 'hex') as sha256, created_at
         from verification_evidence where organization_id = any(?) order by created_at desc, id`,
        [ids],
      );
      return groupBy(ids, rows);
    }),
    verificationNoteByOrganizationId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await sqlRows<{ id: string; verification_note: string | null }>(
        em,
        'select id, verification_note from organization where id = any(?)',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row.verification_note]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type MembershipLoaders = ReturnType<typeof createMembershipLoaders>;
