import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_COUNT_LIMIT } from '../../../../src/modules/directory/organization.search.js';
import { startTestApi, type TestApi } from '../../../support/api.js';

const COUNT = /* GraphQL */ `
  query Count($search: String, $filter: OrganizationFilter) {
    organizations(first: 3, search: $search, filter: $filter) {
      totalCount
      totalCountIsExact
      edges {
        node {
          slug
        }
      }
    }
    withFacets: organizations(first: 3, search: $search, filter: $filter) {
      totalCount
      totalCountIsExact
      facets {
        governorates {
          value {
            code
          }
          count
        }
      }
    }
  }
`;

interface Counted {
  totalCount: number;
  totalCountIsExact: boolean;
  facets?: { governorates: { value: { code: string }; count: number }[] };
}

describe('query organizations: counting a broad search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    // given one more organisation named "Zebra ..." than a search counts, plus one other
    await api.orm.em.getKnex().raw(
      `insert into organization (id, slug, name_en, legal_form_code, governorate_code)
       select gen_random_uuid(), 'zebra-' || i, 'Zebra Society ' || i, 'NGO', case when i % 2 = 0 then 'JO-AM' else 'JO-IR' end
       from generate_series(1, ?) as i
       union all select gen_random_uuid(), 'okapi', 'Okapi Society', 'NGO', 'JO-AQ'`,
      [SEARCH_COUNT_LIMIT + 1],
    );
  }, 120_000);
  afterAll(async () => {
    await api.stop();
  });

  it('stops counting a search at the limit and says so, with or without facets', async () => {
    const { body } = await api.graphql<{ organizations: Counted; withFacets: Counted }>(COUNT, { search: 'zebra' });
    expect(body.errors).toBeUndefined();
    for (const result of [body.data!.organizations, body.data!.withFacets]) {
      expect(result.totalCount).toBe(SEARCH_COUNT_LIMIT);
      expect(result.totalCountIsExact).toBe(false);
    }
    const counted = body.data!.withFacets.facets!.governorates.reduce((n, g) => n + g.count, 0);
    expect(counted).toBeLessThanOrEqual(SEARCH_COUNT_LIMIT + 1);
  });

  it('counts a narrow search and a listing without search exactly', async () => {
    const narrow = await api.graphql<{ organizations: Counted; withFacets: Counted }>(COUNT, { search: 'okapi' });
    expect(narrow.body.data!.organizations).toMatchObject({ totalCount: 1, totalCountIsExact: true });
    const listing = await api.graphql<{ organizations: Counted; withFacets: Counted }>(COUNT, {});
    expect(listing.body.data!.withFacets).toMatchObject({
      totalCount: SEARCH_COUNT_LIMIT + 2,
      totalCountIsExact: true,
    });
    const amman = listing.body.data!.withFacets.facets!.governorates.find((g) => g.value.code === 'JO-AM')!;
    expect(amman.count).toBe(Math.floor((SEARCH_COUNT_LIMIT + 1) / 2));
  });
});
