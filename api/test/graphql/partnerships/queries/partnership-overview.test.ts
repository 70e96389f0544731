import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { insertPartnership, organizationParty, sendRequest, type Party } from '../requests-support.js';

const OVERVIEW = /* GraphQL */ `
  query {
    partnershipOverview {
      total
      byStatus {
        key
        count
      }
      byKind {
        key
        count
      }
      byGovernorate {
        key
        count
      }
      requestsByStatus {
        key
        count
      }
    }
  }
`;

interface Count {
  key: string;
  count: number;
}
interface Overview {
  partnershipOverview: {
    total: number;
    byStatus: Count[];
    byKind: Count[];
    byGovernorate: Count[];
    requestsByStatus: Count[];
  } | null;
}

const countOf = (counts: Count[], key: string) => counts.find((c) => c.key === key)?.count ?? 0;

describe('partnershipOverview (officers)', () => {
  let api: TestApi;
  let a: Party;
  let b: Party;
  let officerCookie = '';
  beforeAll(async () => {
    api = await startTestApi();
    a = await organizationParty(api);
    b = await organizationParty(api);
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    officerCookie = await signIn(api, officer.email, officer.password);
  });
  afterAll(async () => {
    await api.stop();
  });

  const overview = async (cookie: string) => {
    const response = await api.graphql<Overview>(OVERVIEW, undefined, { headers: { cookie } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.partnershipOverview!;
  };

  it('counts partnerships of every status, by kind and governorate, and requests by status', async () => {
    // given
    const before = await overview(officerCookie);
    await insertPartnership(api, {
      organizations: [a.uuid, b.uuid],
      status: 'ACTIVE',
      governorates: ['JO-MA', 'JO-IR'],
    });
    await insertPartnership(api, { organizations: [a.uuid, b.uuid], status: 'TERMINATED', governorates: ['JO-MA'] });
    await insertPartnership(api, { organizations: [a.uuid, b.uuid], status: 'PROPOSED' });
    await sendRequest(api, a, b);

    // when
    const after = await overview(officerCookie);

    // then: proposed and terminated ones counted too (officers see them), a partnership in two governorates in each
    expect(after.total - before.total).toBe(3);
    for (const status of ['ACTIVE', 'TERMINATED', 'PROPOSED']) {
      expect(countOf(after.byStatus, status) - countOf(before.byStatus, status)).toBe(1);
    }
    expect(countOf(after.byKind, 'CSO_CSO') - countOf(before.byKind, 'CSO_CSO')).toBe(3);
    expect(countOf(after.byGovernorate, 'JO-MA') - countOf(before.byGovernorate, 'JO-MA')).toBe(2);
    expect(countOf(after.byGovernorate, 'JO-IR') - countOf(before.byGovernorate, 'JO-IR')).toBe(1);
    expect(countOf(after.requestsByStatus, 'PENDING') - countOf(before.requestsByStatus, 'PENDING')).toBe(1);
  });

  it('is refused to a CSO member and to the public', async () => {
    // given: a member of an organisation, and no one signed in
    const member = a.cookie;

    // when
    const asMember = await api.graphql<Overview>(OVERVIEW, undefined, { headers: { cookie: member } });
    const anonymous = await api.graphql<Overview>(OVERVIEW);

    // then
    expect(asMember.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
