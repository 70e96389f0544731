import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, insertCall, mutate, officer, CALL_SELECTION } from '../grants-support.js';

describe('grantCallPublish', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    cookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('publishes a draft: public, open once its opening has passed, audited', async () => {
    const call = await insertCall(api, { status: 'DRAFT' });
    expect(
      (await api.graphql<{ grantCall: unknown }>(`query($id: ID!) { grantCall(id: $id) { id } }`, { id: call.id })).body
        .data!.grantCall,
    ).toBeNull();
    const result = await mutate(api, 'grantCallPublish', { callId: call.id }, cookie, CALL_SELECTION);
    expect(result.call).toMatchObject({ status: 'PUBLISHED', isOpen: true });
    expect((result.call as { publishedAt: string | null }).publishedAt).not.toBeNull();
    expect(await auditActions(api, call.uuid)).toEqual(['GRANT_CALL_PUBLISHED']);
    const anonymous = await api.graphql<{ grantCall: { status: string } }>(
      `query($id: ID!) { grantCall(id: $id) { status } }`,
      {
        id: call.id,
      },
    );
    expect(anonymous.body.data!.grantCall.status).toBe('PUBLISHED');
  });

  it('refuses to publish twice', async () => {
    const call = await insertCall(api);
    const result = await mutate(api, 'grantCallPublish', { callId: call.id }, cookie, CALL_SELECTION);
    expect(result.userErrors.map((e) => e.code)).toEqual(['CALL_NOT_DRAFT']);
  });
});
