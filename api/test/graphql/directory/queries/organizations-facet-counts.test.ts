import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganizations } from '../../../../src/modules/directory/organization.bulk.js';
import {
  OrganizationSearchRepository,
  planSearch,
  type DirectoryFilter,
  type DirectoryStats,
} from '../../../../src/modules/directory/organization.search.js';
import { generateOrganization } from '../../../../src/modules/directory/seed/organization-generator.js';
import { startTestApi, type TestApi } from '../../../support/api.js';

/** Filters of listings without search: none, each facet's own, two and three together, and the other code filters. */
const FILTERS: DirectoryFilter[] = [
  {},
  { governorates: ['JO-AM'] },
  { governorates: ['JO-IR', 'JO-MA'] },
  { sectors: ['EDUCATION'] },
  { targetGroups: ['WOMEN', 'YOUTH'] },
  { legalForms: ['CHARITY'] },
  { verificationStates: ['VERIFIED'] },
  { statuses: ['ACTIVE'] },
  { localityTypes: ['RURAL'] },
  { governorates: ['JO-AM'], sectors: ['HEALTH', 'EDUCATION'] },
  { governorates: ['JO-IR'], targetGroups: ['WOMEN'], verificationStates: ['VERIFIED', 'UNVERIFIED'] },
  { governorates: ['JO-XX'] },
];

const plain = (stats: DirectoryStats): unknown => ({
  count: stats.count,
  facets: Object.fromEntries(
    Object.entries(stats.facets).map(([facet, counts]) => [facet, [...counts.entries()].sort()]),
  ),
});

/**
 * The facets of a listing without search come from organization_facet_count (issue 21, defect 3): for every filter
 * combination they must equal the counts over every search row, after inserts, updates of codes and names, and
 * deletions.
 */
describe('query organizations: facet counts kept by triggers answer as the search rows do', () => {
  let api: TestApi;
  const knex = () => api.orm.em.getKnex();
  beforeAll(async () => {
    api = await startTestApi();
    const organizations = Array.from({ length: 600 }, (_, i) => generateOrganization(21, i));
    await knex().transaction((trx) => insertOrganizations(trx, organizations));
  }, 120_000);
  afterAll(async () => {
    await api.stop();
  });

  async function expectSameAnswers(): Promise<void> {
    const repository = new OrganizationSearchRepository(api.orm.em.fork());
    const plan = planSearch(null);
    for (const filter of FILTERS) {
      const counted = await repository.stats(filter, plan);
      const scanned = await repository.stats(filter, plan, { useCounts: false });
      expect(plain(counted), JSON.stringify(filter)).toEqual(plain(scanned));
      expect(await repository.count(filter, plan)).toEqual(scanned.count);
    }
  }

  it('reads the count table for a listing without search', async () => {
    const [row] = (
      await knex().raw<{
        rows: { n: number; rows: number }[];
      }>(`select coalesce(sum(n), 0)::int as n, count(*)::int as rows from organization_facet_count`)
    ).rows;
    expect(row!.n).toBe(600);
    expect(row!.rows).toBeLessThan(600);
    await expectSameAnswers();
  }, 120_000);

  it('keeps the same answers after codes, governorates and states change and organisations are deleted', async () => {
    await knex().transaction(async (trx) => {
      await trx.raw(
        `update organization set governorate_code = 'JO-AM' where id in (select id from organization order by id limit 40)`,
      );
      await trx.raw(
        `update organization set verification_state = 'VERIFIED', locality_type = null where id in (select id from organization order by id desc limit 30)`,
      );
      await trx.raw(
        `delete from organization_sector where organization_id in (select id from organization order by slug limit 50)`,
      );
      await trx.raw(
        `insert into organization_target_group (organization_id, target_group_code)
         select id, 'ELDERLY' from organization o order by slug desc limit 50
         on conflict do nothing`,
      );
      await trx.raw(
        `update organization set name_en = name_en || ' Renamed' where id in (select id from organization limit 25)`,
      );
    });
    await knex().raw(`delete from organization where id in (select id from organization order by updated_at limit 20)`);
    await expectSameAnswers();
    const [row] = (
      await knex().raw<{
        rows: { n: number }[];
      }>(`select coalesce(sum(n), 0)::int as n from organization_facet_count`)
    ).rows;
    expect(row!.n).toBe(580);
  }, 120_000);
});
