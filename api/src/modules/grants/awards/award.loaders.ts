import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../../common/dataloader/group-by.js';
import { GrantApplicationEntity } from '../grants.entities.js';
import { GrantAwardEntity, GrantEnvelopeEntity } from './award.entities.js';

/** The awards' per-request loaders: one statement per kind of nested object, whatever the number of lots or awards. */
export function awardLoaders(em: EntityManager) {
  return {
    envelopeByKey: new DataLoader<string, GrantEnvelopeEntity | null>(async (keys) => {
      const rows = await em.find(GrantEnvelopeEntity, { key: { $in: [...keys] } });
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    awardsByLotId: new DataLoader<string, GrantAwardEntity[]>(async (ids) => {
      const rows = await em.find(
        GrantAwardEntity,
        { lotId: { $in: [...ids] } },
        { orderBy: { amountMinor: 'desc', decidedAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.lotId);
    }),
    applicationById: new DataLoader<string, GrantApplicationEntity | null>(async (ids) => {
      const rows = await em.find(GrantApplicationEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
