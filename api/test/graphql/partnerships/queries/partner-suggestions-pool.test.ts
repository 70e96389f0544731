/**
 * The pool of partner suggestions is read tier by tier from the match keys and stops when no later tier can change it
 * (issue 15, 1,000,000 organisations). This file holds it to the unbounded read it replaces (the reference below:
 * every candidate joined and sorted): the same parties in the same order, for many parties, pool sizes small enough
 * that every tier decides, and after the changes the match keys must follow (a move, a suspension, a withdrawal).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlRows } from '../../../../src/database/sql.js';
import type { PartyRef } from '../../../../src/modules/partnerships/listing.service.js';
import { GOVERNORATE_NEIGHBOURS } from '../../../../src/modules/partnerships/governorate-adjacency.js';
import { PartnerSuggestionRepository } from '../../../../src/modules/partnerships/partner-suggestion.repository.js';
import {
  COMPLEMENT_SATURATION,
  NEIGHBOUR_FRACTION,
  SUGGESTION_WEIGHTS,
  TARGET_GROUP_SATURATION,
} from '../../../../src/modules/partnerships/partner-suggestion.weights.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { createInstitution, insertListing } from '../partnerships-support.js';
import { insertPartnership } from '../requests-support.js';

/** The pool's statement before the match keys: every candidate, joined to the search rows, sorted. */
const REFERENCE = `
  with excluded as (
    select coalesce(other.organization_id, other.institution_id) as id
    from partnership_member me
    join partnership p on p.id = me.partnership_id and p.status in ('PROPOSED', 'ACTIVE')
    join partnership_member other on other.partnership_id = me.partnership_id
    where coalesce(me.organization_id, me.institution_id) = :me
    union all
    select coalesce(r.to_organization_id, r.to_institution_id) from partnership_request r
    where coalesce(r.from_organization_id, r.from_institution_id) = :me and r.status in ('PENDING', 'DECLINED')
    union all
    select coalesce(r.from_organization_id, r.from_institution_id) from partnership_request r
    where coalesce(r.to_organization_id, r.to_institution_id) = :me and r.status in ('PENDING', 'DECLINED')
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
    and ((s.id is not null and s.status = 'ACTIVE' and s.verification_state in ('VERIFIED', 'PENDING'))
      or i.id is not null)
  order by
    :wc::float * least(m.matches, :cs::int)::float / :cs::float
    + :wt::float * least((select count(*) from unnest(coalesce(s.target_groups, '{}')) t
                          where t = any(:groups::text[]))::int, :ts::int)::float / :ts::float
    + :wg::float * case when coalesce(s.governorate_code, i.governorate_code) = any(:mine::text[]) then 1.0
                        when coalesce(s.governorate_code, i.governorate_code) = any(:near::text[]) then :nf::float
                        else 0.0 end
    desc,
    m.id
  limit :limit::int`;

