import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { GrantAwardEntity } from '../awards/award.entities.js';
import { GrantApplicationEntity } from '../grants.entities.js';

/** The reports' per-request loaders: the award and the application (budget, logframe) behind each report. */
export function grantReportLoaders(em: EntityManager) {
  const awardById = new DataLoader<string, GrantAwardEntity | null>(async (ids) => {
    const rows = await em.find(GrantAwardEntity, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const applicationById = new DataLoader<string, GrantApplicationEntity | null>(async (ids) => {
    const rows = await em.find(GrantApplicationEntity, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    awardById,
    applicationById,
    async applicationOfAward(awardId: string): Promise<GrantApplicationEntity | null> {
      const award = await awardById.load(awardId);
      return award ? applicationById.load(award.applicationId) : null;
    },
  };
}
