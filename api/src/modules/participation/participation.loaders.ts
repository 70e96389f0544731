import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { sqlRows } from '../../database/sql.js';
import {
  ConsultationContributionEntity,
  ConsultationEntity,
  ConsultationFileEntity,
  ConsultationSectionEntity,
} from './participation.entities.js';

/** The participation module's per-request loaders: one statement per kind of nested object, whatever the page. */
export function participationLoaders(em: EntityManager) {
  const owned = new Map<string, DataLoader<string, boolean>>();
  const ownedBy = (userId: string) =>
    new DataLoader<string, boolean>(async (ids) => {
      const rows = await sqlRows<{ consultation_id: string }>(
        em,
        'select consultation_id from consultation_owner where user_id = ? and consultation_id = any(?)',
        [userId, ids],
      );
      const set = new Set(rows.map((r) => r.consultation_id));
      return ids.map((id) => set.has(id));
    });
  return {
    consultationById: new DataLoader<string, ConsultationEntity | null>(async (ids) => {
      const rows = await em.find(ConsultationEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    sectionsByConsultationId: new DataLoader<string, ConsultationSectionEntity[]>(async (ids) => {
      const rows = await em.find(
        ConsultationSectionEntity,
        { consultationId: { $in: [...ids] } },
        { orderBy: { consultationId: 'asc', position: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.consultationId);
    }),
    contributionsBySectionId: new DataLoader<string, ConsultationContributionEntity[]>(async (ids) => {
      const rows = await em.find(
        ConsultationContributionEntity,
        { sectionId: { $in: [...ids] } },
        { orderBy: { sectionId: 'asc', createdAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.sectionId);
    }),
    /** The organisations that endorsed each contribution, in the order they did. */
    endorsersByContributionId: new DataLoader<string, string[]>(async (ids) => {
      const rows = await sqlRows<{ contribution_id: string; organization_id: string }>(
        em,
        `select contribution_id, organization_id from consultation_endorsement
         where contribution_id = any(?) order by contribution_id, created_at, organization_id`,
        [ids],
      );
      return groupBy(ids, rows, (r) => r.contribution_id).map((group) => group.map((r) => r.organization_id));
    }),
    fileById: new DataLoader<string, ConsultationFileEntity | null>(async (ids) => {
      const rows = await em.find(ConsultationFileEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Whether the person is of the owning team of each consultation asked about. */
    ownedBy: (userId: string): DataLoader<string, boolean> => {
      if (!owned.has(userId)) owned.set(userId, ownedBy(userId));
      return owned.get(userId)!;
    },
  };
}