const CAPABILITIES = ['MONITORING_EVALUATION', 'FINANCIAL_MANAGEMENT', 'OUTREACH', 'SERVICE_DELIVERY', 'VOLUNTEERS'];
const GOVERNORATES = ['JO-MA', 'JO-IR', 'JO-AJ', 'JO-AM', 'JO-AQ', null];

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('partner suggestions: the pool read tier by tier', () => {
  let api: TestApi;
  let parties: PartyRef[] = [];
  let targetGroups: string[] = [];
  const next = random(15);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(next() * most) }, () => pick(list))),
  ];

  async function reference(party: PartyRef, limit: number): Promise<PartyRef[]> {
    const repository = new PartnerSuggestionRepository(api.orm.em.fork());
    const [profile] = await repository.profiles([party]);
    const mine = profile!.governorates;
    const near = [...new Set([...mine, ...mine.flatMap((g) => [...(GOVERNORATE_NEIGHBOURS.get(g) ?? [])])])];
    const values: Record<string, unknown> = {
      me: party.uuid,
      needs: profile!.needs,
      offers: profile!.offers,
      near,
      mine,
      groups: profile!.targetGroups,
      wc: SUGGESTION_WEIGHTS.COMPLEMENT,
      wt: SUGGESTION_WEIGHTS.TARGET_GROUPS,
      wg: SUGGESTION_WEIGHTS.GEOGRAPHY,
      cs: COMPLEMENT_SATURATION,
      ts: TARGET_GROUP_SATURATION,
      nf: NEIGHBOUR_FRACTION,
      limit,
    };
    const bindings: unknown[] = [];
    const text = REFERENCE.replace(/(?<!:):([a-z]\w*)/g, (_, name: string) => {
      bindings.push(values[name]);
      return '?';
    });
    const rows = await sqlRows<{ kind: PartyRef['kind']; id: string }>(api.orm.em.fork(), text, bindings);
    return rows.map((r) => ({ kind: r.kind, uuid: r.id }));
  }

  async function tiered(party: PartyRef, limit: number): Promise<PartyRef[]> {
    const repository = new PartnerSuggestionRepository(api.orm.em.fork());
    const [profile] = await repository.profiles([party]);
    return repository.pool(party, profile!, limit);
  }

  async function expectSamePools(limits: number[]): Promise<number> {
    let compared = 0;
    for (const party of parties) {
      for (const limit of limits) {
        const [got, expected] = [await tiered(party, limit), await reference(party, limit)];
        expect({ party: party.uuid, limit, pool: got }).toEqual({ party: party.uuid, limit, pool: expected });
        compared += 1;
      }
    }
    return compared;
  }

  beforeAll(async () => {
    api = await startTestApi();
    const knex = api.orm.em.getKnex();
    targetGroups = (await knex('target_group').select('code')).map((r: { code: string }) => r.code).slice(0, 4);
    const organizations = await createOrganizations(
      api.orm,
      Array.from({ length: 140 }, () => ({
        governorateCode: pick(GOVERNORATES.filter((g) => g !== null)),
        targetGroups: some(targetGroups, 3),
        verificationState: pick(['VERIFIED', 'VERIFIED', 'PENDING', 'UNVERIFIED', 'REJECTED']),
        status: pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'SUSPENDED']),
      })),
    );
    const institutions = [];
    for (let i = 0; i < 8; i += 1) institutions.push(await createInstitution(api, { governorate: pick(GOVERNORATES) }));
    const all: PartyRef[] = [
      ...organizations.map((o) => ({ kind: 'Organization' as const, uuid: o.id })),
      ...institutions.map((i) => ({ kind: 'Institution' as const, uuid: i.uuid })),
    ];
    for (const party of all) {
      const owner = party.kind === 'Organization' ? { organizationId: party.uuid } : { institutionId: party.uuid };
      const count = Math.floor(next() * 4);
      for (let i = 0; i < count; i += 1) {
        await insertListing(api, {
          ...owner,
          kind: pick(['NEED', 'OFFER'] as const),
          capability: pick(CAPABILITIES),
          targetGroups: some(targetGroups, 2),
          // some expired, some withdrawn: neither complements anyone
          expiresInDays: pick([30, 30, 30, -1]),
          status: pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'WITHDRAWN'] as const),
        });
      }
    }
    parties = all.filter((_, i) => i % 7 === 0);
    // the parties compared include some with a partnership, a pending and a declined request: excluded either way
    const [a, b, c, d] = parties.filter((p) => p.kind === 'Organization') as [PartyRef, PartyRef, PartyRef, PartyRef];
    await insertPartnership(api, { organizations: [a.uuid, b.uuid], status: 'ACTIVE' });
    await knex('partnership_request').insert([
      { id: randomUUID(), from_organization_id: a.uuid, to_organization_id: c.uuid, message: 'Pending' },
      {
        id: randomUUID(),
        from_organization_id: d.uuid,
        to_organization_id: a.uuid,
        message: 'Declined',
        status: 'DECLINED',
        decline_reason: 'Not now',
        answered_at: new Date(),
      },
    ]);
  });

  afterAll(async () => {
    await api.stop();
  });

  it('chooses the same candidates in the same order as the unbounded read, whatever the pool size', async () => {
    expect(parties.length).toBeGreaterThanOrEqual(20);
    const compared = await expectSamePools([1, 3, 8, 25, 200]);
    expect(compared).toBe(parties.length * 5);
    // the candidates are not all the same: the comparison means something
    const pools = await Promise.all(parties.map((p) => tiered(p, 8)));
    expect(new Set(pools.map((p) => p.map((x) => x.uuid).join())).size).toBeGreaterThan(parties.length / 2);
  });

  it('follows the directory and the listings: a move, a suspension, a verification, a withdrawal', async () => {
    const knex = api.orm.em.getKnex();
    interface Key {
      listing_id: string;
      party_id: string;
      governorate_code: string | null;
      suggestible: boolean;
    }
    const keysOf = (id: string): Promise<Key[]> => knex<Key>('partnership_match_key').where({ party_id: id });
    // organisations with listings: their keys must follow them
    const withKeys = (
      await knex<Key>('partnership_match_key')
        .where({ party_kind: 'Organization' })
        .distinct('party_id')
        .orderBy('party_id')
    ).map((r) => r.party_id);
    expect(withKeys.length).toBeGreaterThanOrEqual(6);
    // moves and suspensions go through the organisation, as the application writes them (the search row follows)
    for (const [i, id] of withKeys.slice(0, 6).entries()) {
      const change =
        i % 3 === 0
          ? { governorate_code: 'JO-AQ' }
          : i % 3 === 1
            ? { status: 'SUSPENDED' }
            : { verification_state: 'VERIFIED', status: 'ACTIVE' };
      await knex('organization').where({ id }).update(change);
    }
    for (const key of await keysOf(withKeys[0]!)) expect(key.governorate_code).toBe('JO-AQ');
    for (const key of await keysOf(withKeys[1]!)) expect(key.suggestible).toBe(false);
    for (const key of await keysOf(withKeys[2]!)) expect(key.suggestible).toBe(true);
    const [withdrawn] = await keysOf(withKeys[3]!);
    await knex('partnership_listing')
      .where({ id: withdrawn!.listing_id })
      .update({ status: 'WITHDRAWN', withdrawn_at: new Date() });
    expect(await knex('partnership_match_key').where({ listing_id: withdrawn!.listing_id })).toEqual([]);
    await expectSamePools([2, 10, 200]);
  });
});
