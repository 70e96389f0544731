import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { createInstitution } from '../partnerships-support.js';
import { insertPartnership } from '../requests-support.js';

const MEMBER_FIELDS = `
  kind status governorates { code } targetGroups { code }
  members { role confirmed party { __typename ... on Organization { slug } ... on Institution { slug } } }
  history { to }
`;

const ORGANIZATIONS = /* GraphQL */ `
  query Nested($first: Int!) {
    organizations(first: $first) {
      edges { node { slug partnerships(first: 2) { totalCount edges { node { ${MEMBER_FIELDS} } } } } }
    }
  }
`;

const INSTITUTIONS = /* GraphQL */ `
  query Nested($first: Int!) {
    institutions(first: $first) {
      edges { node { slug partnerships(first: 2) { totalCount edges { node { ${MEMBER_FIELDS} } } } } }
    }
  }
`;

const REGISTRY = /* GraphQL */ `
  query Registry($first: Int!) {
    partnerships(first: $first) { edges { node { ${MEMBER_FIELDS} } } }
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
    // each organisation in three partnerships: with the next one, with an institution, and a proposed one (hidden)
    for (const [i, organization] of organizations.entries()) {
      const next = organizations[(i + 1) % organizations.length]!;
      await insertPartnership(api, {
        organizations: [organization.id, next.id],
        governorates: ['JO-MA'],
        createdDaysAgo: i,
      });
      const institution = await createInstitution(api);
      await insertPartnership(api, {
        organizations: [organization.id],
        institutions: [institution.uuid],
        targetGroups: ['WOMEN'],
        status: i % 2 ? 'COMPLETED' : 'ACTIVE',
        createdDaysAgo: i,
      });
      await insertPartnership(api, {
        organizations: [organization.id, next.id],
        status: 'PROPOSED',
        createdDaysAgo: i,
      });
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  const pinned = async (query: string, list: string, fifty: number) => {
    const run = (first: number) =>
      api.statements(() => api.graphql<Record<string, { edges: unknown[] }>>(query, { first }));
    // the code lists are read once per process and database, then cached
    await run(1);
    const five = await run(5);
    const many = await run(50);
    expect(five.result.body.errors).toBeUndefined();
    expect(many.result.body.errors).toBeUndefined();
    expect(five.result.body.data![list]!.edges).toHaveLength(5);
    expect(many.result.body.data![list]!.edges).toHaveLength(fifty);
    expect(many.sql).toHaveLength(five.sql.length);
    return { statements: five.sql.length, data: five.result.body.data! };
  };

  it("costs a fixed number of statements for organisations' partnerships, whatever the page size", async () => {
    // the rate-limit counter, the page of organisations, their partnerships (one window statement), the members,
    // the history, the members' organisations, the members' institutions
    const { statements, data } = await pinned(ORGANIZATIONS, 'organizations', 50);
    expect(statements).toBe(7);
    // the proposed ones are not shown to the public
    const first = (data.organizations as unknown as { edges: { node: { partnerships: { totalCount: number } } }[] })
      .edges[0]!;
    expect(first.node.partnerships.totalCount).toBe(3);
  });

  it("costs a fixed number of statements for institutions' partnerships", async () => {
    // the rate-limit counter, the page and its count, their partnerships, the members, the history, the members'
    // organisations, the members' institutions
    expect((await pinned(INSTITUTIONS, 'institutions', 50)).statements).toBe(8);
  });

  it('costs a fixed number of statements for the registry with its members', async () => {
    // the rate-limit counter, the page and its count, the members, the history, the organisations, the institutions
    expect((await pinned(REGISTRY, 'partnerships', 50)).statements).toBe(7);
  });
});
