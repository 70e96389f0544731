import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { organizationParty, partnershipMutation, proposedPartnership } from '../requests-support.js';

describe('partnershipUpdate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const update = (id: string, fields: Record<string, unknown>, cookie: string) =>
    partnershipMutation(api, 'partnershipUpdate', { partnershipId: toGlobalId('Partnership', id), ...fields }, cookie);

  it('records purpose, places, groups, dates and the agreement; fields not given stay', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const id = await proposedPartnership(api, lead, partner);
    const first = await update(
      id,
      {
        purposeAr: 'خدمات منزلية لكبار السن',
        purposeEn: 'Home services for elderly people',
        governorates: ['JO-MA', 'JO-MA'],
        targetGroups: ['ELDERLY'],
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        mouSignedOn: '2026-12-20',
        agreementReference: 'MoU-2026-014',
      },
      partner.cookie,
    );
    expect(first.userErrors).toEqual([]);
    expect(first.partnership).toMatchObject({
      status: 'PROPOSED',
      purpose: { ar: 'خدمات منزلية لكبار السن', en: 'Home services for elderly people' },
      governorateCodes: ['JO-MA'],
      targetGroupCodes: ['ELDERLY'],
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      mouSignedOn: '2026-12-20',
      agreementReference: 'MoU-2026-014',
    });
    const second = await update(id, { agreementReference: 'MoU-2026-015' }, lead.cookie);
    expect(second.partnership).toMatchObject({
      agreementReference: 'MoU-2026-015',
      mouSignedOn: '2026-12-20',
      startsOn: '2027-01-01',
    });
  });

  it('refuses unknown codes, an end before the start, a malformed day and a stranger, changing nothing', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const id = await proposedPartnership(api, lead, partner);
    expect((await update(id, { governorates: ['JO-XX'], targetGroups: ['NOBODY'] }, lead.cookie)).userErrors).toEqual([
      { field: ['input', 'governorates', '0'], code: 'UNKNOWN_GOVERNORATE' },
      { field: ['input', 'targetGroups', '0'], code: 'UNKNOWN_TARGET_GROUP' },
    ]);
    expect((await update(id, { startsOn: '2027-06-01', endsOn: '2027-01-01' }, lead.cookie)).userErrors).toEqual([
      { field: ['input', 'endsOn'], code: 'END_BEFORE_START' },
    ]);
    const malformed = await api.graphql(
      'mutation($input: PartnershipUpdateInput!) { partnershipUpdate(input: $input) { userErrors { code } } }',
      { input: { partnershipId: toGlobalId('Partnership', id), startsOn: 'next week' } },
      { headers: { cookie: lead.cookie } },
    );
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stranger = await organizationParty(api, 'OWNER');
    expect((await update(id, { agreementReference: 'X' }, stranger.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'NOT_A_PARTNERSHIP_MEMBER' },
    ]);
    const unchanged = await update(id, {}, lead.cookie);
    expect(unchanged.partnership).toMatchObject({ governorateCodes: [], startsOn: null, agreementReference: null });
  });
});
