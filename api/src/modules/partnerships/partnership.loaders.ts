import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { encodeCursor } from '../../common/pagination/cursor.js';
import { sqlRows } from '../../database/sql.js';
import { PartnershipEntity, PartnershipMemberEntity, PartnershipStatusChangeEntity } from './partnership.entities.js';
import { InstitutionMemberEntity } from './partnerships.entities.js';

/** The cursor kind of a party's partnerships, shared by the batched first pages and `paginate`'s later pages. */
export const PARTY_PARTNERSHIPS_KIND = 'party-partnership';

export interface PartyPartnershipsPage {
  rows: { row: PartnershipEntity; cursor: string }[];
  more: boolean;
  totalCount: number;
}

/** Per-request loaders of partnerships: one statement per kind of nested object, whatever the page size. */
export function partnershipRequestLoaders(em: EntityManager) {
  const firstPages = new Map<string, DataLoader<string, PartyPartnershipsPage>>();
  /**
   * The first `size` partnerships of each party of a batch, newest first, with each party's total: one statement for
   * a page of organisations. `all` adds the proposed and terminated ones (for those who may see them).
   */
  const firstPartnershipsOf = (size: number, all: boolean) => {
    const key = `${size}:${all}`;
    let loader = firstPages.get(key);
    if (!loader) {
      loader = new DataLoader<string, PartyPartnershipsPage>(async (ids) => {
        const rows = await sqlRows<Record<string, unknown> & { party: string; total: number; rank: number }>(
          em,
          `select * from (
             select p.*, coalesce(m.organization_id, m.institution_id) as party,
                    count(*) over (partition by coalesce(m.organization_id, m.institution_id))::int as total,
                    row_number() over (partition by coalesce(m.organization_id, m.institution_id)
                                       order by p.created_at desc, p.id asc)::int as rank
             from partnership_member m join partnership p on p.id = m.partnership_id
             where (m.organization_id = any(?) or m.institution_id = any(?))
               ${all ? '' : "and p.status in ('ACTIVE', 'COMPLETED')"}
           ) ranked where rank <= ? order by party, rank`,
          [ids, ids, size + 1],
        );
        const pages = new Map<string, PartyPartnershipsPage>(
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
          const row = em.map(PartnershipEntity, columns);
          page.rows.push({
            row,
            cursor: encodeCursor(PARTY_PARTNERSHIPS_KIND, { v: [row.createdAt.toISOString(), row.id] }),
          });
        }
        return ids.map((id) => pages.get(id)!);
      });
      firstPages.set(key, loader);
    }
    return loader;
  };
  return {
    membersOfPartnership: new DataLoader<string, PartnershipMemberEntity[]>(async (ids) => {
      const rows = await em.find(
        PartnershipMemberEntity,
        { partnershipId: { $in: [...ids] } },
        { orderBy: { partnershipId: 'asc', position: 'asc' } },
      );
      return ids.map((id) => rows.filter((r) => r.partnershipId === id));
    }),
    historyOfPartnership: new DataLoader<string, PartnershipStatusChangeEntity[]>(async (ids) => {
      const rows = await em.find(
        PartnershipStatusChangeEntity,
        { partnershipId: { $in: [...ids] } },
        { orderBy: { changedAt: 'asc', id: 'asc' } },
      );
      return ids.map((id) => rows.filter((r) => r.partnershipId === id));
    }),
    partnershipById: new DataLoader<string, PartnershipEntity | null>(async (ids) => {
      const rows = await em.find(PartnershipEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    firstPartnershipsOfParty: firstPartnershipsOf,
    /** The institutions a person belongs to (any role), by user id: who reads an institution's own documents. */
    institutionsOfUser: new DataLoader<string, Set<string>>(async (userIds) => {
      const rows = await em.find(InstitutionMemberEntity, { userId: { $in: [...userIds] } });
      return userIds.map((id) => new Set(rows.filter((r) => r.userId === id).map((r) => r.institutionId)));
    }),
  };
}
