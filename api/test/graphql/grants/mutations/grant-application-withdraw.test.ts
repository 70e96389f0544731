import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, completeApplication, insertCall, mutate, organization } from '../grants-support.js';

describe('grantApplicationWithdraw', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('withdraws a submitted application (the lead), audited with the reason; the lead may then apply again', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    await mutate(api, 'grantApplicationSubmit', { applicationId: draft.id, idempotencyKey: 'w1' }, lead.cookie);
    const result = await mutate(
      api,
      'grantApplicationWithdraw',
      { applicationId: draft.id, reason: 'Partner left' },
      lead.cookie,
    );
    expect(result.application).toMatchObject({ status: 'WITHDRAWN' });
    expect(result.application!.withdrawnAt).not.toBeNull();
    expect(await auditActions(api, draft.uuid)).toContain('GRANT_APPLICATION_WITHDRAWN');
    const again = await mutate(api, 'grantApplicationWithdraw', { applicationId: draft.id }, lead.cookie);
    expect(again.userErrors.map((e) => e.code)).toEqual(['NOT_WITHDRAWABLE']);
    const restart = await mutate(
      api,
      'grantApplicationCreate',
      { callId: call.id, leadOrganizationId: lead.id },
      lead.cookie,
    );
    expect(restart.userErrors).toEqual([]);
  });

  it("refuses a co-applicant's editor", async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const draft = await completeApplication(api, call, lead, { coApplicantIds: [co.id] });
    const result = await mutate(api, 'grantApplicationWithdraw', { applicationId: draft.id }, co.cookie);
    expect(result.userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
  });
});
