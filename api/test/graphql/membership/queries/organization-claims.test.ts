import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
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
});
