import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { officer } from '../participation-support.js';
import { insertChallenge } from './challenge-support.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
  edges: { node: { id: string; phase: string } }[];
}

describe('innovationChallenges', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const page = async (variables: Record<string, unknown>, cookie?: string): Promise<Page> => {
    const response = await api.graphql<{ innovationChallenges: Page }>(
      `query($first: Int, $after: String, $last: Int, $before: String) {
        innovationChallenges(first: $first, after: $after, last: $last, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { node { id phase } }
        }
      }`,
      variables,
      cookie ? { headers: { cookie } } : {},
    );
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data!.innovationChallenges;
  };

  it('walks published challenges a page at a time, latest closing first, both ways; drafts for officers only', async () => {
    // given
    const late = await insertChallenge(api, { closesInDays: 30 });
    const middle = await insertChallenge(api, { closesInDays: 20 });
    const early = await insertChallenge(api, { opensInDays: -20, closesInDays: -1 });
    const draft = await insertChallenge(api, { status: 'DRAFT', closesInDays: 40 });
    // when
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page = await page({ first: 1, after });
      ids.push(...p.edges.map((e) => e.node.id));
      expect(p.totalCount).toBe(3);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    // then
    expect(ids).toEqual([late.id, middle.id, early.id]);
    const back = await page({ last: 2 });
    expect(back.edges.map((e) => e.node.id)).toEqual([middle.id, early.id]);
    expect(back.pageInfo.hasPreviousPage).toBe(true);
    const phases = (await page({ first: 10 })).edges.map((e) => e.node.phase);
    expect(phases).toEqual(['OPEN', 'OPEN', 'REVIEW']);
    const officers = await page({ first: 10 }, await officer(api));
    expect(officers.edges.map((e) => e.node.id)).toEqual([draft.id, late.id, middle.id, early.id]);
  });
});
