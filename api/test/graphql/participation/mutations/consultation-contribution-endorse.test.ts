import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  CONTRIBUTION,
  auditActions,
  closeConsultation,
  insertConsultation,
  insertContribution,
  mutate,
  organization,
} from '../participation-support.js';

describe('consultationContributionEndorse', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const endorse = (cookie: string, contributionId: string, organizationId: string) =>
    mutate(api, 'consultationContributionEndorse', { contributionId, organizationId }, cookie, CONTRIBUTION);

  it('lets another verified organisation endorse once, audited', async () => {
    const consultation = await insertConsultation(api);
    const author = await organization(api, 'EDITOR');
    const other = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, author.uuid);
    const first = await endorse(other.cookie, contribution.id, other.id);
    expect(first.userErrors).toEqual([]);
    expect(first.contribution).toMatchObject({ endorsementCount: 1 });
    const second = await endorse(other.cookie, contribution.id, other.id);
    expect(second.userErrors).toEqual([
      expect.objectContaining({ code: 'ALREADY_ENDORSED', field: ['input', 'organizationId'] }),
    ]);
    expect(await auditActions(api, contribution.uuid)).toEqual(['CONSULTATION_CONTRIBUTION_ENDORSED']);
  });

  it('refuses endorsing its own contribution, an unverified organisation, and after the open phase', async () => {
    const consultation = await insertConsultation(api);
    const author = await organization(api, 'EDITOR');
    const unverified = await organization(api, 'EDITOR', { verificationState: 'UNVERIFIED' });
    const other = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, author.uuid);
    expect((await endorse(author.cookie, contribution.id, author.id)).userErrors.map((e) => e.code)).toEqual([
      'OWN_CONTRIBUTION',
    ]);
    expect((await endorse(unverified.cookie, contribution.id, unverified.id)).userErrors.map((e) => e.code)).toEqual([
      'ORGANIZATION_NOT_VERIFIED',
    ]);
    await closeConsultation(api, consultation.uuid);
    expect((await endorse(other.cookie, contribution.id, other.id)).userErrors.map((e) => e.code)).toEqual([
      'NOT_OPEN',
    ]);
  });
});
