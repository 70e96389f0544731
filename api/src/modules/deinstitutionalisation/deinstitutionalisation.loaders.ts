import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import { CareInstitutionQuarterEntity } from './deinstitutionalisation.entities.js';

/** The module's per-request loaders (one statement per list of institutions). */
export function deinstitutionalisationLoaders(em: EntityManager) {
  return {
    quartersByInstitutionId: new DataLoader<string, CareInstitutionQuarterEntity[]>(async (ids) => {
      const rows = await em.find(
        CareInstitutionQuarterEntity,
        { institutionId: { $in: [...ids] } },
        { orderBy: { year: 'desc', quarter: 'desc' } },
      );
      return groupBy(ids, rows, (row) => row.institutionId);
    }),
  };
}
