import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { SERVICE_CREATE, ajlounRehabilitation, organizationWithMember } from '../services-support.js';

const NESTED = /* GraphQL */ `
  query Nested($first: Int!) {
    services(first: $first) {
      totalCount
      facets {
        categories {
          count
        }
        governorates {
          count
        }
        languages {
          count
        }
      }
      edges {
        node {
          name {
            en
          }
          category {
            code
          }
          targetGroups {
            code
          }
          organization {
            uuid
            name {
              en
            }
            services {
              uuid
            }
          }
          locations {
            governorate {
              code
            }
            accessibility
          }
          hours {
            weekday
          }
          openNow
        }
      }
    }
  }
`;

describe('query services: SQL statements per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    for (let o = 0; o < 3; o += 1) {
      const org = await organizationWithMember(api, 'EDITOR');
      for (let i = 0; i < 4; i += 1) {
        const response = await api.graphql(
          SERVICE_CREATE,
          { input: ajlounRehabilitation(org.id, { nameEn: `Service ${o}-${i}` }) },
          { headers: { cookie: org.cookie } },
        );
        expect(response.body.errors).toBeUndefined();
      }
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  it('reads a page with its nested organisations, locations and hours in the same number of statements for 2 and 12 services', async () => {
    // given
    const run = (first: number) => api.statements(() => api.graphql(NESTED, { first }));
    await run(1); // caches (code lists, categories) warmed
    // when
    const small = await run(2);
    const large = await run(12);
    // then
    expect(small.result.body.errors).toBeUndefined();
    expect((large.result.body.data as { services: { edges: unknown[] } }).services.edges).toHaveLength(12);
    expect(large.sql.length).toBe(small.sql.length);
    expect(large.sql.length).toBeLessThanOrEqual(8);
  });
});
