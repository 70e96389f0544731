import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { emailsTo } from '../../../support/accounts.js';
import {
  CONTRIBUTION,
  auditActions,
  closeConsultation,
  createOwnerCookie,
  insertConsultation,
  insertContribution,
  mutate,
  organization,
} from '../participation-support.js';

describe('consultationContributionAnswer', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("answers a contribution in analysis with its reason, audited, and emails the organisation's editors in ar and en", async () => {
    // given
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, org.uuid);
    await closeConsultation(api, consultation.uuid);
    // when
    const result = await mutate(
      api,
      'consultationContributionAnswer',
      { contributionId: contribution.id, answer: 'PARTLY_ACCEPTED', reason: 'Home visits added for two governorates.' },
      consultation.ownerCookie,
      CONTRIBUTION,
    );
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.contribution).toMatchObject({
      answer: 'PARTLY_ACCEPTED',
      answerReason: 'Home visits added for two governorates.',
    });
    expect(await auditActions(api, contribution.uuid)).toEqual(['CONSULTATION_CONTRIBUTION_ANSWERED']);
    const emails = await emailsTo(api, org.email);
    expect(emails.map((e) => e.kind)).toEqual(['CONSULTATION_CONTRIBUTION_ANSWERED']);
    expect(emails[0]!.text).toContain('مقبولة جزئياً');
    expect(emails[0]!.text).toContain('partly accepted');
  });

  it('refuses an answer by someone who does not own the consultation (an officer, the organisation): NOT_AN_OWNER', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, org.uuid);
    await closeConsultation(api, consultation.uuid);
    for (const cookie of [await createOwnerCookie(api), org.cookie]) {
      const result = await mutate(
        api,
        'consultationContributionAnswer',
        { contributionId: contribution.id, answer: 'ACCEPTED', reason: 'Yes' },
        cookie,
        CONTRIBUTION,
      );
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_AN_OWNER', field: ['input', 'contributionId'] }),
      ]);
    }
    expect(await emailsTo(api, org.email)).toEqual([]);
  });

  it('refuses an answer while open (NOT_IN_ANALYSIS) and without a reason (REASON_REQUIRED)', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, org.uuid);
    const open = await mutate(
      api,
      'consultationContributionAnswer',
      { contributionId: contribution.id, answer: 'ACCEPTED', reason: 'Yes' },
      consultation.ownerCookie,
      CONTRIBUTION,
    );
    expect(open.userErrors.map((e) => e.code)).toEqual(['NOT_IN_ANALYSIS']);
    await closeConsultation(api, consultation.uuid);
    const noReason = await mutate(
      api,
      'consultationContributionAnswer',
      { contributionId: contribution.id, answer: 'NOT_ACCEPTED', reason: ' ' },
      consultation.ownerCookie,
      CONTRIBUTION,
    );
    expect(noReason.userErrors).toEqual([
      expect.objectContaining({ code: 'REASON_REQUIRED', field: ['input', 'reason'] }),
    ]);
  });
});
