import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { emailsTo, organizationParty, requestMutation, requestState, sendRequest } from '../requests-support.js';

describe('partnershipRequestWithdraw', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const withdraw = (id: string, cookie: string) =>
    requestMutation(api, 'partnershipRequestWithdraw', { requestId: toGlobalId('PartnershipRequest', id) }, cookie);

  it('withdraws a pending request for the sender, audited, emailing no one', async () => {
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api);
    const id = await sendRequest(api, sender, recipient);
    const result = await withdraw(id, sender.cookie);
    expect(result.userErrors).toEqual([]);
    expect(result.request).toMatchObject({ status: 'WITHDRAWN', partnership: null });
    expect(await requestState(api, id)).toEqual({ status: 'WITHDRAWN', events: 2 });
    expect(await emailsTo(api, sender.email, 'PARTNERSHIP_REQUEST_ACCEPTED')).toHaveLength(0);
  });

  it('refuses the recipient and acting twice', async () => {
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api);
    const id = await sendRequest(api, sender, recipient);
    expect((await withdraw(id, recipient.cookie)).userErrors).toEqual([
      { field: ['input', 'requestId'], code: 'NOT_A_PARTY' },
    ]);
    expect(await requestState(api, id)).toEqual({ status: 'PENDING', events: 1 });
    expect((await withdraw(id, sender.cookie)).userErrors).toEqual([]);
    expect((await withdraw(id, sender.cookie)).userErrors).toEqual([
      { field: ['input', 'requestId'], code: 'REQUEST_NOT_PENDING' },
    ]);
  });
});
