import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { emailsTo, organizationParty, requestMutation, requestState, sendRequest } from '../requests-support.js';

describe('partnershipRequestDecline', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const decline = (id: string, reason: string, cookie: string) =>
    requestMutation(
      api,
      'partnershipRequestDecline',
      { requestId: toGlobalId('PartnershipRequest', id), reason },
      cookie,
    );

  it("declines with a reason, audited, and emails the sender's members with it", async () => {
    // given
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api);
    const id = await sendRequest(api, sender, recipient);
    // when
    const result = await decline(id, ' Our team is full this year ', recipient.cookie);
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.request).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Our team is full this year',
      partnership: null,
    });
    expect(await requestState(api, id)).toEqual({ status: 'DECLINED', events: 2 });
    const emails = await emailsTo(api, sender.email, 'PARTNERSHIP_REQUEST_DECLINED');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.body_text).toContain('Our team is full this year');
    expect(emails[0]!.body_text).toContain('اعتذرت');
  });

  it('requires a reason, and refuses the sender and acting twice, changing nothing', async () => {
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api);
    const id = await sendRequest(api, sender, recipient);
    expect((await decline(id, '  ', recipient.cookie)).userErrors).toEqual([
      { field: ['input', 'reason'], code: 'REASON_REQUIRED' },
    ]);
    expect((await decline(id, 'No', sender.cookie)).userErrors).toEqual([
      { field: ['input', 'requestId'], code: 'NOT_A_PARTY' },
    ]);
    expect(await requestState(api, id)).toEqual({ status: 'PENDING', events: 1 });
    expect((await decline(id, 'No', recipient.cookie)).userErrors).toEqual([]);
    expect((await decline(id, 'No again', recipient.cookie)).userErrors).toEqual([
      { field: ['input', 'requestId'], code: 'REQUEST_NOT_PENDING' },
    ]);
    expect(await emailsTo(api, sender.email, 'PARTNERSHIP_REQUEST_DECLINED')).toHaveLength(1);
  });
});
