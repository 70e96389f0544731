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

/**
 * The public registry's partnerships per governorate where they work, under the registry's other filters: one grouped
 * statement over the public statuses (a partnership working in two governorates counts in each).
 */
export async function publicPartnershipCountsByGovernorate(
  em: EntityManager,
  filter: { statuses: readonly string[]; kind?: string | null; targetGroup?: string | null },
): Promise<OverviewRow[]> {
  return knexRows<OverviewRow>(
    em.getKnex(),
    `select code as key, count(*)::int as count from partnership, unnest(governorate_codes) as code
     where status = any(?::text[]) and (?::text is null or kind = ?) and (?::text is null or target_group_codes && array[?::text])
     group by code order by code`,
    [filter.statuses, filter.kind ?? null, filter.kind ?? null, filter.targetGroup ?? null, filter.targetGroup ?? null],
  );
}
