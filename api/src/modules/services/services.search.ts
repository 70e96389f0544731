/**
 * The public search of services: one page by keyset and the facets with the total in one statement. Hand-written
 * SQL because the ORM cannot say full text over the generated, normalised search vector, facets that each lift
 * their own filter, "open now" in Amman time or distance from a point. The words of a search go through the
 * directory's normalisation (`normalizeForSearch`, the twin of `shabaka_normalize`: hamza, alef, ta marbuta and alef
 * maqsura forms, diacritics, Latin accents) and its clitic forms (`searchForms`), each as a prefix.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import type { PageRequest } from '../../common/pagination/pagination.args.js';
import { sqlRows } from '../../database/sql.js';
import { normalizeForSearch, searchForms } from '../directory/index.js';

export interface ServiceSearchFilter {
  search?: string | null;
  categories?: string[] | null;
  targetGroups?: string[] | null;
  governorates?: string[] | null;
  delivery?: string[] | null;
  accessibility?: string[] | null;
  languages?: string[] | null;
  fees?: string[] | null;
  openAt?: Date | null;
  near?: { latitude: number; longitude: number; withinKm: number } | null;
  organizationIds?: string[] | null;
}

export type ServiceFacetName =
  'categories' | 'targetGroups' | 'governorates' | 'delivery' | 'accessibility' | 'languages' | 'fees';

export interface ServiceStats {
  total: number;
  facets: Record<ServiceFacetName, Map<string, number>>;
}

export interface ServiceHit {
  id: string;
  cursor: string;
  distanceKm: number | null;
}

/** The words of a search as a tsquery: every word (in its forms) as a prefix, all words required. */
export function serviceTsquery(search: string | null | undefined): string | null {
  const words = normalizeForSearch(search ?? '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map(
      (w) =>
        `(${searchForms(w)
          .map((f) => `${f}:*`)
          .join(' | ')})`,
    )
    .join(' & ');
}

const DISTANCE = `2 * 6371 * asin(sqrt(power(sin(radians(l.latitude - ?) / 2), 2)
  + cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2)))`;

/** The conditions of the filter on `service s`, leaving out `except` (a facet counts with its own filter lifted). */
function conditions(f: ServiceSearchFilter, query: string | null, except?: ServiceFacetName) {
  const sql: string[] = [];
  const bindings: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    sql.push(condition);
    bindings.push(...values);
  };
  if (query) add(`s.search_vector @@ to_tsquery('simple', ?)`, query);
  if (except !== 'categories' && f.categories?.length) add('s.category_code = any(?)', f.categories);
  if (except !== 'fees' && f.fees?.length) add('s.fee = any(?)', f.fees);
  // any of the groups, governorates and ways of delivery; every accessibility feature and language asked for
  if (except !== 'targetGroups' && f.targetGroups?.length) add('s.target_groups && ?::text[]', f.targetGroups);
  if (except !== 'governorates' && f.governorates?.length) add('s.governorate_codes && ?::text[]', f.governorates);
  if (except !== 'delivery' && f.delivery?.length) add('s.delivery && ?::text[]', f.delivery);
  if (except !== 'accessibility' && f.accessibility?.length) add('s.accessibility @> ?::text[]', f.accessibility);
  if (except !== 'languages' && f.languages?.length) add('s.languages @> ?::text[]', f.languages);
  if (f.organizationIds?.length) add('s.organization_id = any(?::uuid[])', f.organizationIds);
  if (f.openAt) {
    add(
      `exists (select 1 from service_hours h, lateral (select (?::timestamptz at time zone 'Asia/Amman') as t) a
               where h.service_id = s.id and h.weekday = extract(isodow from a.t)
                 and a.t::time >= h.opens_at and (h.closes_at = '24:00' or a.t::time < h.closes_at))`,
      f.openAt,
    );
  }
  if (f.near) {
    const { latitude, longitude, withinKm } = f.near;
    add(
      `exists (select 1 from service_location l where l.service_id = s.id and l.latitude is not null
               and ${DISTANCE} <= ?)`,
      latitude,
      latitude,
      longitude,
      withinKm,
    );
  }
  return { where: sql.length ? sql.join(' and ') : 'true', bindings };
}

