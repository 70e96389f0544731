import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { createInstitution } from '../partnerships-support.js';
import { insertPartnership } from '../requests-support.js';

const REGISTRY = /* GraphQL */ `
  query Registry($filter: PartnershipFilter, $first: Int, $after: String) {
    partnerships(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          uuid
          kind
          status
          governorates {
            code
          }
          targetGroups {
            code
          }
          members {
            role
            party {
              __typename
              ... on Organization {
                uuid
              }
              ... on Institution {
                uuid
              }
            }
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

interface Registry {
  partnerships: {
    totalCount: number;
    edges: { node: { uuid: string; kind: string; status: string; members: { role: string }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('partnerships (the public registry)', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // a database of its own: the registry is global
    api = await startTestApi();
    const [small, large, third] = await createOrganizations(api.orm, [{}, {}, {}]);
    const directorate = await createInstitution(api, { type: 'MOSD_DIRECTORATE' });
    ids.active = await insertPartnership(api, {
      organizations: [small!.id, large!.id],
      governorates: ['JO-MA'],
      targetGroups: ['WOMEN'],
      createdDaysAgo: 3,
    });
    ids.completed = await insertPartnership(api, {
      organizations: [third!.id],
      institutions: [directorate.uuid],
      status: 'COMPLETED',
      governorates: ['JO-AM'],
      targetGroups: ['ELDERLY'],
      createdDaysAgo: 2,
    });
    ids.proposed = await insertPartnership(api, {
      organizations: [small!.id, third!.id],
      status: 'PROPOSED',
      governorates: ['JO-MA'],
    });
    ids.terminated = await insertPartnership(api, {
      organizations: [large!.id, third!.id],
      status: 'TERMINATED',
      governorates: ['JO-MA'],
    });
  });
  afterAll(async () => {
    await api.stop();
  });

  const registry = async (variables: Record<string, unknown>) => {
    const response = await api.graphql<Registry>(REGISTRY, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.partnerships;
  };

  it('lists active and completed partnerships only, newest first, with their members', async () => {
    const page = await registry({ first: 10 });
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e) => e.node.uuid)).toEqual([ids.completed, ids.active]);
    expect(page.edges[0]!.node).toMatchObject({ kind: 'CSO_INSTITUTION', status: 'COMPLETED' });
    expect(page.edges[0]!.node.members.map((m) => m.role)).toEqual(['LEAD', 'PUBLIC_PARTNER']);
  });

  it('filters by governorate, target group and kind', async () => {
    expect((await registry({ filter: { governorate: 'JO-MA' } })).edges.map((e) => e.node.uuid)).toEqual([ids.active]);
    expect((await registry({ filter: { targetGroup: 'ELDERLY' } })).edges.map((e) => e.node.uuid)).toEqual([
      ids.completed,
    ]);
    expect((await registry({ filter: { kind: 'CSO_CSO' } })).edges.map((e) => e.node.uuid)).toEqual([ids.active]);
    expect((await registry({ filter: { kind: 'CSO_INSTITUTION', governorate: 'JO-MA' } })).totalCount).toBe(0);
  });

  it('pages with first and after', async () => {
    const first = await registry({ first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await registry({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.uuid)).toEqual([ids.active]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});

describe('partnerships (the registry) by status', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lists the completed ones or the active ones, and never a terminated one even when asked', async () => {
    // given
    const [a, b] = await createOrganizations(api.orm, [{}, {}]);
    const active = await insertPartnership(api, { organizations: [a!.id, b!.id], status: 'ACTIVE' });
    const completed = await insertPartnership(api, { organizations: [a!.id, b!.id], status: 'COMPLETED' });
    await insertPartnership(api, { organizations: [a!.id, b!.id], status: 'TERMINATED' });
    const list = async (status: string) => {
      const response = await api.graphql<{ partnerships: { edges: { node: { uuid: string } }[] } }>(
        `query($status: PartnershipStatus) { partnerships(first: 50, filter: { status: $status }) { edges { node { uuid } } } }`,
        { status },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.partnerships.edges.map((e) => e.node.uuid);
    };

    // when
    const completedOnes = await list('COMPLETED');
    const activeOnes = await list('ACTIVE');
    const terminatedOnes = await list('TERMINATED');

    // then
    expect(completedOnes).toEqual([completed]);
    expect(activeOnes).toEqual([active]);
    expect(terminatedOnes).toEqual([]);
  });
});
