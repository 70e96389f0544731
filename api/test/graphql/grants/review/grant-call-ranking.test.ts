import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, mutate, officer, type CallRow } from '../grants-support.js';
import { assigned, eligible, review, reviewer, setRubric, type Reviewer } from './review-support.js';

const RANKING = /* GraphQL */ `
  query ($id: ID!) {
    grantCallRanking(callId: $id) {
      lot {
        position
      }
      entries {
        rank
        application {
          uuid
          status
          rankingNote
        }
        result {
          assignedCount
          submittedCount
          totals
          meanScore
          divergent
        }
      }
    }
  }
`;

interface Ranking {
  lot: { position: number };
  entries: {
    rank: number;
    application: { uuid: string; status: string; rankingNote: string | null };
    result: { submittedCount: number; totals: number[]; meanScore: number | null; divergent: boolean };
  }[];
}

describe('grantCallRanking', () => {
  let api: TestApi;
  let officerCookie: string;
  let call: CallRow;
  let a: Reviewer;
  let b: Reviewer;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
    call = await insertCall(api);
    await setRubric(api, officerCookie, call, 1);
    a = await reviewer(api);
    b = await reviewer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  /** An application of `lot` reviewed by a and b with (relevance, feasibility) each; relevance weighs 2. */
  const reviewed = async (lot: number, byA: [number, number] | null, byB: [number, number] | null) => {
    const application = await eligible(api, officerCookie, call, lot);
    const [ofA, ofB] = await assigned(api, officerCookie, application.id, [a, b]);
    if (byA) await review(api, a, ofA!, ...byA);
    if (byB) await review(api, b, ofB!, ...byB);
    return application.uuid;
  };

  it('ranks each lot by mean weighted score, flags divergence above the margin, unscored last', async () => {
    // given
    const divergent = await reviewed(0, [5, 5], [1, 1]); // totals 5 and 1: mean 3, spread 4 > 1
    const best = await reviewed(0, [4, 4], [4, 1]); // totals 4 and 3: mean 3.5, spread 1 = margin (not flagged)
    const unscored = await reviewed(0, null, null);
    const other = await reviewed(1, [2, 2], [2, 5]); // totals 2 and 3
    // when
    const response = await api.graphql<{ grantCallRanking: Ranking[] }>(
      RANKING,
      { id: call.id },
      {
        headers: { cookie: officerCookie },
      },
    );
    // then
    expect(response.body.errors).toBeUndefined();
    const [lot1, lot2] = response.body.data!.grantCallRanking;
    expect(lot1!.entries.map((e) => [e.rank, e.application.uuid, e.result.meanScore, e.result.divergent])).toEqual([
      [1, best, 3.5, false],
      [2, divergent, 3, true],
      [3, unscored, null, false],
    ]);
    expect(lot1!.entries[1]!.result.totals).toEqual([5, 1]);
    expect(lot2!.entries.map((e) => [e.application.uuid, e.result.meanScore])).toEqual([[other, 2.5]]);
    // shortlisted and rejected stay in the ranking with their state and notes
    await mutate(
      api,
      'grantApplicationRankingAnnotate',
      { applicationId: best, note: 'Strong partnership' },
      officerCookie,
      'userErrors { code }',
    );
    const again = await api.graphql<{ grantCallRanking: Ranking[] }>(
      RANKING,
      { id: call.id },
      {
        headers: { cookie: officerCookie },
      },
    );
    expect(again.body.data!.grantCallRanking[0]!.entries[0]!.application.rankingNote).toBe('Strong partnership');
  });

  it('is for officers only', async () => {
    const response = await api.graphql(RANKING, { id: call.id }, { headers: { cookie: a.cookie } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
