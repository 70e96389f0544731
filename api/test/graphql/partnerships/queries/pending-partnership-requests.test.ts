import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { organizationParty, requestMutation, sendRequest, type Party } from '../requests-support.js';

const PENDING = /* GraphQL */ `
  query ($first: Int, $after: String) {
    pendingPartnershipRequests(first: $first, after: $after) {
      totalCount
      edges {
        node {
          uuid
          status
          message
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Pending {
  pendingPartnershipRequests: {
    totalCount: number;
    edges: { node: { uuid: string; status: string; message: string; createdAt: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
}

describe('pendingPartnershipRequests (officers)', () => {
  let api: TestApi;
  let a: Party;
  let b: Party;
  let c: Party;
  let officerCookie = '';
  beforeAll(async () => {
    api = await startTestApi();
    a = await organizationParty(api);
    b = await organizationParty(api);
    c = await organizationParty(api);
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    officerCookie = await signIn(api, officer.email, officer.password);
  });
  afterAll(async () => {
    await api.stop();
  });

  const all = async () => {
    const uuids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await api.graphql<Pending>(PENDING, { first: 2, after }, { headers: { cookie: officerCookie } });
      expect(response.body.errors).toBeUndefined();
      const page: NonNullable<Pending['pendingPartnershipRequests']> = response.body.data!.pendingPartnershipRequests!;
      for (const edge of page.edges) {
        expect(edge.node.status).toBe('PENDING');
        uuids.push(edge.node.uuid);
      }
      if (!page.pageInfo.hasNextPage) return uuids;
      after = page.pageInfo.endCursor;
    }
  };

  it('lists the requests still waiting for an answer, oldest first, a page at a time; answered ones leave it', async () => {
    // given: three requests, the second then answered
    const first = await sendRequest(api, a, b, 'first');
    const second = await sendRequest(api, a, c, 'second');
    const third = await sendRequest(api, b, c, 'third');
    const declined = await requestMutation(
      api,
      'partnershipRequestDecline',
      { requestId: toGlobalId('PartnershipRequest', second), reason: 'Not this year' },
      c.cookie,
    );
    expect(declined.userErrors).toEqual([]);

    // when: every page of two
    const listed = await all();

    // then: the pending ones only, in the order they were sent
    expect(listed).not.toContain(second);
    expect(listed.filter((uuid) => [first, third].includes(uuid))).toEqual([first, third]);
  });

  it('is refused to a party of the requests and to the public', async () => {
    // when
    const asMember = await api.graphql<Pending>(PENDING, { first: 5 }, { headers: { cookie: a.cookie } });
    const anonymous = await api.graphql<Pending>(PENDING, { first: 5 });

    // then
    expect(asMember.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
