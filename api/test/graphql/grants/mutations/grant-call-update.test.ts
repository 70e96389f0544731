import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, mutate, officer, CALL_SELECTION, callInput } from '../grants-support.js';

describe('grantCallUpdate', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    cookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('changes a draft call and replaces its lots', async () => {
    const created = await mutate(api, 'grantCallCreate', callInput(), cookie, CALL_SELECTION);
    const id = (created.call as { id: string }).id;
    const result = await mutate(
      api,
      'grantCallUpdate',
      {
        callId: id,
        titleEn: 'Call 2027, revised',
        cofinancingRateBps: 1500,
        lots: [{ theme: 'OTHER', titleEn: 'One lot', envelopeMinor: 100 }],
      },
      cookie,
      CALL_SELECTION,
    );
    expect(result.userErrors).toEqual([]);
    expect(result.call).toMatchObject({
      title: { en: 'Call 2027, revised', ar: 'دعوة 2027' },
      cofinancingRateBps: 1500,
      lots: [{ position: 1, theme: 'OTHER', envelope: { amountMinor: 100 } }],
    });
  });

  it('refuses to change a published call, and a minimum above the maximum', async () => {
    const published = await insertCall(api);
    const refused = await mutate(
      api,
      'grantCallUpdate',
      { callId: published.id, titleEn: 'x' },
      cookie,
      CALL_SELECTION,
    );
    expect(refused.userErrors.map((e) => e.code)).toEqual(['CALL_NOT_DRAFT']);
    const draft = await insertCall(api, { status: 'DRAFT' });
    const range = await mutate(
      api,
      'grantCallUpdate',
      { callId: draft.id, minGrantMinor: 99_000_00 },
      cookie,
      CALL_SELECTION,
    );
    expect(range.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['GRANT_RANGE_INVALID', ['input', 'minGrantMinor']],
    ]);
  });
});
