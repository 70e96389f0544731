import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, insertCall, mutate, officer, type CallRow } from '../grants-support.js';
import { assigned, eligible, reviewer, setRubric } from './review-support.js';

describe('grantApplicationRankingAnnotate', () => {
  let api: TestApi;
  let officerCookie: string;
  let call: CallRow;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
    call = await insertCall(api);
    await setRubric(api, officerCookie, call);
  });
  afterAll(async () => {
    await api.stop();
  });

  const annotate = (applicationId: string, note: string | null) =>
    mutate(
      api,
      'grantApplicationRankingAnnotate',
      { applicationId, note },
      officerCookie,
      'application { rankingNote } userErrors { code }',
    );

  it('writes and clears the note of an application in a ranking, audited; refuses one not yet ranked', async () => {
    const application = await eligible(api, officerCookie, call);
    expect((await annotate(application.id, 'Early')).userErrors).toEqual([{ code: 'APPLICATION_NOT_FOUND' }]);
    await assigned(api, officerCookie, application.id, [await reviewer(api), await reviewer(api)]);
    expect(await annotate(application.id, 'Check the budget')).toMatchObject({
      application: { rankingNote: 'Check the budget' },
      userErrors: [],
    });
    expect((await annotate(application.id, '')).application).toEqual({ rankingNote: null });
    expect((await auditActions(api, application.uuid)).filter((a) => a === 'GRANT_APPLICATION_ANNOTATED')).toHaveLength(
      2,
    );
  });
});
