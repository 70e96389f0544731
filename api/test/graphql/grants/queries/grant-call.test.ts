import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, officer } from '../grants-support.js';

describe('grantCall', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const read = (id: string, cookie?: string) =>
    api.graphql<{ grantCall: Record<string, unknown> | null }>(
      `query($id: ID!) { grantCall(id: $id) { uuid status isOpen deadlineAt title { ar en }
        eligibility { minYearsRegistered } lots { theme envelope { amountMinor currency } } } }`,
      { id },
      cookie ? { headers: { cookie } } : undefined,
    );

  it('reads a published call by its global id or uuid, with its lots, and through node', async () => {
    const call = await insertCall(api);
    const byId = await read(call.id);
    expect(byId.body.data!.grantCall).toMatchObject({
      uuid: call.uuid,
      status: 'PUBLISHED',
      isOpen: true,
      title: { ar: 'دعوة اختبار', en: 'Test call' },
      lots: [
        { theme: 'SOCIAL_INNOVATION', envelope: { amountMinor: 100_000_00, currency: 'EUR' } },
        { theme: 'DEINSTITUTIONALISATION' },
      ],
    });
    expect((await read(call.uuid)).body.data!.grantCall).toMatchObject({ uuid: call.uuid });
    const node = await api.graphql<{ node: { uuid: string } | null }>(
      `query($id: ID!) { node(id: $id) { ... on GrantCall { uuid } } }`,
      {
        id: call.id,
      },
    );
    expect(node.body.data!.node).toEqual({ uuid: call.uuid });
  });

  it('is closed for applications after its deadline, and a draft is null except for officers', async () => {
    const past = await insertCall(api, { opensInDays: -20, deadlineInDays: -1 });
    expect((await read(past.id)).body.data!.grantCall).toMatchObject({ isOpen: false });
    const draft = await insertCall(api, { status: 'DRAFT' });
    expect((await read(draft.id)).body.data!.grantCall).toBeNull();
    expect((await read(draft.id, await officer(api))).body.data!.grantCall).toMatchObject({ status: 'DRAFT' });
    expect((await read('not-an-id')).body.data!.grantCall).toBeNull();
  });
});
