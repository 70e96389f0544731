import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, mutate, officer, CALL_SELECTION } from '../grants-support.js';

describe('grantCallQuestionPublish', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    cookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('publishes a question and its answer on a published call, for everyone to read', async () => {
    const call = await insertCall(api);
    const result = await mutate(
      api,
      'grantCallQuestionPublish',
      { callId: call.id, questionEn: 'May a CSO lead twice?', answerEn: 'No: one lead application per call.' },
      cookie,
      CALL_SELECTION,
    );
    expect(result.userErrors).toEqual([]);
    const read = await api.graphql<{ grantCall: { questions: unknown[] } }>(
      `query($id: ID!) { grantCall(id: $id) { questions { question { en } answer { en } } } }`,
      { id: call.id },
    );
    expect(read.body.data!.grantCall.questions).toEqual([
      { question: { en: 'May a CSO lead twice?' }, answer: { en: 'No: one lead application per call.' } },
    ]);
  });

  it('requires the answer and a published call', async () => {
    const call = await insertCall(api);
    const noAnswer = await mutate(
      api,
      'grantCallQuestionPublish',
      { callId: call.id, questionEn: 'Q?' },
      cookie,
      CALL_SELECTION,
    );
    expect(noAnswer.userErrors.map((e) => [e.code, e.field])).toEqual([['REQUIRED', ['input', 'answerEn']]]);
    const draft = await insertCall(api, { status: 'DRAFT' });
    const onDraft = await mutate(
      api,
      'grantCallQuestionPublish',
      { callId: draft.id, questionEn: 'Q?', answerEn: 'A.' },
      cookie,
      CALL_SELECTION,
    );
    expect(onDraft.userErrors.map((e) => e.code)).toEqual(['CALL_NOT_PUBLISHED']);
  });
});
