import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, insertCall, officer, type CallRow } from '../grants-support.js';
import { assigned, eligible, reviewer, saveScores, setRubric, submitReview } from './review-support.js';

describe('reviewSubmit', () => {
  let api: TestApi;
  let officerCookie: string;
  let call: CallRow;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
    call = await insertCall(api);
    await setRubric(api, officerCookie, call);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('refuses a review with a criterion unscored, then submits it; the scores no longer change', async () => {
    // given
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, application.id, [a, b]);
    await saveScores(api, a.cookie, ofA!, [{ criterionCode: 'RELEVANCE', score: 4 }]);
    // when
    const incomplete = await submitReview(api, a.cookie, ofA!);
    // then
    expect(incomplete.userErrors).toEqual([
      expect.objectContaining({ code: 'SCORES_INCOMPLETE', message: 'no score yet for FEASIBILITY' }),
    ]);
    await saveScores(api, a.cookie, ofA!, [{ criterionCode: 'FEASIBILITY', score: 3 }]);
    const done = await submitReview(api, a.cookie, ofA!);
    expect(done.userErrors).toEqual([]);
    expect(done.assignment).toMatchObject({ status: 'SUBMITTED' });
    expect((await saveScores(api, a.cookie, ofA!, [{ criterionCode: 'RELEVANCE', score: 1 }])).userErrors).toEqual([
      expect.objectContaining({ code: 'ALREADY_SUBMITTED' }),
    ]);
    expect((await submitReview(api, a.cookie, ofA!)).userErrors.map((e) => e.code)).toEqual(['ALREADY_SUBMITTED']);
    const uuid = (await api.orm.em.getKnex()('review_assignment').where({ reviewer_id: a.uuid }).first()) as {
      id: string;
    };
    expect(await auditActions(api, uuid.id)).toEqual(['REVIEW_ASSIGNED', 'REVIEW_SUBMITTED']);
  });
});
