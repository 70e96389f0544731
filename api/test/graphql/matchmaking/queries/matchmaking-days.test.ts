/**
 * The matchmaking days' connections, walked page by page: the published days (drafts for officers only) and a day's
 * participants, forward with first/after and backward with last/before, each row once in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { mutate, officerCookie, participants, publishedDay, dayTimes, type Day } from '../matchmaking-support.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { node: { uuid: string } }[];
}

describe('matchmakingDays and MatchmakingDay.participants', () => {
  let api: TestApi;
  let officer = '';
  let day: Day;
  const days: string[] = [];
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    for (let i = 0; i < 5; i += 1) days.push((await publishedDay(api, officer, 60, 1)).uuid);
    day = await publishedDay(api, officer, 60, 1);
    days.push(day.uuid);
    await participants(api, day, 5);
    // a draft: officers only
    await mutate(
      api,
      'matchmakingDayCreate',
      { titleEn: 'Draft', ...dayTimes(), slotMinutes: 30, governorate: 'JO-MA' },
      officer,
      'day { uuid }',
    );
  });
  afterAll(async () => {
    await api.stop();
  });

  const walk = async (fetch: (args: Record<string, unknown>) => Promise<Page>) => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await fetch({ first: 2, after });
      forward.push(...page.edges.map((e) => e.node.uuid));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page = await fetch({ last: 2, before });
      backward.unshift(...page.edges.map((e) => e.node.uuid));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    return { forward, backward };
  };

  it('walks the published days forward and backward, each once, drafts left out for the public', async () => {
    const fetch = async (args: Record<string, unknown>) =>
      (
        await api.graphql<{ matchmakingDays: Page }>(
          `query($first: Int, $after: String, $last: Int, $before: String) {
            matchmakingDays(first: $first, after: $after, last: $last, before: $before) {
              totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { uuid } }
            }
          }`,
          args,
        )
      ).body.data!.matchmakingDays;
    const { forward, backward } = await walk(fetch);
    expect(forward).toHaveLength(6);
    expect(new Set(forward)).toEqual(new Set(days));
    expect(backward).toEqual(forward);
    expect((await fetch({ first: 1 })).totalCount).toBe(6);
    const asOfficer = await api.graphql<{ matchmakingDays: Page }>(
      `{ matchmakingDays(first: 1) { totalCount } }`,
      undefined,
      {
        headers: { cookie: officer },
      },
    );
    expect(asOfficer.body.data!.matchmakingDays.totalCount).toBe(7);
  });

  it("walks a day's participants forward and backward, in the order they registered", async () => {
    const fetch = async (args: Record<string, unknown>) =>
      (
        await api.graphql<{ matchmakingDay: { participants: Page } }>(
          `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
            matchmakingDay(id: $id) {
              participants(first: $first, after: $after, last: $last, before: $before) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { uuid } }
              }
            }
          }`,
          { id: day.id, ...args },
        )
      ).body.data!.matchmakingDay.participants;
    const { forward, backward } = await walk(fetch);
    expect(forward).toHaveLength(5);
    expect(new Set(forward).size).toBe(5);
    expect(backward).toEqual(forward);
  });
});
