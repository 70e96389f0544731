import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertPartnership, organizationParty, type Party } from '../requests-support.js';

const BY_GOVERNORATE = /* GraphQL */ `
  query ($filter: PartnershipFilter) {
    partnershipsByGovernorate(filter: $filter) {
      key
      count
    }
  }
`;

interface Counts {
  partnershipsByGovernorate: { key: string; count: number }[];
}

describe('partnershipsByGovernorate (the public registry map)', () => {
  let api: TestApi;
  let a: Party;
  let b: Party;
  beforeAll(async () => {
    api = await startTestApi();
    a = await organizationParty(api);
    b = await organizationParty(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const counts = async (filter?: Record<string, unknown>) => {
    const response = await api.graphql<Counts>(BY_GOVERNORATE, { filter });
    expect(response.body.errors).toBeUndefined();
    return new Map(response.body.data!.partnershipsByGovernorate.map((row) => [row.key, row.count]));
  };

  it('counts public partnerships where they work, under the filters, for anyone', async () => {
    // given: two active and one completed in Mafraq (one also in Irbid), and a proposed and a terminated one there
    const organizations = [a.uuid, b.uuid];
    const before = await counts();
    const beforeWomen = await counts({ targetGroup: 'WOMEN' });
    await insertPartnership(api, { organizations, governorates: ['JO-MA', 'JO-IR'], targetGroups: ['WOMEN'] });
    await insertPartnership(api, { organizations, governorates: ['JO-MA'] });
    await insertPartnership(api, { organizations, status: 'COMPLETED', governorates: ['JO-MA'] });
    await insertPartnership(api, { organizations, status: 'PROPOSED', governorates: ['JO-MA'] });
    await insertPartnership(api, { organizations, status: 'TERMINATED', governorates: ['JO-MA'] });

    // when
    const after = await counts();
    const completed = await counts({ status: 'COMPLETED' });
    const women = await counts({ targetGroup: 'WOMEN' });
    const withInstitutions = await counts({ kind: 'CSO_INSTITUTION' });
    const proposed = await counts({ status: 'PROPOSED' });

    // then: proposed and terminated ones never counted; the filter's other dimensions narrow the counts
    const delta = (map: Map<string, number>, base: Map<string, number>, key: string) =>
      (map.get(key) ?? 0) - (base.get(key) ?? 0);
    expect(delta(after, before, 'JO-MA')).toBe(3);
    expect(delta(after, before, 'JO-IR')).toBe(1);
    expect(delta(completed, before, 'JO-MA')).toBe(1);
    expect(delta(completed, before, 'JO-IR')).toBe(0);
    expect(delta(women, beforeWomen, 'JO-MA')).toBe(1);
    expect(delta(women, beforeWomen, 'JO-IR')).toBe(1);
    expect(delta(withInstitutions, before, 'JO-MA')).toBe(0);
    expect(proposed.size).toBe(0);
  });
});
