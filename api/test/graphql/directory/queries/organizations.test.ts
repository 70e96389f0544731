import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';

interface Edge {
  cursor: string;
  node: { slug: string; name: { ar: string | null; en: string | null } };
  highlight?: {
    nameAr: { text: string; match: boolean }[] | null;
    nameEn: { text: string; match: boolean }[] | null;
  } | null;
}
interface Page {
  organizations: {
    totalCount: number;
    fuzzy: boolean;
    edges: Edge[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const PAGE = /* GraphQL */ `
  query Page(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $search: String
    $filter: OrganizationFilter
    $orderBy: OrganizationOrder
  ) {
    organizations(
      first: $first
      after: $after
      last: $last
      before: $before
      search: $search
      filter: $filter
      orderBy: $orderBy
    ) {
      totalCount
      fuzzy
      edges {
        cursor
        node {
          slug
          name {
            ar
            en
          }
        }
        highlight {
          nameAr {
            text
            match
          }
          nameEn {
            text
            match
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

describe('query organizations', () => {
  let api: TestApi;
  const page = async (variables: Record<string, unknown>) => {
    const response = await api.graphql<Page>(PAGE, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.organizations;
  };

  beforeAll(async () => {
    api = await startTestApi();
    // given a directory with known names and 45 generated others
    await createOrganizations(api.orm, [
      { slug: 'amal-exact', nameAr: 'الأمل', nameEn: 'Hope', acronym: null, governorateCode: 'JO-IR' },
      {
        slug: 'amal-prefix',
        nameAr: 'الأمل الجديد للتنمية',
        nameEn: 'New Hope for Development',
        governorateCode: 'JO-IR',
      },
      {
        slug: 'amal-word',
        nameAr: 'جمعيّة الأمَـل الخيرية',
        nameEn: 'Al-Amal Charitable Society',
        governorateCode: 'JO-IR',
      },
      { slug: 'marbuta', nameAr: 'مؤسسة إنماء للتنمية', nameEn: null, governorateCode: 'JO-AM' },
      { slug: 'cafe', nameAr: null, nameEn: 'Société Café Élan', governorateCode: 'JO-AQ' },
      {
        slug: 'typo-target',
        nameAr: 'جمعية التضامن',
        nameEn: 'Solidarity Society for Inclusion',
        governorateCode: 'JO-KA',
      },
    ]);
    await createOrganizations(
      api.orm,
      Array.from({ length: 44 }, () => ({})),
    );
  });
  afterAll(async () => {
    await api.stop();
  });

  it('pages through every organisation once, forward and backward, in the same order', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Page['organizations'] = await page({ first: 7, after });
      forward.push(...result.edges.map((e) => e.node.slug));
      pages += 1;
      expect(result.totalCount).toBe(50);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(pages).toBe(8);
    expect(forward).toHaveLength(50);
    expect(new Set(forward).size).toBe(50);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const result: Page['organizations'] = await page({ last: 9, before });
      backward.unshift(...result.edges.map((e) => e.node.slug));
      if (!result.pageInfo.hasPreviousPage) break;
      before = result.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('returns 20 by default and refuses a page over 100, a negative page, or first with last', async () => {
    expect((await page({})).edges).toHaveLength(20);
    for (const [variables, argument] of [
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ last: 0 }, 'last'],
      [{ first: 5, last: 5 }, 'first'],
    ] as const) {
      const response = await api.graphql(PAGE, variables);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(response.body.data).toBeNull();
    }
  });

  it('refuses malformed cursors and cursors of another ordering with a typed error', async () => {
    const byName = await page({ first: 2 });
    const cases = [
      { after: 'not-a-cursor!' },
      { after: Buffer.from('{"k":"NAME_AR:ASC","v":1}').toString('base64url') },
      { after: byName.pageInfo.endCursor, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } },
    ];
    for (const variables of cases) {
      const response = await api.graphql(PAGE, variables);
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('finds Arabic names whatever the diacritics, tatweel, alef and taa marbuta forms', async () => {
    for (const search of ['الامل', 'الأمل', 'الأَمَل', 'الامـــل']) {
      const slugs = (await page({ search, first: 100 })).edges.map((e) => e.node.slug);
      expect(slugs.slice(0, 2), search).toEqual(['amal-exact', 'amal-prefix']);
      expect(slugs, search).toContain('amal-word');
    }
    // taa marbuta written as haa, alef with hamza below written bare
    expect((await page({ search: 'انماء للتنميه' })).edges.map((e) => e.node.slug)).toEqual(['marbuta']);
  });

  it('folds case and accents of Latin text and matches prefixes as the user types', async () => {
    expect((await page({ search: 'SOCIETE CAFE' })).edges.map((e) => e.node.slug)).toEqual(['cafe']);
    expect((await page({ search: 'soc caf' })).edges.map((e) => e.node.slug)).toEqual(['cafe']);
    expect((await page({ search: 'Al-Am', first: 100 })).edges.map((e) => e.node.slug)).toContain('amal-word');
  });

  it('ranks an exact name before a name prefix before other matches', async () => {
    const slugs = (await page({ search: 'الأمل', first: 100 })).edges.map((e) => e.node.slug);
    expect(slugs[0]).toBe('amal-exact');
    expect(slugs[1]).toBe('amal-prefix');
    expect(slugs.indexOf('amal-word')).toBeGreaterThan(1);
  });

  it('falls back to typo-tolerant matches when no word matches, and says so', async () => {
    const result = await page({ search: 'Solidrity' });
    expect(result.fuzzy).toBe(true);
    expect(result.edges.map((e) => e.node.slug)).toContain('typo-target');
    // the word it stood for is highlighted
    expect(result.edges.find((e) => e.node.slug === 'typo-target')!.highlight?.nameEn).toEqual([
      { text: 'Solidarity', match: true },
      { text: ' Society for Inclusion', match: false },
    ]);
    const exact = await page({ search: 'Solidarity' });
    expect(exact.fuzzy).toBe(false);
  });

  it('corrects each word on its own: an exact word and a typo together', async () => {
    // given "Inclusion" exactly and "Solidrity" misspelt, nothing matches both words as typed
    const result = await page({ search: 'Solidrity Inclusion' });
    // then each word matches itself or a close word of the directory
    expect(result.fuzzy).toBe(true);
    expect(result.edges.map((e) => e.node.slug)).toEqual(['typo-target']);
    // a word with nothing close to it finds nothing, rather than dropping the word
    expect((await page({ search: 'Solidrity Xqzwv' })).edges).toEqual([]);
  });

  it('keeps the typo-tolerant mode on later pages through the cursor', async () => {
    const first = await page({ search: 'Solidrity', first: 1 });
    expect(first.fuzzy).toBe(true);
    const next = await page({ search: 'Solidrity', first: 1, after: first.pageInfo.endCursor });
    expect(next.fuzzy).toBe(true);
    expect(next.pageInfo.hasPreviousPage).toBe(true);
  });

  it('highlights the matched words in the original text', async () => {
    const result = await page({ search: 'الامل', first: 100 });
    const word = result.edges.find((e) => e.node.slug === 'amal-word')!;
    expect(word.highlight?.nameAr).toEqual([
      { text: 'جمعيّة ', match: false },
      { text: 'الأمَـل', match: true },
      { text: ' الخيرية', match: false },
    ]);
    expect((await page({ first: 1 })).edges[0]?.highlight).toBeNull();
  });

  it('refuses an over-long search naming the argument', async () => {
    const response = await api.graphql(PAGE, { search: 'س'.repeat(201) });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
  });
});
