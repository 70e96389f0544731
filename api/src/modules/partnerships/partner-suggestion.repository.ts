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
   * The candidates worth scoring for `ours`, at most `limit`: parties whose active listings complement ours, and
   * parties of the same or a neighbouring governorate serving one of our target groups; never `ours`, its partners
   * (proposed or active partnerships), parties with a pending or declined request either way, nor organisations that
   * are not active or not verified (nor under verification). Ordered by an estimate of the score on the criteria worth
   * 70 of 100 (complement, target groups, geography), then by id.
   *
   * One statement in four tiers, each read by index equality from the match keys and run only when the best `limit`
   * found so far could still be beaten by it (a one-time filter: a tier that cannot change the answer is not read):
   * complementary listings of parties in our governorates, then in neighbouring ones, then anywhere, then parties
   * near us that share a target group without complementing us. The answer is the one an unbounded read would give
   * (`partner-suggestions-pool.test.ts` compares them); at 1,000,000 organisations the first tiers usually suffice.
   */
  async pool(ours: PartyRef, profile: PartyProfile, limit = SUGGESTION_POOL_SIZE): Promise<PartyRef[]> {
    const mine = profile.governorates;
    const near = [...new Set([...mine, ...mine.flatMap((g) => [...(GOVERNORATE_NEIGHBOURS.get(g) ?? [])])])];
    const nearOnly = near.filter((g) => !mine.includes(g));
    const column = ours.kind === 'Organization' ? 'organization_id' : 'institution_id';
    const w = SUGGESTION_WEIGHTS;
    // the most a candidate of each tier can be estimated at, given what we have to match (plus a margin for floating
    // point: a bound too high only reads a tier that was not needed)
    const margin = 1e-9;
    const capabilities = new Set([...profile.needs, ...profile.offers]).size;
    const complement = (w.COMPLEMENT * Math.min(capabilities, COMPLEMENT_SATURATION)) / COMPLEMENT_SATURATION;
    const groups =
      (w.TARGET_GROUPS * Math.min(profile.targetGroups.length, TARGET_GROUP_SATURATION)) / TARGET_GROUP_SATURATION;
    const nearGeo = nearOnly.length > 0 ? w.GEOGRAPHY * NEIGHBOUR_FRACTION : 0;
    const best = {
      neighbours: complement + groups + nearGeo + margin,
      anywhere: complement + groups + margin,
      near: (profile.targetGroups.length > 0 ? groups : 0) + (mine.length > 0 ? w.GEOGRAPHY : nearGeo) + margin,
    };
    const bindings = {
      me: ours.uuid,
      needs: profile.needs,
      offers: profile.offers,
      near,
      nearOnly,
      mine,
      groups: profile.targetGroups,
      states: SUGGESTIBLE_STATES,
      wc: w.COMPLEMENT,
      wt: w.TARGET_GROUPS,
      wg: w.GEOGRAPHY,
      cs: COMPLEMENT_SATURATION,
      ts: TARGET_GROUP_SATURATION,
      nf: NEIGHBOUR_FRACTION,
      limit,
      b2: Math.max(best.neighbours, best.anywhere, best.near),
      b3: Math.max(best.anywhere, best.near),
      b4: best.near,
    };
    // the estimate of a party: complement, shared target groups (counted by `shared`), geography (`geography`)
    const estimate = (matches: string, shared: string, geography: string) => `
        :wc::float * least(${matches}, :cs::int)::float / :cs::float
        + :wt::float * least(${shared}, :ts::int)::float / :ts::float
        + :wg::float * ${geography}`;
    const geographyOf = (governorate: string) => `
        case when ${governorate} = any(:mine::text[]) then 1.0
             when ${governorate} = any(:near::text[]) then :nf::float
             else 0.0 end`;
    const sharedOf = (groups: string) =>
      `(select count(*) from unnest(${groups}) t where t = any(:groups::text[]))::int`;
    // each side of the complement read on its own, so that each is an index range of (kind, capability, governorate)
    const keys = (governorate: string, gate: string) => `
        select k.party_kind, k.party_id, k.capability_code, k.target_group_mask
        from partnership_match_key k
        where k.suggestible and k.kind = 'OFFER' and k.capability_code = any(:needs::text[]) and ${governorate}
          and k.expires_at > now() and ${gate}
        union all
        select k.party_kind, k.party_id, k.capability_code, k.target_group_mask
        from partnership_match_key k
        where k.suggestible and k.kind = 'NEED' and k.capability_code = any(:offers::text[]) and ${governorate}
          and k.expires_at > now() and ${gate}`;
    // a tier's governorates share one geography fraction: it is a constant of the tier, not read per row
    const complementTier = (governorate: string, geography: string, gate: string) => `
        select x.kind, x.id, x.est from (
          select k.party_kind as kind, k.party_id as id,
            ${estimate('count(*)::int', 'bit_count((max(k.target_group_mask) & (select mask from ours))::bit(32))::int', geography)} as est
          -- distinct first, then a count: both hashed, over narrow rows (a count(distinct) sorts, and spills)
          from (select distinct u.party_kind, u.party_id, u.capability_code, u.target_group_mask
                from (${keys(governorate, gate)}) u) k
          group by k.party_kind, k.party_id
        ) x
        where x.id <> :me::uuid and not exists (select 1 from excluded e where e.id = x.id)`;
    // "could the tier still change the best `limit`?": fewer than `limit` so far, or the last of them within reach
    const gate = (previous: string, bound: string) =>
      `(select count(*) < :limit::int or coalesce(min(p.est), -1) <= :${bound}::float from ${previous} p)`;
    // hand-written SQL: the pool is chosen and ordered in the database, so that a request reads at most a few
    // hundred profiles among a million organisations, through the match keys' index, tier by tier
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
      ours as (select shabaka_target_group_mask(:groups::text[]) as mask),
      top1 as materialized (
        select * from (${complementTier('k.governorate_code = any(:mine::text[])', '1.0', 'true')}) t
        order by t.est desc, t.id limit :limit::int
      ),
      top2 as materialized (
        select * from (
          select * from top1
          union all
          ${complementTier('k.governorate_code = any(:nearOnly::text[])', ':nf::float', gate('top1', 'b2'))}
        ) t
        order by t.est desc, t.id limit :limit::int
      ),
      top3 as materialized (
        select * from (
          select * from top2
          union all
          ${complementTier('(k.governorate_code is null or not k.governorate_code = any(:near::text[]))', '0.0', gate('top2', 'b3'))}
        ) t
        order by t.est desc, t.id limit :limit::int
      ),
      nearby as (
        select 'Organization' as kind, s.id, ${estimate('0', sharedOf('s.target_groups'), geographyOf('s.governorate_code'))} as est
        from organization_search s
        where s.governorate_code = any(:near::text[]) and s.target_groups && :groups::text[]
          and s.status = 'ACTIVE' and s.verification_state = any(:states::text[]) and ${gate('top3', 'b4')}
        union all
        select 'Institution', i.id, ${estimate('0', '0', geographyOf('i.governorate_code'))}
        from institution i
        where i.governorate_code = any(:near::text[]) and ${gate('top3', 'b4')}
      ),
      merged as (
        select distinct on (u.kind, u.id) u.kind, u.id, u.est
        from (
          select * from top3
          union all
          select n.kind, n.id, n.est from nearby n
          where n.id <> :me::uuid and not exists (select 1 from excluded e where e.id = n.id)
        ) u
        order by u.kind, u.id, u.est desc
      )
      select m.kind, m.id from merged m order by m.est desc, m.id limit :limit::int`,
        bindings,
      ),
    );
    return rows.map((r) => ({ kind: r.kind, uuid: r.id }));
  }
}
