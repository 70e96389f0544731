import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertOrganizations, type NewOrganization } from '../../../../src/modules/directory/organization.bulk.js';
import { DEMO_ORGANIZATIONS, DEMO_SEED } from '../../../../src/modules/directory/seed/demo-seed.js';
import { generateOrganization } from '../../../../src/modules/directory/seed/organization-generator.js';
import { RELEVANCE_SET } from '../../../../src/modules/directory/seed/relevance-set.js';

const SEARCH = /* GraphQL */ `
  query Search($search: String) {
    organizations(first: 100, search: $search) {
      totalCount
      edges {
        node {
          slug
        }
      }
    }
  }
`;

describe('directory search relevance over the demo organisations', () => {
  let api: TestApi;
  const demo: NewOrganization[] = Array.from({ length: DEMO_ORGANIZATIONS }, (_, i) =>
    generateOrganization(DEMO_SEED, i),
  );
  const bySlug = new Map(demo.map((o) => [o.slug, o]));
  beforeAll(async () => {
    api = await startTestApi();
    await api.orm.em.getKnex().transaction((trx) => insertOrganizations(trx, demo));
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each(RELEVANCE_SET.map((c) => [c.search, c] as const))('%s', async (_, c) => {
    const response = await api.graphql<{
      organizations: { totalCount: number; edges: { node: { slug: string } }[] };
    }>(SEARCH, { search: c.search });
    expect(response.body.errors).toBeUndefined();
    const { totalCount, edges } = response.body.data!.organizations;
    const found = edges.map((e) => bySlug.get(e.node.slug)!);
    const expected = demo.filter(c.expects);
    // every expected organisation, and nothing else
    expect({ totalCount, unexpected: found.filter((o) => !c.expects(o)).map((o) => o.nameAr) }).toEqual({
      totalCount: expected.length,
      unexpected: [],
    });
    if (expected.length <= 100) {
      expect(found.map((o) => o.slug).sort()).toEqual(expected.map((o) => o.slug).sort());
    }
    if (c.first) {
      // exact and prefix matches of the name come before the rest
      const leading = expected.filter(c.first).length;
      expect(found.slice(0, leading).every(c.first)).toBe(true);
    }
  });
});
