import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, insertCall, mutate, officer, type CallRow } from '../grants-support.js';
import { assigned, CRITERIA, eligible, review, reviewer } from './review-support.js';

describe('grantCallRubricSet', () => {
  let api: TestApi;
  let officerCookie: string;
  let call: CallRow;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
    call = await insertCall(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const set = (input: Record<string, unknown>) =>
    mutate(
      api,
      'grantCallRubricSet',
      { callId: call.id, divergenceMargin: 1.5, ...input },
      officerCookie,
      'rubric { criteria { code title { ar en } weight } divergenceMargin } userErrors { code field }',
    );

  it('sets a rubric shown on the call, audited; refuses duplicates; locks once a review is submitted', async () => {
    // when
    const result = await set({ criteria: CRITERIA });
    // then
    expect(result).toMatchObject({
      rubric: {
        criteria: [
          { code: 'RELEVANCE', title: { ar: 'الصلة', en: 'Relevance' }, weight: 2 },
          { code: 'FEASIBILITY', title: { en: 'Feasibility' }, weight: 1 },
        ],
        divergenceMargin: 1.5,
      },
      userErrors: [],
    });
    const shown = await api.graphql<{ grantCall: { rubric: { criteria: { code: string }[] } } }>(
      `query($id: ID!) { grantCall(id: $id) { rubric { criteria { code } } } }`,
      { id: call.id },
    );
    expect(shown.body.data!.grantCall.rubric.criteria.map((c) => c.code)).toEqual(['RELEVANCE', 'FEASIBILITY']);
    expect(await auditActions(api, call.uuid)).toEqual(['REVIEW_RUBRIC_SET']);
    expect((await set({ criteria: [CRITERIA[0], CRITERIA[0]] })).userErrors).toEqual([
      { code: 'DUPLICATE_CRITERION', field: ['input', 'criteria', '1', 'code'] },
    ]);
    // a submitted review locks it
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, application.id, [a, b]);
    await review(api, a, ofA!, 3, 3);
    expect((await set({ criteria: [CRITERIA[0]] })).userErrors).toEqual([
      { code: 'RUBRIC_LOCKED', field: ['input', 'criteria'] },
    ]);
  });

  it('refuses weights and margins outside their limits as bad input', async () => {
    const response = await api.graphql(
      `mutation($input: GrantCallRubricSetInput!) { grantCallRubricSet(input: $input) { userErrors { code } } }`,
      { input: { callId: call.id, divergenceMargin: 9, criteria: [{ code: 'X', titleEn: 'X', weight: 0 }] } },
      { headers: { cookie: officerCookie } },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
