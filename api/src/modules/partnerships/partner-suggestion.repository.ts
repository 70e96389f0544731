/**
 * The reads behind partner suggestions: a party's profile (what scoring needs, as codes) and the pool of candidates
 * the database preselects. Three statements per request whatever the directory's size: the party's profile, the
 * pool (at most SUGGESTION_POOL_SIZE ids), the pool's profiles.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseTimestamp, sqlRows } from '../../database/sql.js';
import { GOVERNORATE_NEIGHBOURS } from './governorate-adjacency.js';
import type { PartyRef } from './listing.service.js';
import type { PartyProfile, PartySize } from './partner-suggestion.scoring.js';
import {
  COMPLEMENT_SATURATION,
  NEIGHBOUR_FRACTION,
  SUGGESTION_POOL_SIZE,
  SUGGESTION_WEIGHTS,
  TARGET_GROUP_SATURATION,
} from './partner-suggestion.weights.js';

interface ProfileRow {
  kind: 'Organization' | 'Institution';
  id: string;
  governorate_code: string | null;
  target_groups: string[];
  sectors: string[];
  verification_state: string;
  budget_band: string | null;
  staff_count: number | null;
  needs: string[] | null;
  offers: string[] | null;
  listing_governorates: string[] | null;
  listing_target_groups: string[] | null;
  last_active_at: string | null;
}

/** Organisations a suggestion may name: active, and verified or under verification (never unverified or rejected). */
const SUGGESTIBLE_STATES = ['VERIFIED', 'PENDING'];

const BUDGET_SIZE: Record<string, PartySize> = {
  UNDER_10K: 'SMALL',
  FROM_10K_TO_50K: 'SMALL',
  FROM_50K_TO_250K: 'MEDIUM',
  FROM_250K_TO_1M: 'LARGE',
  OVER_1M: 'LARGE',
};

function sizeOf(row: ProfileRow): PartySize | null {
  if (row.kind === 'Institution') return 'LARGE';
  if (row.budget_band) return BUDGET_SIZE[row.budget_band] ?? null;
  if (row.staff_count === null) return null;
  return row.staff_count < 10 ? 'SMALL' : row.staff_count < 50 ? 'MEDIUM' : 'LARGE';
}

const union = (...lists: (readonly string[] | null)[]): string[] => [...new Set(lists.flatMap((l) => l ?? []))];

function toProfile(row: ProfileRow): PartyProfile {
  return {
    id: row.id,
    kind: row.kind,
    governorates: union(row.governorate_code ? [row.governorate_code] : [], row.listing_governorates),
    needs: row.needs ?? [],
    offers: row.offers ?? [],
    targetGroups: union(row.target_groups, row.listing_target_groups),
    sectors: row.sectors,
    size: sizeOf(row),
    verified: row.kind === 'Institution' || row.verification_state === 'VERIFIED',
    lastActiveAt: row.last_active_at ? parseTimestamp(row.last_active_at) : null,
  };
}

// per party, what its active (published, unexpired) listings say; `:column` is organization_id or institution_id
const listingsOf = (column: string, outer: string) => `
  left join lateral (
    select array_agg(distinct l.capability_code) filter (where l.kind = 'NEED') as needs,
           array_agg(distinct l.capability_code) filter (where l.kind = 'OFFER') as offers,
           (select array_agg(distinct g) from partnership_listing x, unnest(x.governorate_codes) g
             where x.${column} = ${outer}.id and x.status = 'ACTIVE' and x.expires_at > now()) as listing_governorates,
           (select array_agg(distinct t) from partnership_listing x, unnest(x.target_group_codes) t
             where x.${column} = ${outer}.id and x.status = 'ACTIVE' and x.expires_at > now()) as listing_target_groups,
           max(l.updated_at) as last_active_at
    from partnership_listing l
    where l.${column} = ${outer}.id and l.status = 'ACTIVE' and l.expires_at > now()
  ) l on true`;

// hand-written SQL: one statement reads the directory's narrow search rows and the listings' aggregates of many parties
const PROFILES_SQL = `
  select 'Organization' as kind, s.id, s.governorate_code, s.target_groups, s.sectors, s.verification_state,
         o.budget_band, o.staff_count, l.needs, l.offers, l.listing_governorates, l.listing_target_groups,
         l.last_active_at
  from organization_search s
  join organization o on o.id = s.id
  ${listingsOf('organization_id', 's')}
  where s.id = any(?::uuid[])
  union all
  select 'Institution', i.id, i.governorate_code, '{}'::text[], '{}'::text[], 'VERIFIED', null, null,
         l.needs, l.offers, l.listing_governorates, l.listing_target_groups, l.last_active_at
  from institution i
  ${listingsOf('institution_id', 'i')}
  where i.id = any(?::uuid[])`;

