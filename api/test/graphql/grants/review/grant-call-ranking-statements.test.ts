import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, officer, settleScreening, type CallRow } from '../grants-support.js';
import { assigned, eligible, review, reviewer, setRubric, type Reviewer } from './review-support.js';

const RANKING = /* GraphQL */ `
  query Ranking($id: ID!) {
    grantCallRanking(callId: $id) {
      lot {
        position
        title {
          en
        }
        applicationsReceived
      }
      entries {
        rank
        application {
          uuid
          status
          rankingNote
          title {
            en
          }
          lead {
            uuid
          }
          reviewResult {
            divergent
          }
        }
        result {
          totals
          meanScore
          divergent
        }
      }
    }
  }
`;

describe('grantCallRanking: SQL statements per request', () => {
  let api: TestApi;
  let officerCookie: string;
  let small: CallRow;
  let large: CallRow;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
    const reviewers: Reviewer[] = [await reviewer(api), await reviewer(api)];
    small = await insertCall(api);
    large = await insertCall(api);
    for (const [call, n] of [
      [small, 1],
      [large, 5],
    ] as const) {
      await setRubric(api, officerCookie, call);
      for (let i = 0; i < n * 2; i++) {
        const application = await eligible(api, officerCookie, call, i % 2);
        const [ofA, ofB] = await assigned(api, officerCookie, application.id, reviewers);
        await review(api, reviewers[0]!, ofA!, (i % 5) + 1, 3);
        await review(api, reviewers[1]!, ofB!, 2, i % 6);
      }
    }
    await settleScreening(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('costs the same statements for a lot of two applications as for one of ten', async () => {
    const run = (call: CallRow) =>
      api.statements(() => api.graphql(RANKING, { id: call.id }, { headers: { cookie: officerCookie } }));
    await run(small);
    const few = await run(small);
    const many = await run(large);
    expect(few.result.body.errors).toBeUndefined();
    expect(many.result.body.errors).toBeUndefined();
    expect(many.sql).toHaveLength(few.sql.length);
    // the session, the call, its lots, its ranked applications, their assignments, scores and rounds (reviewResult
    // reads the same loader), the leads, the counts per lot
    expect(few.sql).toHaveLength(9);
  });
});
