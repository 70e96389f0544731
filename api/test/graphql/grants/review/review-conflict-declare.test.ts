import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, mutate, officer, type CallRow } from '../grants-support.js';
import { assigned, eligible, reviewer, saveScores, setRubric } from './review-support.js';

describe('reviewConflictDeclare', () => {
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

  const declare = (cookie: string, assignmentId: string, reason: string) =>
    mutate(
      api,
      'reviewConflictDeclare',
      { assignmentId, reason },
      cookie,
      'assignment { status scores { score } } userErrors { code field }',
    );

  it('sets the assignment aside, erases its draft scores and remembers the conflict', async () => {
    // given
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, application.id, [a, b]);
    await saveScores(api, a.cookie, ofA!, [{ criterionCode: 'RELEVANCE', score: 5 }]);
    // when
    const result = await declare(a.cookie, ofA!, 'My sister chairs the lead');
    // then
    expect(result).toMatchObject({ assignment: { status: 'CONFLICTED', scores: [] }, userErrors: [] });
    const rows = await api.orm.em.getKnex()('review_conflict').where({ reviewer_id: a.uuid });
    expect(rows).toEqual([
      expect.objectContaining({ subject_id: application.uuid, reason: 'My sister chairs the lead' }),
    ]);
  });

  it('requires a reason, and refuses what is not the reviewer’s open assignment', async () => {
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const [ofA] = await assigned(api, officerCookie, application.id, [a, b]);
    expect((await declare(a.cookie, ofA!, '  ')).userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'reason'] },
    ]);
    expect((await declare(b.cookie, ofA!, 'Not mine')).userErrors.map((e) => e.code)).toEqual(['ASSIGNMENT_NOT_FOUND']);
    await declare(a.cookie, ofA!, 'Conflict');
    expect((await declare(a.cookie, ofA!, 'Again')).userErrors.map((e) => e.code)).toEqual(['ALREADY_SUBMITTED']);
  });
});
