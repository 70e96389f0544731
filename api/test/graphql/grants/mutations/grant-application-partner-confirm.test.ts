import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  auditActions,
  insertCall,
  institution,
  memberOf,
  mutate,
  organization,
  startApplication,
} from '../grants-support.js';

describe('grantApplicationPartnerConfirm', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const confirm = (applicationId: string, partnerId: string, cookie: string) =>
    mutate(api, 'grantApplicationPartnerConfirm', { applicationId, partnerId }, cookie);

  it('confirms for a co-applicant (its editor) and an associate (its editor), audited; twice is refused', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const associate = await institution(api);
    const draft = await startApplication(api, call, lead);
    await mutate(
      api,
      'grantApplicationUpdate',
      { applicationId: draft.id, version: 1, coApplicantIds: [co.id], associateIds: [associate.id] },
      lead.cookie,
    );
    const first = await confirm(draft.id, co.id, co.cookie);
    expect(first.application!.partners).toMatchObject([{ confirmed: true }, { confirmed: false }]);
    const second = await confirm(draft.id, associate.id, associate.cookie);
    expect(second.application!.partners).toMatchObject([{ confirmed: true }, { confirmed: true }]);
    expect(await auditActions(api, draft.uuid)).toEqual([
      'GRANT_APPLICATION_STARTED',
      'GRANT_APPLICATION_PARTNERS_INVITED',
      'GRANT_APPLICATION_PARTNER_CONFIRMED',
      'GRANT_APPLICATION_PARTNER_CONFIRMED',
    ]);
    expect((await confirm(draft.id, co.id, co.cookie)).userErrors.map((e) => e.code)).toEqual(['ALREADY_CONFIRMED']);
  });

  it("refuses the lead confirming for its partner, a partner's viewer, and an organisation that is not a partner", async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const draft = await startApplication(api, call, lead);
    await mutate(
      api,
      'grantApplicationUpdate',
      { applicationId: draft.id, version: 1, coApplicantIds: [co.id] },
      lead.cookie,
    );
    expect((await confirm(draft.id, co.id, lead.cookie)).userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    const viewer = await memberOf(api, co.uuid, 'VIEWER');
    expect((await confirm(draft.id, co.id, viewer)).userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    expect((await confirm(draft.id, lead.id, lead.cookie)).userErrors.map((e) => e.code)).toEqual(['NOT_A_PARTNER']);
  });
});
