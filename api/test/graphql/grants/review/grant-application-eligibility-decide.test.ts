import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { emailsTo } from '../../../support/accounts.js';
import { auditActions, insertCall, mutate, officer, type CallRow } from '../grants-support.js';
import { applicationStatus, submitted } from './review-support.js';

describe('grantApplicationEligibilityDecide', () => {
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

  const decide = (input: Record<string, unknown>, cookie = officerCookie) =>
    mutate(
      api,
      'grantApplicationEligibilityDecide',
      input,
      cookie,
      'application { status ineligibleReason } userErrors { code field }',
    );

  it('declares an application eligible, audited, and tells the lead in Arabic and English', async () => {
    // given
    const application = await submitted(api, call);
    // when
    const result = await decide({ applicationId: application.id, eligible: true });
    // then
    expect(result).toMatchObject({ application: { status: 'ELIGIBLE' }, userErrors: [] });
    expect((await auditActions(api, application.uuid)).at(-1)).toBe('GRANT_APPLICATION_ELIGIBLE');
    const [email] = (await emailsTo(api, application.lead.email)).filter(
      (e) => e.kind === 'GRANT_APPLICATION_ELIGIBLE',
    );
    expect(email!.text).toContain('مؤهل');
    expect(email!.text).toContain('is eligible');
  });

  it('declares it ineligible only with reasons, which the lead is told', async () => {
    const application = await submitted(api, call);
    expect((await decide({ applicationId: application.id, eligible: false, reasons: ' ' })).userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'reasons'] },
    ]);
    expect(await applicationStatus(api, application.uuid)).toBe('SUBMITTED');
    const result = await decide({ applicationId: application.id, eligible: false, reasons: 'Lead registered in 2025' });
    expect(result.application).toEqual({ status: 'INELIGIBLE', ineligibleReason: 'Lead registered in 2025' });
    const [email] = (await emailsTo(api, application.lead.email)).filter(
      (e) => e.kind === 'GRANT_APPLICATION_INELIGIBLE',
    );
    expect(email!.text).toContain('Lead registered in 2025');
  });

  it('decides only once, on a submitted application', async () => {
    const application = await submitted(api, call);
    await decide({ applicationId: application.id, eligible: true });
    expect((await decide({ applicationId: application.id, eligible: false, reasons: 'x' })).userErrors).toEqual([
      { code: 'WRONG_STATE', field: ['input', 'applicationId'] },
    ]);
    expect(await applicationStatus(api, application.uuid)).toBe('ELIGIBLE');
  });
});
