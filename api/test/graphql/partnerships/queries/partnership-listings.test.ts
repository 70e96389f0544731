import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { createOrganizations } from '../../../support/factories.js';
import { createInstitution, insertListing } from '../partnerships-support.js';

const LISTINGS = /* GraphQL */ `
  query Listings($filter: PartnershipListingFilter, $first: Int, $after: String) {
    partnershipListings(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          uuid
          kind
          status
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
  partnershipListings: {
    totalCount: number;
    edges: { node: { uuid: string; kind: string; status: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('partnershipListings, partnershipCapabilities, node(id) of a listing', () => {
  let api: TestApi;
  let orgUuid = '';
  let institutionUuid = '';
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi();
    const [org] = await createOrganizations(api.orm, [{}]);
    orgUuid = org!.id;
    institutionUuid = (await createInstitution(api)).uuid;
    // newest first: a (0 days ago), b, c, d, e
    ids.a = await insertListing(api, {
      organizationId: orgUuid,
      kind: 'NEED',
      capability: 'FINANCIAL_MANAGEMENT',
      governorates: ['JO-MA', 'JO-IR'],
      targetGroups: ['WOMEN'],
      createdDaysAgo: 0,
    });
    ids.b = await insertListing(api, {
      organizationId: orgUuid,
      kind: 'OFFER',
      capability: 'VENUE',
      governorates: ['JO-KA'],
      createdDaysAgo: 1,
    });
    ids.c = await insertListing(api, {
      institutionId: institutionUuid,
      kind: 'NEED',
      capability: 'SERVICE_DELIVERY',
      governorates: ['JO-MA'],
      targetGroups: ['PERSONS_WITH_DISABILITIES', 'WOMEN'],
      createdDaysAgo: 2,
    });
    ids.withdrawn = await insertListing(api, { organizationId: orgUuid, status: 'WITHDRAWN', createdDaysAgo: 3 });
    ids.expired = await insertListing(api, { organizationId: orgUuid, expiresInDays: -1, createdDaysAgo: 4 });
  });
  afterAll(async () => {
    await api.stop();
  });

  const list = async (variables: Record<string, unknown>) => {
    const response = await api.graphql<Page>(LISTINGS, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.partnershipListings;
  };
  const uuids = async (filter: Record<string, unknown>) => (await list({ filter })).edges.map((e) => e.node.uuid);

  it('lists only active, unexpired listings, newest first, a page at a time', async () => {
    const first = await list({ first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.uuid)).toEqual([ids.a, ids.b]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.uuid)).toEqual([ids.c]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by kind, capability, governorate, target group and party', async () => {
    expect(await uuids({ kind: 'NEED' })).toEqual([ids.a, ids.c]);
    expect(await uuids({ capability: 'VENUE' })).toEqual([ids.b]);
    expect(await uuids({ governorate: 'JO-MA' })).toEqual([ids.a, ids.c]);
    expect(await uuids({ targetGroup: 'PERSONS_WITH_DISABILITIES' })).toEqual([ids.c]);
    expect(await uuids({ party: toGlobalId('Organization', orgUuid) })).toEqual([ids.a, ids.b]);
    expect(await uuids({ party: toGlobalId('Institution', institutionUuid) })).toEqual([ids.c]);
    expect(await uuids({ kind: 'NEED', governorate: 'JO-MA', targetGroup: 'WOMEN' })).toEqual([ids.a, ids.c]);
  });

  it('refuses a party id that is not an organisation or an institution', async () => {
    const response = await api.graphql<Page>(LISTINGS, { filter: { party: toGlobalId('TrainingCourse', orgUuid) } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("shows an organisation's active listings on the directory's Organization, paged", async () => {
    const query = `query($id: ID!, $after: String) { organization(id: $id) {
      partnershipListings(first: 1, after: $after) { totalCount edges { node { uuid } } pageInfo { hasNextPage endCursor } } } }`;
    type Result = {
      organization: {
        partnershipListings: {
          totalCount: number;
          edges: { node: { uuid: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = await api.graphql<Result>(query, { id: toGlobalId('Organization', orgUuid) });
    expect(first.body.errors).toBeUndefined();
    const page = first.body.data!.organization.partnershipListings;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e) => e.node.uuid)).toEqual([ids.a]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    // the batched first page's cursor continues on the one-by-one later pages
    const second = await api.graphql<Result>(query, {
      id: toGlobalId('Organization', orgUuid),
      after: page.pageInfo.endCursor,
    });
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data!.organization.partnershipListings.edges.map((e) => e.node.uuid)).toEqual([ids.b]);
    expect(second.body.data!.organization.partnershipListings.pageInfo.hasNextPage).toBe(false);
  });

  it("walks an institution's listings forward and backward: each once, in the same order", async () => {
    const institution = await createInstitution(api);
    const mine: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      // two published on the same day: the id breaks the tie
      mine.push(await insertListing(api, { institutionId: institution.uuid, createdDaysAgo: Math.min(n, 4) }));
    }
    await insertListing(api, { institutionId: institution.uuid, status: 'WITHDRAWN' });
    type Result = {
      institution: {
        partnershipListings: {
          totalCount: number;
          edges: { node: { uuid: string } }[];
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
        };
      };
    };
    const query = `query($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
      institution(slug: $slug) { partnershipListings(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { node { uuid } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const page = async (variables: Record<string, unknown>) => {
      const response = await api.graphql<Result>(query, { slug: institution.slug, ...variables });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.institution.partnershipListings;
    };
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const result = await page({ first: 2, after });
      expect(result.totalCount).toBe(5);
      expect(result.pageInfo.hasPreviousPage).toBe(after !== undefined);
      forward.push(...result.edges.map((e) => e.node.uuid));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(5);
    expect(new Set(forward)).toEqual(new Set(mine));
    expect(forward[0]).toBe(mine[0]);
    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const result = await page({ last: 2, before });
      backward.unshift(...result.edges.map((e) => e.node.uuid));
      if (!result.pageInfo.hasPreviousPage) break;
      before = result.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('fetches an active listing by node(id) for anyone; a withdrawn one only for its party and officers', async () => {
    const node = (id: string, cookie?: string) =>
      api.graphql<{ node: { uuid: string; status: string; party: { __typename: string } } | null }>(
        `query($id: ID!) { node(id: $id) { ... on PartnershipListing { uuid status party { __typename } } } }`,
        { id: toGlobalId('PartnershipListing', id) },
        { headers: cookie ? { cookie } : {} },
      );
    expect((await node(ids.c!)).body.data!.node).toEqual({
      uuid: ids.c,
      status: 'ACTIVE',
      party: { __typename: 'Institution' },
    });
    expect((await node(ids.withdrawn!)).body.data!.node).toBeNull();
    const editor = await createTestPerson(api, { memberships: [{ organizationId: orgUuid, role: 'EDITOR' }] });
    const editorCookie = await signIn(api, editor.email, editor.password);
    expect((await node(ids.withdrawn!, editorCookie)).body.data!.node?.status).toBe('WITHDRAWN');
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    expect((await node(ids.expired!, await signIn(api, officer.email, officer.password))).body.data!.node?.status).toBe(
      'EXPIRED',
    );
    const stranger = await createTestPerson(api);
    expect(
      (await node(ids.withdrawn!, await signIn(api, stranger.email, stranger.password))).body.data!.node,
    ).toBeNull();
  });

  it('lists the capability taxonomy in both languages', async () => {
    const response = await api.graphql<{
      partnershipCapabilities: { code: string; name: { ar: string; en: string } }[];
    }>(`query { partnershipCapabilities { code name { ar en } } }`);
    const capabilities = response.body.data!.partnershipCapabilities;
    expect(capabilities.length).toBeGreaterThanOrEqual(12);
    expect(capabilities[0]).toEqual({
      code: 'MONITORING_EVALUATION',
      name: { ar: 'الرصد والتقييم', en: 'Monitoring and evaluation' },
    });
    for (const c of capabilities) {
      expect(c.name.ar).toMatch(/[\u0600-\u06FF]/);
      expect(c.name.en).toMatch(/[A-Za-z]/);
    }
  });
});
