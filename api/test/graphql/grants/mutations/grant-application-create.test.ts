import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, insertCall, memberOf, mutate, organization } from '../grants-support.js';

describe('grantApplicationCreate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const create = (input: Record<string, unknown>, cookie: string) =>
    mutate(api, 'grantApplicationCreate', input, cookie);

  it("starts a draft prefilled from the lead's directory profile (governorate, locality, target groups), audited", async () => {
    // given
    const call = await insertCall(api);
    const lead = await organization(api, 'EDITOR', { governorateCode: 'JO-MA' });
    await api.orm.em.getKnex()('organization').where({ id: lead.uuid }).update({ locality_type: 'RURAL' });
    await api.orm.em.getKnex()('organization_target_group').where({ organization_id: lead.uuid }).delete();
    await api.orm.em
      .getKnex()('organization_target_group')
      .insert([
        { organization_id: lead.uuid, target_group_code: 'WOMEN' },
        { organization_id: lead.uuid, target_group_code: 'YOUTH' },
      ]);
    // when
    const result = await create({ callId: call.id, leadOrganizationId: lead.id, lotId: call.lots[1]!.id }, lead.cookie);
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.application).toMatchObject({
      status: 'DRAFT',
      version: 1,
      governorateCodes: ['JO-MA'],
      locality: 'RURAL',
      targetGroups: [
        { code: 'WOMEN', expectedBeneficiaries: 0 },
        { code: 'YOUTH', expectedBeneficiaries: 0 },
      ],
      lot: { uuid: call.lots[1]!.uuid },
      lead: { uuid: lead.uuid },
      receiptNumber: null,
    });
    expect(await auditActions(api, result.application!.uuid)).toEqual(['GRANT_APPLICATION_STARTED']);
  });

  it('refuses a second application of the same lead to the call', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    await create({ callId: call.id, leadOrganizationId: lead.id }, lead.cookie);
    const again = await create({ callId: call.id, leadOrganizationId: lead.id }, lead.cookie);
    expect(again.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['ALREADY_APPLIED', ['input', 'leadOrganizationId']],
    ]);
  });

  it('refuses a call not yet open, one past its deadline, a draft call and a lot of another call', async () => {
    const lead = await organization(api);
    const early = await insertCall(api, { opensInDays: 2 });
    const late = await insertCall(api, { opensInDays: -20, deadlineInDays: -1 });
    const draft = await insertCall(api, { status: 'DRAFT' });
    const other = await insertCall(api);
    const codes = async (input: Record<string, unknown>) =>
      (await create({ leadOrganizationId: lead.id, ...input }, lead.cookie)).userErrors.map((e) => e.code);
    expect(await codes({ callId: early.id })).toEqual(['CALL_NOT_OPEN']);
    expect(await codes({ callId: late.id })).toEqual(['DEADLINE_PASSED']);
    expect(await codes({ callId: draft.id })).toEqual(['CALL_NOT_FOUND']);
    expect(await codes({ callId: other.id, lotId: early.lots[0]!.id })).toEqual(['UNKNOWN_LOT']);
  });

  it('refuses a viewer of the organisation (only editors and owners apply)', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const viewer = await memberOf(api, lead.uuid, 'VIEWER');
    const result = await create({ callId: call.id, leadOrganizationId: lead.id }, viewer);
    expect(result.userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
  });
});
