import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../database/sql.js';

export type OverviewRow = { key: string; count: number };

/** The officers' overview counts: aggregates over whole tables, one grouped statement each instead of loading every row. */
export async function partnershipOverviewCounts(em: EntityManager): Promise<{
  byStatus: OverviewRow[];
  byKind: OverviewRow[];
  byGovernorate: OverviewRow[];
  requestsByStatus: OverviewRow[];
}> {
  const knex = em.getKnex();
  const [byStatus, byKind, byGovernorate, requestsByStatus] = await Promise.all([
    knexRows<OverviewRow>(
      knex,
      'select status as key, count(*)::int as count from partnership group by status order by status',
    ),
    knexRows<OverviewRow>(
      knex,
      'select kind as key, count(*)::int as count from partnership group by kind order by kind',
    ),
    knexRows<OverviewRow>(
      knex,
      `select code as key, count(*)::int as count from partnership, unnest(governorate_codes) as code
       group by code order by code`,
    ),
    knexRows<OverviewRow>(
      knex,
      'select status as key, count(*)::int as count from partnership_request group by status order by status',
    ),
  ]);
  return { byStatus, byKind, byGovernorate, requestsByStatus };
}
