import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, insertConsultation, mutate, organization } from '../participation-support.js';

describe('policyScorecardSubmit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const submit = (cookie: string, input: Record<string, unknown>) =>
    mutate(api, 'policyScorecardSubmit', input, cookie, 'entry { governorateCode quarter delivered evidenceNote }');

  it('records an answer per organisation, governorate and quarter (a second replaces it), aggregated per governorate and quarter', async () => {
    // given
    const consultation = await insertConsultation(api, {
      status: 'ANSWERED',
      opensInDays: -60,
      closesInDays: -30,
      governorates: ['JO-MA'],
    });
    const org = await organization(api, 'EDITOR');
    const base = { consultationId: consultation.id, organizationId: org.id, governorate: 'JO-MA', quarter: '2027-Q1' };
    // when
    expect((await submit(org.cookie, { ...base, delivered: 'NO', evidenceNote: 'No centre yet' })).userErrors).toEqual(
      [],
    );
    const second = await submit(org.cookie, {
      ...base,
      delivered: 'PARTLY',
      evidenceNote: 'One centre opened in Mafraq city',
    });
    // then
    expect(second.entry).toEqual({
      governorateCode: 'JO-MA',
      quarter: '2027-Q1',
      delivered: 'PARTLY',
      evidenceNote: 'One centre opened in Mafraq city',
    });
    expect(await auditActions(api, consultation.uuid)).toEqual([
      'POLICY_SCORECARD_SUBMITTED',
      'POLICY_SCORECARD_SUBMITTED',
    ]);
    const read = await api.graphql<{ consultation: { scorecard: unknown[] } }>(
      `query($id: ID!) { consultation(id: $id) { scorecard { governorateCode quarter organizations partly { value fewerThanFive } no { value fewerThanFive } } } }`,
      { id: consultation.id },
    );
    expect(read.body.data!.consultation.scorecard).toEqual([
      {
        governorateCode: 'JO-MA',
        quarter: '2027-Q1',
        organizations: 1,
        partly: { value: null, fewerThanFive: true },
        no: { value: 0, fewerThanFive: false },
      },
    ]);
  });

  it('refuses a policy not adopted (NOT_ADOPTED), a governorate not concerned (NOT_CONCERNED), a bad quarter and no evidence note', async () => {
    const open = await insertConsultation(api);
    const adopted = await insertConsultation(api, { status: 'ANSWERED', governorates: ['JO-MA'] });
    const org = await organization(api, 'EDITOR');
    const base = {
      organizationId: org.id,
      governorate: 'JO-MA',
      quarter: '2027-Q1',
      delivered: 'YES',
      evidenceNote: 'Seen',
    };
    const codes = async (input: Record<string, unknown>) =>
      (await submit(org.cookie, input)).userErrors.map((e) => e.code);
    expect(await codes({ ...base, consultationId: open.id })).toEqual(['NOT_ADOPTED']);
    expect(await codes({ ...base, consultationId: adopted.id, governorate: 'JO-AQ' })).toEqual(['NOT_CONCERNED']);
    expect(await codes({ ...base, consultationId: adopted.id, quarter: '2027-Q5' })).toEqual(['INVALID_VALUE']);
    expect(await codes({ ...base, consultationId: adopted.id, evidenceNote: ' ' })).toEqual(['EVIDENCE_NOTE_REQUIRED']);
  });
});
