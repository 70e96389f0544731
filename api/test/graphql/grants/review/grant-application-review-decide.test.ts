import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { emailsTo } from '../../../support/accounts.js';
import { auditActions, insertCall, mutate, officer, type CallRow } from '../grants-support.js';
import { applicationStatus, assigned, eligible, review, reviewer } from './review-support.js';
import { setRubric } from './review-support.js';

describe('grantApplicationReviewDecide', () => {
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

  const decide = (input: Record<string, unknown>) =>
    mutate(
      api,
      'grantApplicationReviewDecide',
      input,
      officerCookie,
      'application { status decisionNote } userErrors { code field }',
    );

  it('waits for two submitted reviews, then shortlists, audited and told to the lead', async () => {
    // given
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA, ofB] = await assigned(api, officerCookie, application.id, [a, b]);
    await review(api, a, ofA!, 4, 4);
    // when one review only
    expect((await decide({ applicationId: application.id, decision: 'SHORTLIST' })).userErrors).toEqual([
      { code: 'REVIEWS_INCOMPLETE', field: ['input', 'applicationId'] },
    ]);
    expect(await applicationStatus(api, application.uuid)).toBe('UNDER_REVIEW');
    await review(api, b, ofB!, 5, 3);
    const result = await decide({ applicationId: application.id, decision: 'SHORTLIST' });
    // then
    expect(result).toMatchObject({ application: { status: 'SHORTLISTED' }, userErrors: [] });
    expect((await auditActions(api, application.uuid)).at(-1)).toBe('GRANT_APPLICATION_SHORTLISTED');
    expect((await emailsTo(api, application.lead.email)).map((e) => e.kind)).toContain('GRANT_APPLICATION_SHORTLISTED');
  });

  it('rejects only with a note, and only an application under review', async () => {
    const application = await eligible(api, officerCookie, call);
    expect((await decide({ applicationId: application.id, decision: 'REJECT', note: 'x' })).userErrors).toEqual([
      { code: 'WRONG_STATE', field: ['input', 'applicationId'] },
    ]);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA, ofB] = await assigned(api, officerCookie, application.id, [a, b]);
    await review(api, a, ofA!, 1, 1);
    await review(api, b, ofB!, 2, 1);
    expect((await decide({ applicationId: application.id, decision: 'REJECT' })).userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'note'] },
    ]);
    const result = await decide({ applicationId: application.id, decision: 'REJECT', note: 'Weak logframe' });
    expect(result.application).toEqual({ status: 'REJECTED', decisionNote: 'Weak logframe' });
    const [email] = (await emailsTo(api, application.lead.email)).filter(
      (e) => e.kind === 'GRANT_APPLICATION_REJECTED',
    );
    expect(email!.text).toContain('Weak logframe');
  });
});
