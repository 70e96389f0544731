import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { CALL_SELECTION, auditActions, callInput, inDays, mutate, officer, organization } from '../grants-support.js';

describe('grantCallCreate', () => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    cookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('creates a draft call with two lots, its JOD equivalents at the fixed rate, audited', async () => {
    // when
    const result = await mutate(api, 'grantCallCreate', callInput(), cookie, CALL_SELECTION);
    // then
    expect(result.userErrors).toEqual([]);
    const call = result.call as Record<string, unknown> & { uuid: string };
    expect(call).toMatchObject({
      status: 'DRAFT',
      isOpen: false,
      currency: 'EUR',
      maxGrant: { amountMinor: 60_000_00, currency: 'EUR' },
      maxGrantJod: { amountMinor: 46_200_000, currency: 'JOD' },
      eligibility: { governorateCodes: ['JO-MA', 'JO-IR'], minCoApplicants: 1, requiresVerified: true },
      requiredDocuments: [{ code: 'STATUTES', name: { ar: 'النظام الأساسي', en: 'Statutes' } }],
      lots: [
        { position: 1, theme: 'SOCIAL_INNOVATION', envelopeJod: { amountMinor: 1_540_000_000, currency: 'JOD' } },
        { position: 2, theme: 'DEINSTITUTIONALISATION', applicationsReceived: null },
      ],
    });
    expect(await auditActions(api, call.uuid)).toEqual(['GRANT_CALL_CREATED']);
  });

  it('refuses a deadline before the opening and an unknown governorate, writing nothing', async () => {
    const [before] = await knexRows<{ n: number }>(api.orm.em.getKnex(), 'select count(*)::int as n from grant_call');
    const result = await mutate(
      api,
      'grantCallCreate',
      callInput({ opensAt: inDays(10), deadlineAt: inDays(5), governorates: ['JO-XX'] }),
      cookie,
      CALL_SELECTION,
    );
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['DEADLINE_BEFORE_OPENING', ['input', 'deadlineAt']],
      ['UNKNOWN_GOVERNORATE', ['input', 'governorates', '0']],
    ]);
    const [after] = await knexRows<{ n: number }>(api.orm.em.getKnex(), 'select count(*)::int as n from grant_call');
    expect(after!.n).toBe(before!.n);
  });

  it('requires the lots, the range and the dates, and refuses a call without lots', async () => {
    const missing = await mutate(api, 'grantCallCreate', { titleEn: 'Only a title' }, cookie, CALL_SELECTION);
    expect(missing.userErrors.map((e) => e.code)).toEqual(Array(6).fill('REQUIRED'));
    const empty = await mutate(api, 'grantCallCreate', callInput({ lots: [] }), cookie, CALL_SELECTION);
    expect(empty.userErrors.map((e) => e.code)).toEqual(['LOTS_REQUIRED']);
  });

  it('is for officers only', async () => {
    const cso = await organization(api, 'OWNER');
    const response = await api.graphql(
      `mutation($input: GrantCallCreateInput!) { grantCallCreate(input: $input) { userErrors { code } } }`,
      { input: callInput() },
      { headers: { cookie: cso.cookie } },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
