import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { encodeCursor } from '../../common/pagination/cursor.js';
import { sqlRows } from '../../database/sql.js';
import { InstitutionEntity, PartnershipCapabilityEntity, PartnershipListingEntity } from './partnerships.entities.js';

export interface CapabilityRow {
  code: string;
  nameAr: string;
  nameEn: string;
}

/** The capability list changes only through migrations: each process keeps it a few minutes per database. */
const CAPABILITIES_TTL_MS = 5 * 60_000;
const capabilityCache = new Map<string, { at: number; capabilities: Promise<Map<string, CapabilityRow>> }>();

export function cachedCapabilities(em: EntityManager): Promise<Map<string, CapabilityRow>> {
  const database = String(em.config.get('clientUrl'));
  const cached = capabilityCache.get(database);
  if (cached && Date.now() - cached.at < CAPABILITIES_TTL_MS) return cached.capabilities;
  const capabilities = em
    .fork()
    .find(PartnershipCapabilityEntity, {}, { orderBy: { position: 'asc' } })
    .then((rows) => new Map(rows.map((r) => [r.code, { code: r.code, nameAr: r.nameAr, nameEn: r.nameEn }])));
  capabilityCache.set(database, { at: Date.now(), capabilities });
  void capabilities.catch(() => capabilityCache.delete(database));
  return capabilities;
}

/** The cursor kind of a party's listings, shared by the batched first pages and `paginate`'s later pages. */
export const PARTY_LISTINGS_KIND = 'party-partnership-listing';

/** The first page of a party's active listings, as the connection shows it. */
export interface PartyListingsPage {
  rows: { row: PartnershipListingEntity; cursor: string }[];
  more: boolean;
  totalCount: number;
}

type PartyColumn = 'organization_id' | 'institution_id';

/** The partnerships module's per-request loaders: one statement per kind of nested object, whatever the page size. */
export function partnershipLoaders(em: EntityManager) {
  /**
   * The first `size` active listings of each party of a batch, newest first, with each party's total: one statement
   * for a whole page of organisations (a window over the parties' rows).
   */
  const firstPages = new Map<string, DataLoader<string, PartyListingsPage>>();
  const firstListingsOf = (column: PartyColumn, size: number) => {
    const key = `${column}:${size}`;
    let loader = firstPages.get(key);
    if (!loader) {
      loader = new DataLoader<string, PartyListingsPage>(async (ids) => {
        const rows = await sqlRows<Record<string, unknown> & { party: string; total: number; rank: number }>(
          em,
          `select * from (
             select l.*, l.${column} as party,
                    count(*) over (partition by l.${column})::int as total,
                    row_number() over (partition by l.${column} order by l.created_at desc, l.id asc)::int as rank
             from partnership_listing l
             where l.${column} = any(?) and l.status = 'ACTIVE' and l.expires_at > now()
           ) ranked where rank <= ? order by party, rank`,
          [ids, size + 1],
        );
        const pages = new Map<string, PartyListingsPage>(
          ids.map((id) => [id, { rows: [], more: false, totalCount: 0 }]),
        );
        for (const raw of rows) {
          const page = pages.get(raw.party)!;
          page.totalCount = raw.total;
          if (raw.rank > size) {
            page.more = true;
            continue;
          }
          const { party: _party, total: _total, rank: _rank, ...columns } = raw;
          const row = em.map(PartnershipListingEntity, columns);
          page.rows.push({
            row,
            cursor: encodeCursor(PARTY_LISTINGS_KIND, { v: [row.createdAt.toISOString(), row.id] }),
          });
        }
        return ids.map((id) => pages.get(id)!);
      });
      firstPages.set(key, loader);
    }
    return loader;
  };
  return {
    institutionById: new DataLoader<string, InstitutionEntity | null>(async (ids) => {
      const rows = await em.find(InstitutionEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    firstListingsOfOrganization: (size: number) => firstListingsOf('organization_id', size),
    firstListingsOfInstitution: (size: number) => firstListingsOf('institution_id', size),
  };
}

export type PartnershipLoaders = ReturnType<typeof partnershipLoaders>;
