import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailsTo } from '../../../support/accounts.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  auditActions,
  completeApplication,
  insertCall,
  institution,
  memberOf,
  mutate,
  organization,
  startApplication,
} from '../grants-support.js';

describe('grantApplicationPartnerDecline', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const decline = (applicationId: string, partnerId: string, cookie: string) =>
    mutate(
      api,
      'grantApplicationPartnerDecline',
      { applicationId, partnerId, reason: 'no capacity this year' },
      cookie,
    );

  it('lets a co-applicant (confirmed) and an associate decline: they leave the consortium, audited, the lead emailed', async () => {
    // given a draft with a confirmed co-applicant and an invited associate
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
    await mutate(api, 'grantApplicationPartnerConfirm', { applicationId: draft.id, partnerId: co.id }, co.cookie);
    // when both decline
    const first = await decline(draft.id, co.id, co.cookie);
    const second = await decline(draft.id, associate.id, associate.cookie);
    // then
    expect([first.userErrors, second.userErrors]).toEqual([[], []]);
    expect(second.application!.partners).toEqual([]);
    const actions = await auditActions(api, draft.uuid);
    expect(actions.filter((a) => a === 'GRANT_APPLICATION_PARTNER_DECLINED')).toHaveLength(2);
    const mail = (await emailsTo(api, lead.email)).filter((e) => e.kind === 'GRANT_PARTNER_DECLINED');
    expect(mail).toHaveLength(2);
    expect(mail[0]!.text).toContain('declined to take part');
    // and the former partner no longer acts on it
    expect((await decline(draft.id, co.id, co.cookie)).userErrors.map((e) => e.code)).toEqual([
      'APPLICATION_NOT_FOUND',
    ]);
  });

  it("refuses the lead declining for its partner, a partner's viewer, a non-partner, and a submitted application", async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const draft = await completeApplication(api, call, lead, { coApplicantIds: [co.id] });
    expect((await decline(draft.id, co.id, lead.cookie)).userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    const viewer = await memberOf(api, co.uuid, 'VIEWER');
    expect((await decline(draft.id, co.id, viewer)).userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    expect((await decline(draft.id, lead.id, lead.cookie)).userErrors.map((e) => e.code)).toEqual(['NOT_A_PARTNER']);
    await mutate(api, 'grantApplicationPartnerConfirm', { applicationId: draft.id, partnerId: co.id }, co.cookie);
    const submitted = await mutate(
      api,
      'grantApplicationSubmit',
      { applicationId: draft.id, idempotencyKey: `decline-${draft.uuid}` },
      lead.cookie,
    );
    expect(submitted.userErrors).toEqual([]);
    expect((await decline(draft.id, co.id, co.cookie)).userErrors.map((e) => e.code)).toEqual(['NOT_DECLINABLE']);
  });
});
