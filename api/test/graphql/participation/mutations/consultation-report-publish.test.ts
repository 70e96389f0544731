import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  auditActions,
  closeConsultation,
  createOwnerCookie,
  insertConsultation,
  insertContribution,
  mutate,
  organization,
} from '../participation-support.js';

describe('consultationReportPublish', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('publishes the report once every contribution is answered: ANSWERED, audited', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, org.uuid);
    await closeConsultation(api, consultation.uuid);
    const early = await mutate(
      api,
      'consultationReportPublish',
      { consultationId: consultation.id },
      consultation.ownerCookie,
      'consultation { phase }',
    );
    expect(early.userErrors.map((e) => e.code)).toEqual(['ANSWERS_MISSING']);
    await mutate(
      api,
      'consultationContributionAnswer',
      { contributionId: contribution.id, answer: 'ACCEPTED', reason: 'Taken in.' },
      consultation.ownerCookie,
      'contribution { uuid }',
    );
    const result = await mutate(
      api,
      'consultationReportPublish',
      { consultationId: consultation.id },
      consultation.ownerCookie,
      'consultation { phase answeredAt }',
    );
    expect(result.userErrors).toEqual([]);
    expect(result.consultation).toMatchObject({ phase: 'ANSWERED' });
    expect(await auditActions(api, consultation.uuid)).toEqual(['CONSULTATION_REPORT_PUBLISHED']);
  });

  it('refuses while open (NOT_IN_ANALYSIS) and someone not owning it (NOT_AN_OWNER)', async () => {
    const consultation = await insertConsultation(api);
    const open = await mutate(
      api,
      'consultationReportPublish',
      { consultationId: consultation.id },
      consultation.ownerCookie,
      'consultation { phase }',
    );
    expect(open.userErrors.map((e) => e.code)).toEqual(['NOT_IN_ANALYSIS']);
    const other = await mutate(
      api,
      'consultationReportPublish',
      { consultationId: consultation.id },
      await createOwnerCookie(api),
      'consultation { phase }',
    );
    expect(other.userErrors.map((e) => e.code)).toEqual(['NOT_AN_OWNER']);
  });
});