/** `:name` placeholders (not `::type` casts) to `?` with their values in order, for `sqlRows`. */
function positional(statement: string, values: Record<string, unknown>): [string, unknown[]] {
  const bindings: unknown[] = [];
  const text = statement.replace(/(?<!:):([a-z]\w*)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for :${name}`);
    bindings.push(values[name]);
    return '?';
  });
  return [text, bindings];
}

export class PartnerSuggestionRepository {
  constructor(private readonly em: EntityManager) {}

  /** The profiles of these parties (missing ones are left out), in no particular order. */
  async profiles(parties: readonly PartyRef[]): Promise<PartyProfile[]> {
    if (parties.length === 0) return [];
    const ids = (kind: PartyRef['kind']) => parties.filter((p) => p.kind === kind).map((p) => p.uuid);
    const rows = await sqlRows<ProfileRow>(this.em, PROFILES_SQL, [ids('Organization'), ids('Institution')]);
    return rows.map(toProfile);
  }

  /**
   * The candidates worth scoring for `ours`, at most SUGGESTION_POOL_SIZE: parties whose active listings complement
   * ours, and parties of the same or a neighbouring governorate serving one of our target groups; never `ours`, its
   * partners (proposed or active partnerships), parties with a pending or declined request either way, nor
   * organisations that are not active or not verified (nor under verification). Ordered by an estimate of the score
   * on the criteria worth 70 of 100 (complement, target groups, geography), then by id.
   */
  async pool(ours: PartyRef, profile: PartyProfile): Promise<PartyRef[]> {
    const mine = profile.governorates;
    const near = [...new Set([...mine, ...mine.flatMap((g) => [...(GOVERNORATE_NEIGHBOURS.get(g) ?? [])])])];
    const column = ours.kind === 'Organization' ? 'organization_id' : 'institution_id';
    const w = SUGGESTION_WEIGHTS;
    // hand-written SQL: the pool is chosen and ordered in the database, so that a request reads at most a few
    // hundred profiles among a million organisations, with the listings' and the search table's indexes
    const bindings = {
      me: ours.uuid,
      needs: profile.needs,
      offers: profile.offers,
      near,
      mine,
      groups: profile.targetGroups,
      states: SUGGESTIBLE_STATES,
      wc: w.COMPLEMENT,
      wt: w.TARGET_GROUPS,
      wg: w.GEOGRAPHY,
      cs: COMPLEMENT_SATURATION,
      ts: TARGET_GROUP_SATURATION,
      nf: NEIGHBOUR_FRACTION,
      limit: SUGGESTION_POOL_SIZE,
    };
    // hand-written SQL: the pool is chosen and ordered in the database, so that a request reads at most a few
    // hundred profiles among a million organisations, through the listings' and the search table's indexes
    const rows = await sqlRows<{ kind: PartyRef['kind']; id: string }>(
      this.em,
      ...positional(
        `
      with excluded as (
        select coalesce(other.organization_id, other.institution_id) as id
        from partnership_member me
        join partnership p on p.id = me.partnership_id and p.status in ('PROPOSED', 'ACTIVE')
        join partnership_member other on other.partnership_id = me.partnership_id
        where me.${column} = :me
        union all
        select coalesce(r.to_organization_id, r.to_institution_id) from partnership_request r
        where r.from_${column} = :me and r.status in ('PENDING', 'DECLINED')
        union all
        select coalesce(r.from_organization_id, r.from_institution_id) from partnership_request r
        where r.to_${column} = :me and r.status in ('PENDING', 'DECLINED')
      ),
      complement as (
        select l.organization_id, l.institution_id, count(distinct l.capability_code)::int as matches
        from partnership_listing l
        where l.status = 'ACTIVE' and l.expires_at > now()
          and ((l.kind = 'OFFER' and l.capability_code = any(:needs::text[]))
            or (l.kind = 'NEED' and l.capability_code = any(:offers::text[])))
        group by l.organization_id, l.institution_id
      ),
      candidates as (
        select 'Organization' as kind, s.id, 0 as matches from organization_search s
        where s.governorate_code = any(:near::text[]) and s.target_groups && :groups::text[]
        union all
        select 'Institution', i.id, 0 from institution i where i.governorate_code = any(:near::text[])
        union all
        select case when c.organization_id is null then 'Institution' else 'Organization' end,
               coalesce(c.organization_id, c.institution_id), c.matches
        from complement c
      ),
      merged as (select kind, id, max(matches) as matches from candidates group by kind, id)
      select m.kind, m.id
      from merged m
      left join organization_search s on m.kind = 'Organization' and s.id = m.id
      left join institution i on m.kind = 'Institution' and i.id = m.id
      where m.id <> :me::uuid
        and not exists (select 1 from excluded e where e.id = m.id)
        and ((s.id is not null and s.status = 'ACTIVE' and s.verification_state = any(:states::text[])) or i.id is not null)
      order by
        :wc::float * least(m.matches, :cs::int)::float / :cs::float
        + :wt::float * least((select count(*) from unnest(coalesce(s.target_groups, '{}')) t
                              where t = any(:groups::text[]))::int, :ts::int)::float / :ts::float
        + :wg::float * case when coalesce(s.governorate_code, i.governorate_code) = any(:mine::text[]) then 1.0
                            when coalesce(s.governorate_code, i.governorate_code) = any(:near::text[]) then :nf::float
                            else 0.0 end
        desc,
        m.id
      limit :limit::int`,
        bindings,
      ),
    );
    return rows.map((r) => ({ kind: r.kind, uuid: r.id }));
  }
}
