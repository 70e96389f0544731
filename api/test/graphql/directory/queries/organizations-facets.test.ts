import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';

const FACETED = /* GraphQL */ `
  query Faceted($filter: OrganizationFilter, $search: String) {
    organizations(first: 100, filter: $filter, search: $search) {
      totalCount
      edges {
        node {
          slug
          governorate {
            code
          }
          targetGroups {
            code
          }
        }
      }
      facets {
        governorates {
          value {
            code
            dosCode
            name {
              ar
              en
            }
          }
          count
        }
        targetGroups {
          value {
            code
          }
          count
        }
        sectors {
          value {
            code
          }
          count
        }
        legalForms {
          value {
            code
          }
          count
        }
        verificationStates {
          value
          count
        }
      }
    }
  }
`;

interface Faceted {
  organizations: {
    totalCount: number;
    edges: { node: { slug: string; governorate: { code: string }; targetGroups: { code: string }[] } }[];
    facets: Record<string, { value: { code: string } | string; count: number }[]>;
  };
}

const count = (facets: Faceted['organizations']['facets'], facet: string, code: string): number =>
  facets[facet]!.find((f) => (typeof f.value === 'string' ? f.value : f.value.code) === code)!.count;

describe('query organizations: filters and facets', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    // given 3 in Irbid (2 serving women), 2 in Amman (1 serving women), 1 in Aqaba serving youth
    const women = { targetGroups: ['WOMEN'] };
    await createOrganizations(api.orm, [
      { slug: 'irbid-1', governorateCode: 'JO-IR', ...women, verificationState: 'VERIFIED', sectors: ['LIVELIHOODS'] },
      { slug: 'irbid-2', governorateCode: 'JO-IR', ...women, verificationState: 'PENDING', sectors: ['LIVELIHOODS'] },
      {
        slug: 'irbid-3',
        governorateCode: 'JO-IR',
        targetGroups: ['YOUTH'],
        verificationState: 'VERIFIED',
        sectors: ['EDUCATION'],
      },
      { slug: 'amman-1', governorateCode: 'JO-AM', ...women, verificationState: 'VERIFIED', sectors: ['HEALTH'] },
      {
        slug: 'amman-2',
        governorateCode: 'JO-AM',
        targetGroups: ['ELDERLY'],
        verificationState: 'UNVERIFIED',
        sectors: ['ELDERLY_CARE'],
      },
      {
        slug: 'aqaba-1',
        governorateCode: 'JO-AQ',
        targetGroups: ['YOUTH'],
        verificationState: 'REJECTED',
        sectors: ['EDUCATION'],
      },
    ]);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('counts every value of every facet over the whole directory, zeros included', async () => {
    const { body } = await api.graphql<Faceted>(FACETED, {});
    const { facets, totalCount } = body.data!.organizations;
    expect(totalCount).toBe(6);
    expect(facets.governorates).toHaveLength(12);
    expect(count(facets, 'governorates', 'JO-IR')).toBe(3);
    expect(count(facets, 'governorates', 'JO-MN')).toBe(0);
    expect(facets.governorates![0]!.value).toEqual({ code: 'JO-AM', dosCode: 11, name: { ar: 'عمّان', en: 'Amman' } });
    expect(count(facets, 'targetGroups', 'WOMEN')).toBe(3);
    expect(count(facets, 'verificationStates', 'VERIFIED')).toBe(3);
    expect(count(facets, 'sectors', 'EDUCATION')).toBe(2);
  });

  it('combines values of one field with OR and fields with AND', async () => {
    const { body } = await api.graphql<Faceted>(FACETED, {
      filter: { governorates: ['JO-IR', 'JO-AM'], targetGroups: ['WOMEN'] },
    });
    const slugs = body.data!.organizations.edges.map((e) => e.node.slug).sort();
    expect(slugs).toEqual(['amman-1', 'irbid-1', 'irbid-2']);
    expect(body.data!.organizations.totalCount).toBe(3);
  });

  it('computes each facet with the other filters but not its own', async () => {
    const { body } = await api.graphql<Faceted>(FACETED, {
      filter: { governorates: ['JO-IR'], targetGroups: ['WOMEN'] },
    });
    const { facets } = body.data!.organizations;
    // governorates: women-serving organisations in any governorate
    expect(count(facets, 'governorates', 'JO-IR')).toBe(2);
    expect(count(facets, 'governorates', 'JO-AM')).toBe(1);
    expect(count(facets, 'governorates', 'JO-AQ')).toBe(0);
    // target groups: organisations in Irbid serving any group
    expect(count(facets, 'targetGroups', 'WOMEN')).toBe(2);
    expect(count(facets, 'targetGroups', 'YOUTH')).toBe(1);
    // other facets: within both filters
    expect(count(facets, 'verificationStates', 'VERIFIED')).toBe(1);
    expect(count(facets, 'verificationStates', 'PENDING')).toBe(1);
  });

  it('refuses unknown filter values, naming the argument and the accepted values', async () => {
    const response = await api.graphql(FACETED, { filter: { governorates: ['JO-XX'] } });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.governorates',
    });
    expect(response.body.errors?.[0]?.message).toContain('JO-AM');
    const enumValue = await api.graphql(FACETED, { filter: { verificationStates: ['MAYBE'] } });
    expect(enumValue.status).toBe(400);
    expect(enumValue.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const years = await api.graphql(FACETED, { filter: { foundedFrom: 2020, foundedTo: 2000 } });
    expect(years.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.foundedFrom',
    });
  });
});
