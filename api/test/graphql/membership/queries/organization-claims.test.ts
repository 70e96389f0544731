import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginate } from '../../../../src/common/pagination/paginate.js';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { OrganizationInvitationEntity } from '../../../../src/modules/membership/membership.entities.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { createOrganizations } from '../../../support/factories.js';

const CLAIMS = `query C($after: String) {
  organizationClaims(first: 2, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id claimantName claimantEmail message organization { id } } }
  }
}`;

interface Claims {
  organizationClaims: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        claimantName: string;
        claimantEmail: string;
        message: string | null;
        organization: { id: string };
      };
    }[];
  };
}

describe('organizationClaims', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lists the claims waiting for officers, oldest first, page by page, and drops decided ones', async () => {
    // given three people claiming three organisations
    const organizations = await createOrganizations(api.orm, [
      { nameEn: 'Claimed A' },
      { nameEn: 'Claimed B' },
      { nameEn: 'Claimed C' },
    ]);
    const ids = organizations.map((o) => toGlobalId('Organization', o.id));
    const claimants = [];
    for (const [index, organizationId] of ids.entries()) {
      const person = await createTestPerson(api, { name: `Claimant ${index}` });
      const cookie = await signIn(api, person.email, person.password);
      const claimed = await api.graphql<{ organizationClaim: { claimId: string } }>(
        `mutation($input: OrganizationClaimInput!) { organizationClaim(input: $input) { claimId } }`,
        { input: { organizationId, message: `I am the director (${index})` } },
        { headers: { cookie } },
      );
      claimants.push({ ...person, claimId: claimed.body.data!.organizationClaim.claimId });
    }
    const officer = await createTestPerson(api, { name: 'Officer', roles: ['PROGRAMME_OFFICER'] });
    const officerCookie = await signIn(api, officer.email, officer.password);

    // when an officer pages through them
    const first = await api.graphql<Claims>(CLAIMS, {}, { headers: { cookie: officerCookie } });
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data!.organizationClaims;
    const second = await api.graphql<Claims>(
      CLAIMS,
      { after: page1.pageInfo.endCursor },
      { headers: { cookie: officerCookie } },
    );
    const page2 = second.body.data!.organizationClaims;

    // then each claim comes once, in order, with what the officer needs to check it
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e) => e.node)).toEqual(
      claimants.map((c, index) => ({
        id: c.claimId,
        claimantName: `Claimant ${index}`,
        claimantEmail: c.email,
        message: `I am the director (${index})`,
        organization: { id: ids[index] },
      })),
    );

    // and a decided claim leaves the list
    await api.graphql(
      `mutation($input: OrganizationClaimDecideInput!) { organizationClaimDecide(input: $input) { userErrors { code } } }`,
      { input: { claimId: claimants[0]!.claimId, approve: true } },
      { headers: { cookie: officerCookie } },
    );
    const after = await api.graphql<Claims>(CLAIMS, {}, { headers: { cookie: officerCookie } });
    expect(after.body.data!.organizationClaims.totalCount).toBe(2);
  });

  it('gives each claim once when claims were written within the same millisecond', async () => {
    // given five claims whose times differ only in microseconds, as a writer other than the API might set them
    const organizations = await createOrganizations(
      api.orm,
      [1, 2, 3, 4, 5].map((n) => ({ nameEn: `Same instant ${n}` })),
    );
    const claimIds = [];
    for (const organization of organizations) {
      const person = await createTestPerson(api, { name: 'Same instant claimant' });
      const cookie = await signIn(api, person.email, person.password);
      const claimed = await api.graphql<{ organizationClaim: { claimId: string } }>(
        `mutation($input: OrganizationClaimInput!) { organizationClaim(input: $input) { claimId } }`,
        { input: { organizationId: toGlobalId('Organization', organization.id) } },
        { headers: { cookie } },
      );
      claimIds.push(claimed.body.data!.organizationClaim.claimId);
    }
    await api.orm.em.getConnection().execute(
      `update organization_claim
          set created_at = timestamptz '2000-01-01T00:00:00.123000Z' + make_interval(secs => random() / 10000)`,
    );
    const officer = await createTestPerson(api, { name: 'Officer', roles: ['PROGRAMME_OFFICER'] });
    const cookie = await signIn(api, officer.email, officer.password);

    // when an officer walks every page
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const answer: GraphQLResponse<Claims> = await api.graphql<Claims>(CLAIMS, { after }, { headers: { cookie } });
      const connection = answer.body.data!.organizationClaims;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }

    // then every pending claim comes exactly once
    const pending = await api.orm.em
      .getConnection()
      .execute<{ id: string }[]>(`select id from organization_claim where status = 'PENDING'`);
    expect(seen).toHaveLength(pending.length);
    expect(new Set(seen)).toEqual(new Set(pending.map((row) => toGlobalId('OrganizationClaim', row.id))));
    expect(seen).toEqual(expect.arrayContaining(claimIds));
  });

  it('refuses to page by a time kept to the microsecond', async () => {
    // given an entity whose creation time keeps microseconds (an invitation's)
    const em = api.orm.em.fork();

    // when a list would page by it, then the mistake is named before any page is read
    await expect(
      paginate(
        em as never,
        OrganizationInvitationEntity,
        {},
        {
          page: { direction: 'forward', size: 2 },
          orderBy: { createdAt: 'asc', id: 'asc' },
          kind: 'invitation',
          toNode: (i) => i,
        },
      ),
    ).rejects.toThrow(/OrganizationInvitationEntity.createdAt orders pages but keeps microseconds/);
  });
});
