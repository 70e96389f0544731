/**
 * grantCallQuestionAsk: a signed-in applicant asks a question about a published call before its deadline; officers
 * see it (open ones first) and answer it by publishing a question and answer with `askedQuestionId`, which marks it
 * answered (once). The public never sees asked questions; a draft call, a closed call and a passed deadline refuse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { CALL_SELECTION, auditActions, insertCall, mutate, officer, organization } from '../grants-support.js';

const ASKED = `question { id question { ar en } askedAt answeredAt } userErrors { field code message }`;

describe('grantCallQuestionAsk', () => {
  let api: TestApi;
  let officerCookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const askedQuestions = async (callId: string, cookie?: string) =>
    api.graphql<{
      grantCall: { askedQuestions: { id: string; question: { en: string }; answeredAt: string | null }[] };
    }>(
      `query($id: ID!) { grantCall(id: $id) { askedQuestions { id question { en } answeredAt } } }`,
      { id: callId },
      cookie ? { headers: { cookie } } : {},
    );

  it('keeps the question for officers, who answer it by publishing; answered once, audited', async () => {
    // given a published call and an applicant
    const call = await insertCall(api);
    const applicant = await organization(api);
    // when the applicant asks
    const asked = await mutate(
      api,
      'grantCallQuestionAsk',
      { callId: call.id, questionEn: '  Are salaries eligible costs?  ', questionAr: 'هل الرواتب تكاليف مؤهلة؟' },
      applicant.cookie,
      ASKED,
    );
    // then it is kept (trimmed), open, audited, and officers see it
    expect(asked.userErrors).toEqual([]);
    const question = asked.question as { id: string; question: { ar: string; en: string }; answeredAt: null };
    expect(question.question).toEqual({ en: 'Are salaries eligible costs?', ar: 'هل الرواتب تكاليف مؤهلة؟' });
    expect(question.answeredAt).toBeNull();
    expect(await auditActions(api, call.uuid)).toContain('GRANT_CALL_QUESTION_ASKED');
    const seen = await askedQuestions(call.id, officerCookie);
    expect(seen.body.data!.grantCall.askedQuestions.map((q) => q.question.en)).toEqual([
      'Are salaries eligible costs?',
    ]);
    // the applicant and the public do not read asked questions
    const byApplicant = await askedQuestions(call.id, applicant.cookie);
    expect(byApplicant.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byPublic = await askedQuestions(call.id);
    expect(byPublic.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // when an officer publishes the answer to it
    const published = await mutate(
      api,
      'grantCallQuestionPublish',
      {
        callId: call.id,
        askedQuestionId: question.id,
        questionEn: 'Are salaries eligible costs?',
        answerEn: 'Yes, for staff working on the project.',
      },
      officerCookie,
      CALL_SELECTION,
    );
    // then everyone reads the answer and the asked question is answered
    expect(published.userErrors).toEqual([]);
    const after = await askedQuestions(call.id, officerCookie);
    expect(after.body.data!.grantCall.askedQuestions[0]!.answeredAt).not.toBeNull();
    const read = await api.graphql<{ grantCall: { questions: { answer: { en: string } }[] } }>(
      `query($id: ID!) { grantCall(id: $id) { questions { answer { en } } } }`,
      { id: call.id },
    );
    expect(read.body.data!.grantCall.questions).toEqual([{ answer: { en: 'Yes, for staff working on the project.' } }]);
    // answering it again is refused, and nothing is published twice
    const again = await mutate(
      api,
      'grantCallQuestionPublish',
      { callId: call.id, askedQuestionId: question.id, questionEn: 'Q?', answerEn: 'A.' },
      officerCookie,
      CALL_SELECTION,
    );
    expect(again.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['ASKED_QUESTION_ANSWERED', ['input', 'askedQuestionId']],
    ]);
    const count = await api.graphql<{ grantCall: { questions: unknown[] } }>(
      `query($id: ID!) { grantCall(id: $id) { questions { publishedAt } } }`,
      { id: call.id },
    );
    expect(count.body.data!.grantCall.questions).toHaveLength(1);
  });

  it('refuses an empty question, a draft call, a closed call and a passed deadline', async () => {
    const applicant = await organization(api);
    const ask = async (callId: string, questionEn = 'Q?') =>
      (await mutate(api, 'grantCallQuestionAsk', { callId, questionEn }, applicant.cookie, ASKED)).userErrors.map(
        (e) => [e.code, (e.field ?? []).join('.')],
      );
    const open = await insertCall(api);
    expect(await ask(open.id, '   ')).toEqual([['REQUIRED', 'input.questionEn']]);
    expect(await ask((await insertCall(api, { status: 'DRAFT' })).id)).toEqual([['CALL_NOT_FOUND', 'input.callId']]);
    expect(await ask((await insertCall(api, { status: 'CLOSED' })).id)).toEqual([
      ['CALL_NOT_PUBLISHED', 'input.callId'],
    ]);
    expect(await ask((await insertCall(api, { deadlineInDays: -1, opensInDays: -10 })).id)).toEqual([
      ['DEADLINE_PASSED', 'input.callId'],
    ]);
    const seen = await askedQuestions(open.id, officerCookie);
    expect(seen.body.data!.grantCall.askedQuestions).toEqual([]);
  });

  it('refuses an answer to a question of another call', async () => {
    const call = await insertCall(api);
    const other = await insertCall(api);
    const applicant = await organization(api);
    const asked = await mutate(
      api,
      'grantCallQuestionAsk',
      { callId: other.id, questionEn: 'Q?' },
      applicant.cookie,
      ASKED,
    );
    const result = await mutate(
      api,
      'grantCallQuestionPublish',
      { callId: call.id, askedQuestionId: (asked.question as { id: string }).id, questionEn: 'Q?', answerEn: 'A.' },
      officerCookie,
      CALL_SELECTION,
    );
    expect(result.userErrors.map((e) => e.code)).toEqual(['ASKED_QUESTION_NOT_FOUND']);
  });
});
