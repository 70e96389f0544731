import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertListing } from '../partnerships-support.js';
import {
  emailsTo,
  institutionParty,
  organizationParty,
  requestMutation,
  requestState,
  sendRequest,
} from '../requests-support.js';

describe('partnershipRequestAccept', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const accept = (id: string, cookie: string) =>
    requestMutation(api, 'partnershipRequestAccept', { requestId: toGlobalId('PartnershipRequest', id) }, cookie);
  const partnershipsOf = async (requestId: string) =>
    (
      await knexRows<{ n: number }>(
        api.orm.em.getKnex(),
        'select count(*)::int as n from partnership where request_id = ?',
        [requestId],
      )
    )[0]!.n;

  it('accepts: a proposed partnership of both parties in the same transaction, its history started, the sender emailed', async () => {
    // given
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api, 'OWNER');
    const listing = await insertListing(api, {
      organizationId: recipient.uuid,
      governorates: ['JO-MA'],
      targetGroups: ['WOMEN'],
    });
    const sent = await requestMutation(
      api,
      'partnershipRequestSend',
      {
        fromPartyId: sender.id,
        toPartyId: recipient.id,
        message: 'Hi',
        listingId: toGlobalId('PartnershipListing', listing),
      },
      sender.cookie,
    );
    const id = sent.request!.uuid;
    // when
    const result = await accept(id, recipient.cookie);
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.request!.status).toBe('ACCEPTED');
    expect(result.request!.answeredAt).not.toBeNull();
    expect(result.request!.partnership).toEqual({
      uuid: result.request!.partnership!.uuid,
      status: 'PROPOSED',
      kind: 'CSO_CSO',
      members: [
        { role: 'LEAD', confirmed: false, party: { __typename: 'Organization', uuid: sender.uuid } },
        { role: 'PARTNER', confirmed: false, party: { __typename: 'Organization', uuid: recipient.uuid } },
      ],
    });
    const [row] = await knexRows<{ governorate_codes: string[]; target_group_codes: string[]; changes: number }>(
      api.orm.em.getKnex(),
      `select governorate_codes, target_group_codes,
              (select count(*)::int from partnership_status_change where partnership_id = p.id and to_status = 'PROPOSED') as changes
       from partnership p where request_id = ?`,
      [id],
    );
    expect(row).toEqual({ governorate_codes: ['JO-MA'], target_group_codes: ['WOMEN'], changes: 1 });
    expect(await requestState(api, id)).toEqual({ status: 'ACCEPTED', events: 2 });
    const emails = await emailsTo(api, sender.email, 'PARTNERSHIP_REQUEST_ACCEPTED');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.body_text).toContain('قبلت');
    expect(emails[0]!.body_text).toContain('accepted your partnership request');
  });

  it('makes an institution recipient a public partner (CSO_INSTITUTION)', async () => {
    const sender = await organizationParty(api);
    const directorate = await institutionParty(api);
    const id = await sendRequest(api, sender, directorate);
    const result = await accept(id, directorate.cookie);
    expect(result.request!.partnership).toMatchObject({
      kind: 'CSO_INSTITUTION',
      members: [
        { role: 'LEAD' },
        { role: 'PUBLIC_PARTNER', party: { __typename: 'Institution', uuid: directorate.uuid } },
      ],
    });
  });

  it('refuses the sender, a stranger and a viewer of the recipient, changing nothing', async () => {
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api);
    const id = await sendRequest(api, sender, recipient);
    const stranger = await organizationParty(api, 'OWNER');
    const viewer = await organizationParty(api, 'VIEWER');
    for (const cookie of [sender.cookie, stranger.cookie, viewer.cookie]) {
      expect((await accept(id, cookie)).userErrors).toEqual([{ field: ['input', 'requestId'], code: 'NOT_A_PARTY' }]);
    }
    expect(await requestState(api, id)).toEqual({ status: 'PENDING', events: 1 });
    expect(await partnershipsOf(id)).toBe(0);
  });

  it('refuses acting twice, a withdrawn request and an unknown one', async () => {
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api);
    const id = await sendRequest(api, sender, recipient);
    expect((await accept(id, recipient.cookie)).userErrors).toEqual([]);
    expect((await accept(id, recipient.cookie)).userErrors).toEqual([
      { field: ['input', 'requestId'], code: 'REQUEST_NOT_PENDING' },
    ]);
    expect(await partnershipsOf(id)).toBe(1);
    const other = await organizationParty(api);
    const withdrawn = await sendRequest(api, other, recipient);
    await requestMutation(
      api,
      'partnershipRequestWithdraw',
      { requestId: toGlobalId('PartnershipRequest', withdrawn) },
      other.cookie,
    );
    expect((await accept(withdrawn, recipient.cookie)).userErrors).toEqual([
      { field: ['input', 'requestId'], code: 'REQUEST_NOT_PENDING' },
    ]);
    expect(await partnershipsOf(withdrawn)).toBe(0);
    expect((await accept('00000000-0000-4000-8000-000000000000', recipient.cookie)).userErrors).toEqual([
      { field: ['input', 'requestId'], code: 'REQUEST_NOT_FOUND' },
    ]);
  });

  it('creates one partnership when two acceptances race', async () => {
    const sender = await organizationParty(api);
    const recipient = await organizationParty(api);
    const id = await sendRequest(api, sender, recipient);
    const results = await Promise.all([accept(id, recipient.cookie), accept(id, recipient.cookie)]);
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'REQUEST_NOT_PENDING')).toHaveLength(1);
    expect(await partnershipsOf(id)).toBe(1);
  });
});
