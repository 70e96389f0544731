import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { knexRows } from '../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { organizationParty, requestMutation } from './requests-support.js';

describe('partnership requests in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('exports the messages a person wrote; erasure keeps the request for the organisation without naming them', async () => {
    // given a person who sent a request for their organisation, and a request they declined
    const [organization] = await createOrganizations(api.orm, [{}]);
    const person = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'EDITOR' }] });
    const cookie = await signIn(api, person.email, person.password);
    const me = {
      uuid: organization!.id,
      id: toGlobalId('Organization', organization!.id),
      cookie,
      email: person.email,
    };
    const other = await organizationParty(api);
    const sent = await requestMutation(
      api,
      'partnershipRequestSend',
      { fromPartyId: me.id, toPartyId: other.id, message: 'Our message to you' },
      cookie,
    );
    const third = await organizationParty(api);
    const received = await requestMutation(
      api,
      'partnershipRequestSend',
      { fromPartyId: third.id, toPartyId: me.id, message: 'Theirs' },
      third.cookie,
    );
    await requestMutation(
      api,
      'partnershipRequestDecline',
      { requestId: received.request!.id, reason: 'Not this year' },
      cookie,
    );
    // when the person downloads their data
    const exported = await api.graphql<{ viewerDataExport: Record<string, Record<string, unknown>[]> }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie } },
    );
    // then what they wrote is in it
    expect(exported.body.data!.viewerDataExport.partnershipRequestsWritten).toEqual([
      expect.objectContaining({ id: sent.request!.uuid, message: 'Our message to you', to_party: other.uuid }),
    ]);
    expect(exported.body.data!.viewerDataExport.partnershipRequestsAnswered).toEqual([
      expect.objectContaining({ id: received.request!.uuid, status: 'DECLINED', decline_reason: 'Not this year' }),
    ]);
    // when the person erases their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    // then both requests stay with the organisations, naming no author
    const rows = await knexRows<{ id: string; created_by: string | null; answered_by: string | null; status: string }>(
      api.orm.em.getKnex(),
      'select id, created_by, answered_by, status from partnership_request where id = any(?) order by created_at',
      [[sent.request!.uuid, received.request!.uuid]],
    );
    expect(rows).toEqual([
      { id: sent.request!.uuid, created_by: null, answered_by: null, status: 'PENDING' },
      { id: received.request!.uuid, created_by: third.userId, answered_by: null, status: 'DECLINED' },
    ]);
  });
});
