import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { completeApplication, insertCall, mutate, officer, organization, CALL_SELECTION } from '../grants-support.js';

describe('grantCallClose', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    cookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('closes a published call: no more submissions, a draft cannot be closed', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    const result = await mutate(api, 'grantCallClose', { callId: call.id }, cookie, CALL_SELECTION);
    expect(result.call).toMatchObject({ status: 'CLOSED', isOpen: false });
    const submit = await mutate(
      api,
      'grantApplicationSubmit',
      { applicationId: draft.id, idempotencyKey: 'k' },
      lead.cookie,
    );
    expect(submit.userErrors.map((e) => e.code)).toEqual(['CALL_NOT_PUBLISHED']);
    const again = await mutate(api, 'grantCallClose', { callId: call.id }, cookie, CALL_SELECTION);
    expect(again.userErrors.map((e) => e.code)).toEqual(['CALL_NOT_PUBLISHED']);
  });
});
