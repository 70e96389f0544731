import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANKED_CANDIDATES } from '../../../../src/modules/directory/search-plan.js';
import { startTestApi, type TestApi } from '../../../support/api.js';

const SEARCH = /* GraphQL */ `
  query Search($search: String, $after: String, $first: Int = 10) {
    organizations(first: $first, search: $search, after: $after) {
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
        node {
          slug
        }
      }
    }
  }
`;

interface Page {
  organizations: { pageInfo: { hasNextPage: boolean }; edges: { cursor: string; node: { slug: string } }[] };
}

/**
 * A broad search ranks a bounded set of candidates. Which ones must not depend on where the rows lie in the heap:
 * the test lays the same rows out in two opposite physical orders (CLUSTER) and expects the same pages, with the
 * best-ranked organisation (the lowest id, so always a candidate) first in both.
 */
describe('query organizations: a broad search ranks the same candidates whatever the physical order', () => {
  let api: TestApi;
  const knex = () => api.orm.em.getKnex();
  beforeAll(async () => {
    api = await startTestApi();
    await knex().raw(
      `insert into organization (id, slug, name_en, legal_form_code, governorate_code)
       select gen_random_uuid(), 'quokka-' || i, 'Quokka Society ' || i, 'NGO', 'JO-AM'
       from generate_series(1, ?) as i
       union all
       select '00000000-0000-4000-8000-000000000001', 'quokka-best', 'Quokka Quokka Quokka Aardvark', 'NGO', 'JO-AM'`,
      [RANKED_CANDIDATES + 50],
    );
    await knex().raw(`create index stable_candidates_asc on organization_search (sort_name_en asc)`);
    await knex().raw(`create index stable_candidates_desc on organization_search (sort_name_en desc)`);
  }, 120_000);
  afterAll(async () => {
    await api.stop();
  });

  async function firstTwoPages(): Promise<string[][]> {
    const first = await api.graphql<Page>(SEARCH, { search: 'quokka' });
    expect(first.body.errors).toBeUndefined();
    const edges = first.body.data!.organizations.edges;
    const second = await api.graphql<Page>(SEARCH, { search: 'quokka', after: edges.at(-1)!.cursor });
    expect(second.body.errors).toBeUndefined();
    return [edges.map((e) => e.node.slug), second.body.data!.organizations.edges.map((e) => e.node.slug)];
  }

  it('gives the same two pages, without repeats, over both layouts', async () => {
    const pages: string[][][] = [];
    for (const layout of ['stable_candidates_asc', 'stable_candidates_desc']) {
      // the best-ranked row lies first in one layout and last (beyond the candidates' count) in the other
      await knex().raw(`cluster organization_search using ${layout}`);
      await knex().raw(`analyze organization_search`);
      pages.push(await firstTwoPages());
    }
    const [asc, desc] = pages;
    expect(asc![0]![0]).toBe('quokka-best');
    expect(desc).toEqual(asc);
    expect(new Set([...asc![0]!, ...asc![1]!]).size).toBe(20);
  });

  it('walks every page of the ranked candidates once: no repeat, no gap, the same walk twice', async () => {
    await knex().raw(`cluster organization_search using stable_candidates_asc`);
    const walk = async (): Promise<string[]> => {
      const slugs: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await api.graphql<Page>(SEARCH, { search: 'quokka', first: 100, after });
        expect(page.body.errors).toBeUndefined();
        const { edges, pageInfo } = page.body.data!.organizations;
        slugs.push(...edges.map((e) => e.node.slug));
        if (!pageInfo.hasNextPage) return slugs;
        after = edges.at(-1)!.cursor;
      }
    };
    const first = await walk();
    // rows move in the heap between the two walks: the candidates and their order must not
    await knex().raw(`cluster organization_search using stable_candidates_desc`);
    const second = await walk();
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.length).toBe(RANKED_CANDIDATES);
    expect(first[0]).toBe('quokka-best');
  }, 120_000);
});
