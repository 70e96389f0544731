import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { OrganizationEntity } from '../directory/index.js';
import { VerificationEvidenceEntity } from './verification-evidence.entity.js';

/** The verification module's per-request loaders (one statement per list of organisations). */
export function verificationLoaders(em: EntityManager) {
  return {
    evidenceByOrganizationId: new DataLoader<string, VerificationEvidenceEntity[]>(async (ids) => {
      const rows = await em.find(
        VerificationEvidenceEntity,
        { organizationId: { $in: [...ids] } },
        { orderBy: { createdAt: 'desc', id: 'asc' } },
      );
      return groupBy(ids, rows, (row) => row.organizationId);
    }),
    noteByOrganizationId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await em.find(
        OrganizationEntity,
        { id: { $in: [...ids] } },
        { fields: ['id', 'verificationNote'], disableIdentityMap: true },
      );
      const byId = new Map(rows.map((row) => [row.id, row.verificationNote]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
