import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertAward } from '../reports/reports-support.js';

interface Grants {
  awardedGrants: {
    totalCount: number;
    edges: { node: Record<string, unknown> & { uuid: string } }[];
  };
}

describe('awardedGrants and awardedGrantTotals', () => {
  let api: TestApi;
  let first: Awaited<ReturnType<typeof insertAward>>;
  let terminated: Awaited<ReturnType<typeof insertAward>>;
  let msdOrgId = '';
  beforeAll(async () => {
    api = await startTestApi();
    first = await insertAward(api, { amountMinor: 40_000_00 });
    terminated = await insertAward(api, { status: 'TERMINATED' });
    // generated organisations carry their MoSD national number
    const [identifier]: { identifier: string }[] = await api.orm.em
      .getKnex()('organization_identifier')
      .where({ organization_id: first.grantee.uuid, scheme: 'JO-MSD' })
      .select('identifier');
    msdOrgId = `JO-MSD-${identifier!.identifier}`;
  });
  afterAll(async () => {
    await api.stop();
  });

  const list = async (filter: Record<string, unknown> | null) => {
    // signed out: the awarded grants are public
    const response = await api.graphql<Grants>(
      `query($filter: AwardedGrantFilter) { awardedGrants(filter: $filter, first: 20) { totalCount edges { node {
        id uuid title { en } amount { amountMinor currency } amountJod { amountMinor currency } lotTitle { en }
        recipientId recipientName { en } recipientOrgId governorateCodes targetGroupCodes durationMonths } } } }`,
      { filter },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.awardedGrants;
  };

  it('lists awarded grants in force to anyone, with public data only, and not a terminated one', async () => {
    // when
    const all = await list(null);
    // then
    const uuids = all.edges.map((e) => e.node.uuid);
    expect(uuids).toContain(first.uuid);
    expect(uuids).not.toContain(terminated.uuid);
    expect(all.edges.find((e) => e.node.uuid === first.uuid)!.node).toMatchObject({
      title: { en: 'Home care by neighbours' },
      amount: { amountMinor: 40_000_00, currency: 'EUR' },
      amountJod: { amountMinor: 30_800_000, currency: 'JOD' },
      lotTitle: { en: 'Lot 1' },
      recipientId: toGlobalId('Organization', first.grantee.uuid),
      recipientOrgId: msdOrgId,
      governorateCodes: ['JO-MA'],
      targetGroupCodes: ['ELDERLY'],
      durationMonths: 18,
    });
  });

  it('filters by lot, governorate, target group and organisation', async () => {
    // then
    const lot = toGlobalId('GrantLot', first.lotUuid);
    expect((await list({ lotId: lot })).edges.map((e) => e.node.uuid)).toEqual([first.uuid]);
    expect((await list({ governorate: 'JO-AJ' })).totalCount).toBe(0);
    expect((await list({ targetGroup: 'ELDERLY', organizationId: first.grantee.id })).totalCount).toBe(1);
    expect((await list({ targetGroup: 'PERSONS_WITH_DISABILITIES' })).totalCount).toBe(0);
  });

  it('gives each lot of a call what is awarded against its envelope', async () => {
    // when
    const response = await api.graphql<{ awardedGrantTotals: unknown[] }>(
      `query($id: ID!) { awardedGrantTotals(callId: $id) { lot { position envelope { amountMinor } }
        awarded { amountMinor currency } remaining { amountMinor } grantCount } }`,
      { id: toGlobalId('GrantCall', first.callUuid) },
    );
    // then
    expect(response.body.data!.awardedGrantTotals).toEqual([
      {
        lot: { position: 1, envelope: { amountMinor: 100_000_00 } },
        awarded: { amountMinor: 40_000_00, currency: 'EUR' },
        remaining: { amountMinor: 60_000_00 },
        grantCount: 1,
      },
      {
        lot: { position: 2, envelope: { amountMinor: 100_000_00 } },
        awarded: { amountMinor: 0, currency: 'EUR' },
        remaining: { amountMinor: 100_000_00 },
        grantCount: 0,
      },
    ]);
  });
});
