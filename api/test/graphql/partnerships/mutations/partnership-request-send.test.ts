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
  type RequestPayload,
} from '../requests-support.js';

describe('partnershipRequestSend', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const send = (input: Record<string, unknown>, cookie: string) =>
    requestMutation(api, 'partnershipRequestSend', input, cookie);
  const requestsBetween = async (a: string, b: string) =>
    (
      await knexRows<{ n: number }>(
        api.orm.em.getKnex(),
        `select count(*)::int as n from partnership_request
         where (from_party = ? and to_party = ?) or (from_party = ? and to_party = ?)`,
        [a, b, b, a],
      )
    )[0]!.n;

  it("sends a pending request answering the recipient's listing, audited, and emails the recipient's members in Arabic and English", async () => {
    // given
    const from = await organizationParty(api, 'EDITOR');
    const to = await organizationParty(api, 'VIEWER');
    const listing = await insertListing(api, { organizationId: to.uuid, kind: 'OFFER' });
    // when
    const result = await send(
      {
        fromPartyId: from.id,
        toPartyId: to.id,
        message: '  We need your financial coaching.  ',
        listingId: toGlobalId('PartnershipListing', listing),
      },
      from.cookie,
    );
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.request).toMatchObject({
      status: 'PENDING',
      message: 'We need your financial coaching.',
      declineReason: null,
      answeredAt: null,
      from: { __typename: 'Organization', uuid: from.uuid },
      to: { __typename: 'Organization', uuid: to.uuid },
      listing: { uuid: listing },
      partnership: null,
    });
    expect(await requestState(api, result.request!.uuid)).toEqual({ status: 'PENDING', events: 1 });
    const emails = await emailsTo(api, to.email, 'PARTNERSHIP_REQUEST_RECEIVED');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain('طلب شراكة جديد');
    expect(emails[0]!.subject).toContain('New partnership request');
    expect(emails[0]!.body_text).toContain('/ar/partnerships/requests');
    expect(emails[0]!.body_text).toContain('/en/partnerships/requests');
    expect(await emailsTo(api, from.email, 'PARTNERSHIP_REQUEST_RECEIVED')).toHaveLength(0);
  });

  it('sends from an institution (its owner) to an organisation', async () => {
    const from = await institutionParty(api, 'OWNER');
    const to = await organizationParty(api);
    const result = await send(
      { fromPartyId: from.id, toPartyId: to.id, message: 'Deliver with us in Mafraq' },
      from.cookie,
    );
    expect(result.userErrors).toEqual([]);
    expect(result.request!.from).toEqual({ __typename: 'Institution', uuid: from.uuid });
  });

  it('refuses a request to oneself, changing nothing', async () => {
    const party = await organizationParty(api);
    const result = await send({ fromPartyId: party.id, toPartyId: party.id, message: 'Hello' }, party.cookie);
    expect(result).toEqual({ request: null, userErrors: [{ field: ['input', 'toPartyId'], code: 'REQUEST_TO_SELF' }] });
    expect(await requestsBetween(party.uuid, party.uuid)).toBe(0);
  });

  it('refuses a second open request between the same pair, in either direction', async () => {
    const a = await organizationParty(api);
    const b = await organizationParty(api);
    await sendRequest(api, a, b);
    expect((await send({ fromPartyId: a.id, toPartyId: b.id, message: 'Again' }, a.cookie)).userErrors).toEqual([
      { field: ['input', 'toPartyId'], code: 'REQUEST_ALREADY_OPEN' },
    ]);
    expect((await send({ fromPartyId: b.id, toPartyId: a.id, message: 'Back' }, b.cookie)).userErrors).toEqual([
      { field: ['input', 'toPartyId'], code: 'REQUEST_ALREADY_OPEN' },
    ]);
    expect(await requestsBetween(a.uuid, b.uuid)).toBe(1);
    // nothing half-written: one email for the one request
    expect(await emailsTo(api, b.email, 'PARTNERSHIP_REQUEST_RECEIVED')).toHaveLength(1);
  });

  it('keeps one open request when 20 identical sends race over HTTP (the partial unique index)', async () => {
    // given
    const a = await organizationParty(api);
    const b = await organizationParty(api);
    // when
    const results: RequestPayload[] = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send({ fromPartyId: a.id, toPartyId: b.id, message: `Race ${i}` }, a.cookie),
      ),
    );
    // then
    const sent = results.filter((r) => r.request !== null);
    expect(sent).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'REQUEST_ALREADY_OPEN')).toHaveLength(19);
    expect(await requestsBetween(a.uuid, b.uuid)).toBe(1);
    expect(await emailsTo(api, b.email, 'PARTNERSHIP_REQUEST_RECEIVED')).toHaveLength(1);
    const [events] = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      `select count(*)::int as n from audit_event where action = 'PARTNERSHIP_REQUEST_SENT' and actor_id is not null
       and subject_id in (select id from partnership_request where from_party = ?)`,
      [a.uuid],
    );
    expect(events!.n).toBe(1);
  });

  it('allows a new request once the open one is answered', async () => {
    const a = await organizationParty(api);
    const b = await organizationParty(api);
    const first = await sendRequest(api, a, b);
    expect(
      (
        await requestMutation(
          api,
          'partnershipRequestWithdraw',
          { requestId: toGlobalId('PartnershipRequest', first) },
          a.cookie,
        )
      ).userErrors,
    ).toEqual([]);
    expect((await send({ fromPartyId: a.id, toPartyId: b.id, message: 'Once more' }, a.cookie)).userErrors).toEqual([]);
  });

  it('refuses someone who does not act for the sender (a viewer, another organisation)', async () => {
    const viewer = await organizationParty(api, 'VIEWER');
    const to = await organizationParty(api);
    expect((await send({ fromPartyId: viewer.id, toPartyId: to.id, message: 'Hi' }, viewer.cookie)).userErrors).toEqual(
      [{ field: ['input', 'fromPartyId'], code: 'NOT_A_MEMBER' }],
    );
    expect((await send({ fromPartyId: viewer.id, toPartyId: to.id, message: 'Hi' }, to.cookie)).userErrors).toEqual([
      { field: ['input', 'fromPartyId'], code: 'NOT_A_MEMBER' },
    ]);
    expect(await requestsBetween(viewer.uuid, to.uuid)).toBe(0);
  });

  it('refuses an unknown party, an empty message, and two institutions together', async () => {
    const from = await organizationParty(api);
    const to = await organizationParty(api);
    expect(
      (
        await send(
          {
            fromPartyId: from.id,
            toPartyId: toGlobalId('Organization', '00000000-0000-4000-8000-000000000000'),
            message: 'Hi',
          },
          from.cookie,
        )
      ).userErrors,
    ).toEqual([{ field: ['input', 'toPartyId'], code: 'UNKNOWN_PARTY' }]);
    expect((await send({ fromPartyId: from.id, toPartyId: to.id, message: '   ' }, from.cookie)).userErrors).toEqual([
      { field: ['input', 'message'], code: 'MESSAGE_REQUIRED' },
    ]);
    const ministry = await institutionParty(api);
    const municipality = await institutionParty(api);
    expect(
      (await send({ fromPartyId: ministry.id, toPartyId: municipality.id, message: 'Hi' }, ministry.cookie)).userErrors,
    ).toEqual([{ field: ['input', 'toPartyId'], code: 'INVALID_VALUE' }]);
    expect(await requestsBetween(from.uuid, to.uuid)).toBe(0);
  });

  it("refuses answering a withdrawn, an expired or another party's listing", async () => {
    const from = await organizationParty(api);
    const to = await organizationParty(api);
    const other = await organizationParty(api);
    const withdrawn = await insertListing(api, { organizationId: to.uuid, status: 'WITHDRAWN' });
    const expired = await insertListing(api, { organizationId: to.uuid, expiresInDays: -1 });
    const theirs = await insertListing(api, { organizationId: other.uuid });
    const tryWith = async (listing: string) =>
      (
        await send(
          {
            fromPartyId: from.id,
            toPartyId: to.id,
            message: 'About your offer',
            listingId: toGlobalId('PartnershipListing', listing),
          },
          from.cookie,
        )
      ).userErrors;
    expect(await tryWith(withdrawn)).toEqual([{ field: ['input', 'listingId'], code: 'LISTING_WITHDRAWN' }]);
    expect(await tryWith(expired)).toEqual([{ field: ['input', 'listingId'], code: 'LISTING_EXPIRED' }]);
    expect(await tryWith(theirs)).toEqual([{ field: ['input', 'listingId'], code: 'LISTING_NOT_FOUND' }]);
    expect(await requestsBetween(from.uuid, to.uuid)).toBe(0);
  });
});
