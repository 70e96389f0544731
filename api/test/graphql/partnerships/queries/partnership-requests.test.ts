import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { institutionParty, organizationParty, requestMutation, sendRequest } from '../requests-support.js';

const BOX = /* GraphQL */ `
  query Box(
    $partyId: ID!
    $box: PartnershipRequestBox!
    $status: PartnershipRequestStatus
    $first: Int
    $after: String
  ) {
    partnershipRequests(partyId: $partyId, box: $box, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        node {
          uuid
          status
          message
          from {
            __typename
          }
          to {
            __typename
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Box {
  partnershipRequests: {
    totalCount: number;
    edges: { node: { uuid: string; status: string; message: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('partnershipRequests (inbox and outbox of a party)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const box = (variables: Record<string, unknown>, cookie: string) =>
    api.graphql<Box>(BOX, variables, { headers: { cookie } });

  it("lists a party's received and sent requests, newest first, by status, a page at a time", async () => {
    // given
    const me = await organizationParty(api);
    const a = await organizationParty(api);
    const b = await institutionParty(api);
    const c = await organizationParty(api);
    const fromA = await sendRequest(api, a, me, 'From A');
    const fromB = await sendRequest(api, b, me, 'From B');
    const toC = await sendRequest(api, me, c, 'To C');
    await requestMutation(
      api,
      'partnershipRequestDecline',
      { requestId: toGlobalId('PartnershipRequest', fromA), reason: 'No' },
      me.cookie,
    );
    // when
    const inbox = await box({ partyId: me.id, box: 'INBOX', first: 1 }, me.cookie);
    // then
    expect(inbox.body.errors).toBeUndefined();
    expect(inbox.body.data!.partnershipRequests.totalCount).toBe(2);
    expect(inbox.body.data!.partnershipRequests.edges.map((e) => e.node.uuid)).toEqual([fromB]);
    const next = await box(
      { partyId: me.id, box: 'INBOX', first: 1, after: inbox.body.data!.partnershipRequests.pageInfo.endCursor },
      me.cookie,
    );
    expect(next.body.data!.partnershipRequests.edges.map((e) => e.node)).toEqual([
      {
        uuid: fromA,
        status: 'DECLINED',
        message: 'From A',
        from: { __typename: 'Organization' },
        to: { __typename: 'Organization' },
      },
    ]);
    const pending = await box({ partyId: me.id, box: 'INBOX', status: 'PENDING' }, me.cookie);
    expect(pending.body.data!.partnershipRequests.edges.map((e) => e.node.uuid)).toEqual([fromB]);
    const outbox = await box({ partyId: me.id, box: 'OUTBOX' }, me.cookie);
    expect(outbox.body.data!.partnershipRequests.edges.map((e) => e.node.uuid)).toEqual([toC]);
    // the institution's own outbox, for its member
    const theirs = await box({ partyId: b.id, box: 'OUTBOX' }, b.cookie);
    expect(theirs.body.data!.partnershipRequests.edges.map((e) => e.node.uuid)).toEqual([fromB]);
  });

  it('refuses a person who does not act for the party, and lets an officer read', async () => {
    const me = await organizationParty(api);
    const a = await organizationParty(api);
    await sendRequest(api, a, me);
    const stranger = await box({ partyId: me.id, box: 'INBOX' }, a.cookie);
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viewer = await organizationParty(api, 'VIEWER');
    expect((await box({ partyId: viewer.id, box: 'INBOX' }, viewer.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const person = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const officer = await signIn(api, person.email, person.password);
    const read = await box({ partyId: me.id, box: 'INBOX' }, officer);
    expect(read.body.data!.partnershipRequests.totalCount).toBe(1);
  });

  it('shows a request as a node to its two parties only', async () => {
    const me = await organizationParty(api);
    const a = await organizationParty(api);
    const id = toGlobalId('PartnershipRequest', await sendRequest(api, a, me));
    const node = (cookie?: string) =>
      api.graphql<{ node: { status: string } | null }>(
        'query($id: ID!) { node(id: $id) { ... on PartnershipRequest { status } } }',
        { id },
        cookie ? { headers: { cookie } } : {},
      );
    expect((await node(me.cookie)).body.data!.node).toEqual({ status: 'PENDING' });
    expect((await node(a.cookie)).body.data!.node).toEqual({ status: 'PENDING' });
    expect((await node()).body.data!.node).toBeNull();
    const stranger = await organizationParty(api, 'OWNER');
    expect((await node(stranger.cookie)).body.data!.node).toBeNull();
  });
});
