import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  CONTRIBUTION,
  auditActions,
  closeConsultation,
  insertConsultation,
  insertContribution,
  memberOf,
  mutate,
  organization,
} from '../participation-support.js';

describe('consultationContributionUpdate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('changes the position and reasons while open, with the version read, audited', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, org.uuid);
    const result = await mutate(
      api,
      'consultationContributionUpdate',
      { contributionId: contribution.id, version: 1, position: 'OPPOSE', comment: 'Changed our mind' },
      org.cookie,
      CONTRIBUTION,
    );
    expect(result.userErrors).toEqual([]);
    expect(result.contribution).toMatchObject({ position: 'OPPOSE', comment: 'Changed our mind', version: 2 });
    expect(await auditActions(api, contribution.uuid)).toEqual(['CONSULTATION_CONTRIBUTION_UPDATED']);
    const stale = await mutate(
      api,
      'consultationContributionUpdate',
      { contributionId: contribution.id, version: 1, comment: 'Again' },
      org.cookie,
      CONTRIBUTION,
    );
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
  });

  it('refuses a change once the open phase has closed: NOT_OPEN', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, org.uuid);
    await closeConsultation(api, consultation.uuid);
    const result = await mutate(
      api,
      'consultationContributionUpdate',
      { contributionId: contribution.id, version: 1, comment: 'Too late' },
      org.cookie,
      CONTRIBUTION,
    );
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_OPEN', field: ['input', 'contributionId'] }),
    ]);
  });

  it('refuses a member who is not an editor: NOT_AN_EDITOR', async () => {
    const consultation = await insertConsultation(api);
    const org = await organization(api, 'EDITOR');
    const contribution = await insertContribution(api, consultation, 0, org.uuid);
    const viewer = await memberOf(api, org.uuid, 'VIEWER');
    const result = await mutate(
      api,
      'consultationContributionUpdate',
      { contributionId: contribution.id, version: 1, comment: 'Not mine' },
      viewer,
      CONTRIBUTION,
    );
    expect(result.userErrors.map((e) => e.code)).toEqual(['NOT_AN_EDITOR']);
  });
});
