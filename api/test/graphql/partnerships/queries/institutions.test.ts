import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createInstitution, insertListing } from '../partnerships-support.js';

const INSTITUTIONS = /* GraphQL */ `
  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {
    institutions(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          uuid
          slug
          type
          name {
            ar
            en
          }
          governorate {
            code
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Page {
  institutions: {
    totalCount: number;
    edges: { node: { uuid: string; slug: string; type: string; governorate: { code: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('institutions, institution(slug), node(id)', () => {
  let api: TestApi;
  const made: { uuid: string; id: string; slug: string }[] = [];
  beforeAll(async () => {
    api = await startTestApi();
    made.push(await createInstitution(api, { type: 'MINISTRY', governorate: null, slug: 'aa-ministry' }));
    made.push(await createInstitution(api, { type: 'MOSD_DIRECTORATE', governorate: 'JO-MA', slug: 'bb-mafraq' }));
    made.push(await createInstitution(api, { type: 'MOSD_DIRECTORATE', governorate: 'JO-KA', slug: 'cc-karak' }));
    made.push(await createInstitution(api, { type: 'MUNICIPALITY', governorate: 'JO-MA', slug: 'dd-mafraq-city' }));
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lists institutions by slug, a page at a time', async () => {
    const first = await api.graphql<Page>(INSTITUTIONS, { first: 3 });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.institutions.totalCount).toBe(4);
    expect(first.body.data!.institutions.edges.map((e) => e.node.slug)).toEqual([
      'aa-ministry',
      'bb-mafraq',
      'cc-karak',
    ]);
    expect(first.body.data!.institutions.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<Page>(INSTITUTIONS, {
      first: 3,
      after: first.body.data!.institutions.pageInfo.endCursor,
    });
    expect(second.body.data!.institutions.edges.map((e) => e.node.slug)).toEqual(['dd-mafraq-city']);
    expect(second.body.data!.institutions.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by type and by governorate; a national body has no governorate', async () => {
    const directorates = await api.graphql<Page>(INSTITUTIONS, { filter: { type: 'MOSD_DIRECTORATE' } });
    expect(directorates.body.data!.institutions.edges.map((e) => e.node.slug)).toEqual(['bb-mafraq', 'cc-karak']);
    const mafraq = await api.graphql<Page>(INSTITUTIONS, { filter: { governorate: 'JO-MA' } });
    expect(mafraq.body.data!.institutions.edges.map((e) => e.node.slug)).toEqual(['bb-mafraq', 'dd-mafraq-city']);
    const both = await api.graphql<Page>(INSTITUTIONS, { filter: { type: 'MUNICIPALITY', governorate: 'JO-MA' } });
    expect(both.body.data!.institutions.edges.map((e) => e.node.slug)).toEqual(['dd-mafraq-city']);
    const all = await api.graphql<Page>(INSTITUTIONS, { filter: { type: 'MINISTRY' } });
    expect(all.body.data!.institutions.edges[0]!.node.governorate).toBeNull();
  });

  it('refuses a type that is not one of the enum', async () => {
    const response = await api.graphql<Page>(INSTITUTIONS, { filter: { type: 'EMBASSY' } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds one institution by slug with its active listings, and by its global id', async () => {
    const karak = made[2]!;
    await insertListing(api, { institutionId: karak.uuid, kind: 'NEED' });
    await insertListing(api, { institutionId: karak.uuid, status: 'WITHDRAWN' });
    await insertListing(api, { institutionId: karak.uuid, expiresInDays: -1 });
    const bySlug = await api.graphql<{
      institution: { uuid: string; type: string; partnershipListings: { totalCount: number } } | null;
    }>(`query($slug: String!) { institution(slug: $slug) { uuid type partnershipListings { totalCount } } }`, {
      slug: 'cc-karak',
    });
    expect(bySlug.body.errors).toBeUndefined();
    expect(bySlug.body.data!.institution).toEqual({
      uuid: karak.uuid,
      type: 'MOSD_DIRECTORATE',
      partnershipListings: { totalCount: 1 },
    });
    const missing = await api.graphql<{ institution: null }>(`query { institution(slug: "no-such-one") { uuid } }`);
    expect(missing.body.data!.institution).toBeNull();
    const node = await api.graphql<{ node: { __typename: string; slug: string } | null }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Institution { slug } } }`,
      { id: toGlobalId('Institution', karak.uuid) },
    );
    expect(node.body.data!.node).toEqual({ __typename: 'Institution', slug: 'cc-karak' });
  });
});
