import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { createInstitution, insertListing } from '../partnerships-support.js';

const ORGANIZATIONS = /* GraphQL */ `
  query Nested($first: Int!) {
    organizations(first: $first) {
      edges {
        node {
          slug
          partnershipListings(first: 2) {
            totalCount
            edges {
              node {
                kind
                capability {
                  code
                }
                governorates {
                  code
                }
                party {
                  __typename
                }
              }
            }
          }
        }
      }
    }
  }
`;

const LISTINGS = /* GraphQL */ `
  query Listings($first: Int!) {
    partnershipListings(first: $first) {
      edges {
        node {
          kind
          capability {
            code
          }
          targetGroups {
            code
          }
          party {
            __typename
            ... on Organization {
              slug
            }
            ... on Institution {
              slug
              governorate {
                code
              }
            }
          }
        }
      }
    }
  }
`;

const INSTITUTIONS = /* GraphQL */ `
  query Institutions($first: Int!) {
    institutions(first: $first) {
      edges {
        node {
          slug
          partnershipListings(first: 2) {
            totalCount
            edges {
              node {
                kind
              }
            }
          }
        }
      }
    }
  }
`;

describe('partnerships lists: SQL statements per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const organizations = await createOrganizations(
      api.orm,
      Array.from({ length: 50 }, () => ({})),
    );
    // a day apart per organisation, so every page of the public list holds parties of both kinds
    for (const [i, organization] of organizations.entries()) {
      for (let n = 0; n < 3; n++) {
        await insertListing(api, {
          organizationId: organization.id,
          kind: n % 2 ? 'NEED' : 'OFFER',
          governorates: ['JO-MA'],
          createdDaysAgo: i,
        });
      }
      if (i < 30) {
        const institution = await createInstitution(api);
        await insertListing(api, { institutionId: institution.uuid, targetGroups: ['WOMEN'], createdDaysAgo: i });
      }
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  const pinned = async (query: string, list: string) => {
    const run = (first: number) =>
      api.statements(() => api.graphql<Record<string, { edges: unknown[] }>>(query, { first }));
    // the code lists and the capabilities are read once per process and database, then cached
    await run(1);
    const five = await run(5);
    const fifty = await run(50);
    expect(five.result.body.errors).toBeUndefined();
    expect(fifty.result.body.errors).toBeUndefined();
    expect(five.result.body.data![list]!.edges).toHaveLength(5);
    expect(fifty.result.body.data![list]!.edges).toHaveLength(30 + 20 * Number(list !== 'institutions'));
    expect(fifty.sql).toHaveLength(five.sql.length);
    return five.sql.length;
  };

  it("costs a fixed number of statements for organisations' listings, whatever the page size", async () => {
    // the rate-limit counter, the page of organisations, their listings (one window statement), the listings'
    // parties (one batched load)
    expect(await pinned(ORGANIZATIONS, 'organizations')).toBe(4);
  });

  it('costs a fixed number of statements for the listings with their parties', async () => {
    // the rate-limit counter, the page and its count, the organisations, the institutions
    expect(await pinned(LISTINGS, 'partnershipListings')).toBe(5);
  });

  it("costs a fixed number of statements for institutions' listings", async () => {
    // the rate-limit counter, the page and its count, their listings
    expect(await pinned(INSTITUTIONS, 'institutions')).toBe(4);
  });
});
