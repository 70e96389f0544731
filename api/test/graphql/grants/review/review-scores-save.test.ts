import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, officer, type CallRow } from '../grants-support.js';
import { assigned, count, eligible, reviewer, saveScores, setRubric } from './review-support.js';

describe('reviewScoresSave', () => {
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

  it('saves scores and comments that the reviewer may change until submitting', async () => {
    // given
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, application.id, [a, b]);
    // when
    await saveScores(api, a.cookie, ofA!, [{ criterionCode: 'RELEVANCE', score: 2 }]);
    const result = await saveScores(api, a.cookie, ofA!, [
      { criterionCode: 'RELEVANCE', score: 4, comment: 'Answers a real need' },
      { criterionCode: 'FEASIBILITY', score: 0 },
    ]);
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.assignment!.scores).toEqual(
      expect.arrayContaining([
        { criterionCode: 'RELEVANCE', score: 4, comment: 'Answers a real need' },
        { criterionCode: 'FEASIBILITY', score: 0, comment: null },
      ]),
    );
  });

  it('refuses a score outside 0..5 and an unknown criterion, naming the field; nothing is written', async () => {
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, application.id, [a, b]);
    const before = await count(api, 'review_score');
    for (const [scores, code, field] of [
      [
        [
          { criterionCode: 'RELEVANCE', score: 3 },
          { criterionCode: 'FEASIBILITY', score: 6 },
        ],
        'SCORE_OUT_OF_RANGE',
        ['input', 'scores', '1', 'score'],
      ],
      [[{ criterionCode: 'RELEVANCE', score: -1 }], 'SCORE_OUT_OF_RANGE', ['input', 'scores', '0', 'score']],
      [
        [
          { criterionCode: 'RELEVANCE', score: 3 },
          { criterionCode: 'BUDGET', score: 3 },
        ],
        'UNKNOWN_CRITERION',
        ['input', 'scores', '1', 'criterionCode'],
      ],
    ] as const) {
      const result = await saveScores(api, a.cookie, ofA!, [...scores]);
      expect(result.userErrors).toEqual([expect.objectContaining({ code, field: [...field] })]);
    }
    expect(await count(api, 'review_score')).toBe(before);
  });

  it("refuses another reviewer's assignment as not found", async () => {
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, application.id, [a, b]);
    const stranger = await reviewer(api);
    const result = await saveScores(api, stranger.cookie, ofA!, [{ criterionCode: 'RELEVANCE', score: 3 }]);
    expect(result.userErrors.map((e) => e.code)).toEqual(['ASSIGNMENT_NOT_FOUND']);
  });
});