const FACETS: { name: ServiceFacetName; value: string; from: string }[] = [
  { name: 'categories', value: 's.category_code', from: 'service s' },
  { name: 'fees', value: 's.fee', from: 'service s' },
  { name: 'targetGroups', value: 'v', from: 'service s cross join unnest(s.target_groups) v' },
  { name: 'governorates', value: 'v', from: 'service s cross join unnest(s.governorate_codes) v' },
  { name: 'delivery', value: 'v', from: 'service s cross join unnest(s.delivery) v' },
  { name: 'accessibility', value: 'v', from: 'service s cross join unnest(s.accessibility) v' },
  { name: 'languages', value: 'v', from: 'service s cross join unnest(s.languages) v' },
];

const KIND = 'services';

export class ServiceSearchRepository {
  constructor(private readonly em: EntityManager) {}

  /** A page of matching services, best first (a match in the name before one elsewhere), then by name. */
  async page(
    filter: ServiceSearchFilter,
    page: PageRequest,
  ): Promise<{ hits: ServiceHit[]; hasNextPage: boolean; hasPreviousPage: boolean }> {
    const query = serviceTsquery(filter.search);
    const { where, bindings } = conditions(filter, query);
    const forward = page.direction === 'forward';
    const from = forward ? page.after : page.before;
    const keyset: string[] = [];
    const keyBindings: unknown[] = [];
    if (from !== undefined) {
      const { v } = decodeCursor(forward ? 'after' : 'before', from, KIND) as { v?: unknown };
      if (!Array.isArray(v) || v.length !== 3 || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
        throw new BadUserInputError(forward ? 'after' : 'before', 'is not a cursor returned by this API');
      }
      keyset.push(`(x.tier, x.sort_name, x.id) ${forward ? '>' : '<'} (?, ?, ?::uuid)`);
      keyBindings.push(v[0], v[1], v[2] as unknown);
    }
    const tier = query
      ? `case when shabaka_search_vector(shabaka_normalize(coalesce(s.name_ar, '') || ' ' || coalesce(s.name_en, '')))
           @@ to_tsquery('simple', ?) then 0 else 1 end`
      : '0';
    const distance = filter.near
      ? `(select min(${DISTANCE}) from service_location l where l.service_id = s.id and l.latitude is not null)`
      : 'null::float8';
    const order = forward ? 'asc' : 'desc';
    const rows = await sqlRows<{ id: string; tier: number; sort_name: string; distance_km: number | null }>(
      this.em,
      `select x.id, x.tier, x.sort_name, x.distance_km from (
         select s.id, s.sort_name, ${tier} as tier, ${distance} as distance_km from service s where ${where}
       ) x
       ${keyset.length ? `where ${keyset.join(' and ')}` : ''}
       order by x.tier ${order}, x.sort_name ${order}, x.id ${order}
       limit ?`,
      [
        ...(query ? [query] : []),
        ...(filter.near ? [filter.near.latitude, filter.near.latitude, filter.near.longitude] : []),
        ...bindings,
        ...keyBindings,
        page.size + 1,
      ],
    );
    const more = rows.length > page.size;
    const kept = rows.slice(0, page.size);
    if (!forward) kept.reverse();
    return {
      hits: kept.map((r) => ({
        id: r.id,
        cursor: encodeCursor(KIND, { v: [r.tier, r.sort_name, r.id] }),
        distanceKm: r.distance_km === null ? null : Math.round(Number(r.distance_km) * 10) / 10,
      })),
      hasNextPage: forward ? more : page.before !== undefined,
      hasPreviousPage: forward ? page.after !== undefined : more,
    };
  }

  /** The total and every facet in one statement; each facet counts with its own filter lifted. */
  async stats(filter: ServiceSearchFilter): Promise<ServiceStats> {
    const query = serviceTsquery(filter.search);
    const parts: string[] = [];
    const bindings: unknown[] = [];
    for (const facet of FACETS) {
      const c = conditions(filter, query, facet.name);
      parts.push(
        `select '${facet.name}' as facet, ${facet.value} as value, count(*)::int as count from ${facet.from}
         where ${c.where} group by ${facet.value}`,
      );
      bindings.push(...c.bindings);
    }
    const all = conditions(filter, query);
    parts.push(`select 'total', null, count(*)::int from service s where ${all.where}`);
    bindings.push(...all.bindings);
    const rows = await sqlRows<{ facet: ServiceFacetName | 'total'; value: string | null; count: number }>(
      this.em,
      parts.join('\nunion all\n'),
      bindings,
    );
    const facets = Object.fromEntries(FACETS.map((f) => [f.name, new Map<string, number>()])) as Record<
      ServiceFacetName,
      Map<string, number>
    >;
    let total = 0;
    for (const row of rows) {
      if (row.facet === 'total') total = row.count;
      else facets[row.facet].set(row.value!, row.count);
    }
    return { total, facets };
  }
}
