import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailsTo } from '../../../support/accounts.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  completeFields,
  insertCall,
  institution,
  memberOf,
  mutate,
  organization,
  startApplication,
} from '../grants-support.js';

describe('grantApplicationUpdate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const update = (input: Record<string, unknown>, cookie: string) =>
    mutate(api, 'grantApplicationUpdate', input, cookie);

  it('saves the project, logframe and budget with their totals, and bumps the version', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await startApplication(api, call, lead);
    const result = await update(
      { applicationId: draft.id, version: draft.version, ...completeFields(call) },
      lead.cookie,
    );
    expect(result.userErrors).toEqual([]);
    expect(result.application).toMatchObject({
      version: 2,
      title: { en: 'Home care by neighbours', ar: 'رعاية منزلية من الجيران' },
      logframe: [{ indicators: [{ baseline: '0', target: '200' }] }],
      budgetLines: [
        { category: 'STAFF', requested: { amountMinor: 30_000_00, currency: 'EUR' } },
        { category: 'ACTIVITIES' },
      ],
      budgetTotals: {
        requested: { amountMinor: 45_000_00 },
        cofinancing: { amountMinor: 5_000_00 },
        total: { amountMinor: 50_000_00 },
        cofinancingBps: 1000,
      },
    });
  });

  it('refuses an edit made on an older version (two editors never overwrite each other)', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const other = await memberOf(api, lead.uuid, 'EDITOR');
    const draft = await startApplication(api, call, lead);
    expect((await update({ applicationId: draft.id, version: 1, titleEn: 'First' }, lead.cookie)).userErrors).toEqual(
      [],
    );
    const late = await update({ applicationId: draft.id, version: 1, titleEn: 'Second' }, other);
    expect(late.userErrors.map((e) => [e.code, e.field])).toEqual([['VERSION_CONFLICT', ['input', 'version']]]);
    const read = await api.graphql<{ grantApplication: { title: { en: string } } }>(
      `query($id: ID!) { grantApplication(id: $id) { title { en } } }`,
      { id: draft.id },
      { headers: { cookie: lead.cookie } },
    );
    expect(read.body.data!.grantApplication.title.en).toBe('First');
  });

  it("lets a co-applicant's editor edit the draft, invites new partners by email, keeps confirmations of those kept", async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const associate = await institution(api);
    const draft = await startApplication(api, call, lead);
    const withPartners = await update(
      { applicationId: draft.id, version: 1, coApplicantIds: [co.id], associateIds: [associate.id] },
      lead.cookie,
    );
    expect(withPartners.application!.partners).toEqual([
      { role: 'CO_APPLICANT', confirmed: false, organization: { uuid: co.uuid }, institution: null },
      { role: 'ASSOCIATE', confirmed: false, organization: null, institution: { uuid: associate.uuid } },
    ]);
    expect((await emailsTo(api, co.email)).filter((e) => e.kind === 'GRANT_PARTNER_INVITED')).toHaveLength(1);
    expect((await emailsTo(api, associate.email)).filter((e) => e.kind === 'GRANT_PARTNER_INVITED')).toHaveLength(1);
    await mutate(api, 'grantApplicationPartnerConfirm', { applicationId: draft.id, partnerId: co.id }, co.cookie);
    const byCo = await update(
      { applicationId: draft.id, version: 3, summaryEn: 'Written by the co-applicant', associateIds: [] },
      co.cookie,
    );
    expect(byCo.userErrors).toEqual([]);
    expect(byCo.application!.partners).toEqual([
      { role: 'CO_APPLICANT', confirmed: true, organization: { uuid: co.uuid }, institution: null },
    ]);
  });

  it('names unknown codes, duplicate partners and the lead named as its own partner', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const draft = await startApplication(api, call, lead);
    const result = await update(
      {
        applicationId: draft.id,
        version: 1,
        governorates: ['JO-MA', 'JO-ZZ'],
        targetGroups: [{ code: 'NOBODY', expectedBeneficiaries: 3 }],
        coApplicantIds: [co.id, co.id, lead.id],
      },
      lead.cookie,
    );
    expect(result.userErrors.map((e) => [e.code, e.field!.join('.')])).toEqual([
      ['UNKNOWN_GOVERNORATE', 'input.governorates.1'],
      ['UNKNOWN_TARGET_GROUP', 'input.targetGroups.0.code'],
      ['DUPLICATE_PARTNER', 'input.coApplicantIds.1'],
      ['DUPLICATE_PARTNER', 'input.coApplicantIds.2'],
    ]);
  });

  it('refuses a viewer of the lead and hides the draft from strangers', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await startApplication(api, call, lead);
    const viewer = await memberOf(api, lead.uuid, 'VIEWER');
    expect(
      (await update({ applicationId: draft.id, version: 1, titleEn: 'x' }, viewer)).userErrors.map((e) => e.code),
    ).toEqual(['NOT_A_MEMBER']);
    const stranger = await organization(api, 'OWNER');
    expect(
      (await update({ applicationId: draft.id, version: 1, titleEn: 'x' }, stranger.cookie)).userErrors.map(
        (e) => e.code,
      ),
    ).toEqual(['APPLICATION_NOT_FOUND']);
  });
});
