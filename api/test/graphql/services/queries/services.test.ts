import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { SERVICE_CREATE, ajlounRehabilitation, organizationWithMember } from '../services-support.js';

const SEARCH = /* GraphQL */ `
  query ($search: String, $filter: ServiceFilter, $first: Int, $after: String) {
    services(search: $search, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        distanceKm
        node {
          name {
            ar
            en
          }
          openNow
          places {
            outdated
          }
        }
      }
      facets {
        governorates {
          value {
            code
          }
          count
        }
        languages {
          value
          count
        }
        categories {
          value {
            code
          }
          count
        }
      }
    }
  }
`;

interface Result {
  services: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { distanceKm: number | null; node: { name: { ar: string; en: string }; openNow: boolean } }[];
    facets: {
      governorates: { value: { code: string }; count: number }[];
      languages: { value: string; count: number }[];
      categories: { value: { code: string }; count: number }[];
    };
  };
}

describe('query services', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const org = await organizationWithMember(api, 'EDITOR');
    const create = async (input: Record<string, unknown>) => {
      const response = await api.graphql(SERVICE_CREATE, { input }, { headers: { cookie: org.cookie } });
      expect(response.body.errors).toBeUndefined();
    };
    // the Ajloun service, open all week all day; a rehabilitation centre in Irbid without sign language; a legal aid
    // line in Amman
    await create(
      ajlounRehabilitation(org.id, {
        hours: [1, 2, 3, 4, 5, 6, 7].map((d) => ({
          weekday: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'][d - 1],
          opensAt: '00:00',
          closesAt: '24:00',
        })),
      }),
    );
    await create(
      ajlounRehabilitation(org.id, {
        nameAr: 'مركز إربد للتأهيل',
        nameEn: 'Irbid rehabilitation centre',
        languages: ['ARABIC'],
        delivery: ['AT_LOCATION'],
        hours: [],
        locations: [{ governorate: 'JO-IR', latitude: 32.556, longitude: 35.85 }],
      }),
    );
    await create({
      organizationId: org.id,
      nameAr: 'خط المساعدة القانونية',
      nameEn: 'Legal aid line',
      category: 'LEGAL_AID',
      fee: 'FREE',
      delivery: ['REMOTE'],
      languages: ['ARABIC', 'ENGLISH'],
      locations: [{ governorate: 'JO-AM', latitude: 31.95, longitude: 35.91 }],
    });
  });
  afterAll(async () => {
    await api.stop();
  });

  const search = async (variables: Record<string, unknown>) => {
    const response = await api.graphql<Result>(SEARCH, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.services;
  };

  it('finds a service searched in Arabic with a spelling variant (hamza, ta marbuta, article), filtered to Ajloun and Jordanian Sign Language', async () => {
    // given: the name is written "التأهيل المنزلي"; the search drops the hamza and the article
    // when
    const found = await search({
      search: 'تاهيل منزلي',
      filter: { governorates: ['JO-AJ'], languages: ['JORDANIAN_SIGN_LANGUAGE'] },
    });
    // then
    expect(found.edges.map((e) => e.node.name.en)).toEqual([
      'Home-based rehabilitation for children with disabilities',
    ]);
    expect(found.totalCount).toBe(1);
  });

  it('matches "اعاقه" (ha for ta marbuta) against "الإعاقة"', async () => {
    const found = await search({ search: 'اعاقه' });
    expect(found.edges.map((e) => e.node.name.en)).toEqual([
      'Home-based rehabilitation for children with disabilities',
    ]);
  });

  it('counts facets each with its own filter lifted', async () => {
    // when
    const found = await search({ search: 'تأهيل', filter: { governorates: ['JO-AJ'] } });
    // then: the governorate facet still shows Irbid; the language facet counts within Ajloun
    const governorates = Object.fromEntries(found.facets.governorates.map((f) => [f.value.code, f.count]));
    expect(governorates).toMatchObject({ 'JO-AJ': 1, 'JO-IR': 1, 'JO-AM': 0 });
    const languages = Object.fromEntries(found.facets.languages.map((f) => [f.value, f.count]));
    expect(languages).toEqual({ ARABIC: 1, ENGLISH: 0, JORDANIAN_SIGN_LANGUAGE: 1 });
    expect(found.facets.governorates).toHaveLength(12);
  });

  it('filters by delivery, open now (Amman time) and distance from a point', async () => {
    const remote = await search({ filter: { delivery: ['REMOTE'] } });
    expect(remote.edges.map((e) => e.node.name.en)).toEqual(['Legal aid line']);
    const open = await search({ filter: { openNow: true } });
    expect(open.edges.map((e) => e.node.name.en)).toEqual(['Home-based rehabilitation for children with disabilities']);
    expect(open.edges[0]!.node.openNow).toBe(true);
    // Irbid city is about 30 km from Kufranjah and 70 km from Amman
    const near = await search({ filter: { near: { latitude: 32.556, longitude: 35.85, withinKm: 40 } } });
    expect(near.edges.map((e) => e.node.name.en).sort()).toEqual([
      'Home-based rehabilitation for children with disabilities',
      'Irbid rehabilitation centre',
    ]);
    expect(near.edges.every((e) => e.distanceKm !== null && e.distanceKm <= 40)).toBe(true);
  });

  it('pages with cursors, every service once', async () => {
    const first = await search({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    const names = [...first.edges, ...second.edges].map((e) => e.node.name.en);
    expect(new Set(names).size).toBe(3);
  });
});
