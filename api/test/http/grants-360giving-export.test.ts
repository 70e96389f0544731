import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { threeSixtyGivingValidators } from '../support/three-sixty-giving.js';
import { insertAward } from '../graphql/grants/reports/reports-support.js';

describe('the awarded grants in the 360Giving Data Standard', () => {
  let api: TestApi;
  let withMsd: Awaited<ReturnType<typeof insertAward>>;
  let msdOrgId = '';
  beforeAll(async () => {
    api = await startTestApi();
    withMsd = await insertAward(api, { amountMinor: 45_000_50 });
    await insertAward(api);
    await insertAward(api, { status: 'TERMINATED' });
    // generated organisations carry their MoSD national number
    const [identifier]: { identifier: string }[] = await api.orm.em
      .getKnex()('organization_identifier')
      .where({ organization_id: withMsd.grantee.uuid, scheme: 'JO-MSD' })
      .select('identifier');
    msdOrgId = `JO-MSD-${identifier!.identifier}`;
  });
  afterAll(async () => {
    await api.stop();
  });

  it('serves a JSON package that validates against the published 360Giving schema', async () => {
    // when
    const response = await fetch(`${api.url}/exports/grants.360giving.json`);
    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
    const document = (await response.json()) as {
      grants: {
        id: string;
        amountAwarded: number;
        recipientOrganization: { id: string }[];
        fundingOrganization: { id: string }[];
      }[];
    };
    const validators = threeSixtyGivingValidators();
    expect(validators.errorsOf(validators.package, document)).toEqual([]);
    for (const grant of document.grants) expect(validators.errorsOf(validators.grant, grant)).toEqual([]);
    expect(document.grants).toHaveLength(2);
    const grant = document.grants.find((g) => g.id.endsWith(withMsd.uuid))!;
    expect(grant.amountAwarded).toBe(45_000.5);
    expect(grant.recipientOrganization[0]!.id).toBe(msdOrgId);
    expect(grant.fundingOrganization[0]!.id).toBe('XI-EORI-SHABAKA-PROGRAMME');
  });

  it('serves the same grants as CSV with the required columns', async () => {
    // when
    const response = await fetch(`${api.url}/exports/grants.360giving.csv`);
    // then
    expect(response.status).toBe(200);
    const records: Record<string, string>[] = parse(await response.text(), { bom: true, columns: true });
    expect(records).toHaveLength(2);
    const row = records.find((r) => r.Identifier!.endsWith(withMsd.uuid))!;
    expect(row).toMatchObject({
      Currency: 'EUR',
      'Amount Awarded': '45000.5',
      'Recipient Org:Identifier': msdOrgId,
      'Funding Org:Identifier': 'XI-EORI-SHABAKA-PROGRAMME',
    });
    for (const column of ['Title', 'Description', 'Award Date', 'Recipient Org:Name', 'Funding Org:Name'])
      expect(row[column]).not.toBe('');
  });
});
