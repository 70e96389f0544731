import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { sqlRows } from '../../database/sql.js';
import { ReviewRoundEntity, ReviewScoreEntity } from './review.entities.js';

/** The review module's per-request loaders: one statement per kind of nested object, whatever the page size. */
export function reviewLoaders(em: EntityManager) {
  return {
    roundById: new DataLoader<string, ReviewRoundEntity | null>(async (ids) => {
      const rows = await em.find(ReviewRoundEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    scoresByAssignmentId: new DataLoader<string, ReviewScoreEntity[]>(async (ids) => {
      const rows = await em.find(ReviewScoreEntity, { assignmentId: { $in: [...ids] } });
      return groupBy(ids, rows, (r) => r.assignmentId);
    }),
    reviewerNameById: new DataLoader<string, string | null>(async (ids) => {
      // the accounts module's people, read for their names only
      const rows = await sqlRows<{ id: string; name: string }>(em, 'select id, name from auth_user where id = any(?)', [
        ids,
      ]);
      const byId = new Map(rows.map((r) => [r.id, r.name]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
