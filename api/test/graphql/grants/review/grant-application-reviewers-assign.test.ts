import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  auditActions,
  insertCall,
  institution,
  mutate,
  officer,
  organization,
  type CallRow,
} from '../grants-support.js';
import { applicationStatus, assign, count, eligible, reviewer, setRubric, submitted } from './review-support.js';

describe('grantApplicationReviewersAssign', () => {
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

  it('assigns two free reviewers: the application moves under review, audited', async () => {
    // given
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    // when
    const result = await assign(api, officerCookie, application.id, [a.uuid, b.uuid]);
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.application).toEqual({ status: 'UNDER_REVIEW' });
    expect(result.assignments.map((x) => x.status)).toEqual(['ASSIGNED', 'ASSIGNED']);
    expect(await auditActions(api, application.uuid)).toEqual([
      'GRANT_APPLICATION_STARTED',
      'GRANT_APPLICATION_SUBMITTED',
      'GRANT_APPLICATION_ELIGIBLE',
      'GRANT_APPLICATION_UNDER_REVIEW',
    ]);
    expect(await auditActions(api, result.assignments[0]!.uuid)).toEqual(['REVIEW_ASSIGNED']);
  });

  it('never assigns a member of a co-applicant, nor of the lead or an associate; nothing is written', async () => {
    // given: a co-applicant and an associate (written straight to the table: the partner flow is tested elsewhere)
    const application = await eligible(api, officerCookie, call);
    const coApplicant = await organization(api);
    const associate = await institution(api);
    await api.orm.em
      .getKnex()('grant_application_partner')
      .insert([
        { application_id: application.uuid, position: 1, role: 'CO_APPLICANT', organization_id: coApplicant.uuid },
        { application_id: application.uuid, position: 2, role: 'ASSOCIATE', institution_id: associate.uuid },
      ]);
    const free = await reviewer(api);
    const ofCoApplicant = await reviewer(api, [{ organizationId: coApplicant.uuid, role: 'VIEWER' }]);
    const ofLead = await reviewer(api, [{ organizationId: application.lead.uuid, role: 'VIEWER' }]);
    const ofAssociate = await reviewer(api);
    await api.orm.em
      .getKnex()('institution_member')
      .insert({ institution_id: associate.uuid, user_id: ofAssociate.uuid, role: 'VIEWER' });
    const before = await count(api, 'review_assignment');
    for (const conflicted of [ofCoApplicant, ofLead, ofAssociate]) {
      // when
      const result = await assign(api, officerCookie, application.id, [free.uuid, conflicted.uuid]);
      // then
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: 'CONFLICT_OF_INTEREST', field: ['input', 'reviewerIds', '1'] }),
      ]);
    }
    expect(await count(api, 'review_assignment')).toBe(before);
    expect(await applicationStatus(api, application.uuid)).toBe('ELIGIBLE');
    // and the picker marks them
    const response = await api.graphql<{
      grantApplication: { reviewerCandidates: { userId: string; conflict: string | null }[] };
    }>(
      `query($id: ID!) { grantApplication(id: $id) { reviewerCandidates { userId conflict assigned } } }`,
      { id: application.id },
      { headers: { cookie: officerCookie } },
    );
    const conflictOf = new Map(
      response.body.data!.grantApplication.reviewerCandidates.map((c) => [c.userId, c.conflict]),
    );
    expect([free, ofCoApplicant, ofLead, ofAssociate].map((r) => conflictOf.get(r.uuid))).toEqual([
      null,
      'MEMBER',
      'MEMBER',
      'MEMBER',
    ]);
  });

  it('never assigns a reviewer who declared a conflict on the application', async () => {
    // given
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const c = await reviewer(api);
    const first = await assign(api, officerCookie, application.id, [a.uuid, b.uuid]);
    const ofA = first.assignments.find((x) => x.reviewerId === a.uuid)!;
    const declared = await mutate(
      api,
      'reviewConflictDeclare',
      { assignmentId: ofA.id, reason: 'I advised the lead last year' },
      a.cookie,
      'assignment { status } userErrors { code }',
    );
    expect(declared).toMatchObject({ assignment: { status: 'CONFLICTED' }, userErrors: [] });
    // when: a replacement is needed and the officer tries the same reviewer on a new assignment of the subject
    const again = await assign(api, officerCookie, application.id, [a.uuid]);
    // then
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT_DECLARED', field: ['input', 'reviewerIds', '0'] }),
    ]);
    // one active reviewer left: adding one free reviewer makes two again
    expect((await assign(api, officerCookie, application.id, [c.uuid])).userErrors).toEqual([]);
  });

  it('refuses fewer than two reviewers, a non-reviewer, a duplicate, and an application not yet eligible', async () => {
    const application = await eligible(api, officerCookie, call);
    const a = await reviewer(api);
    const b = await reviewer(api);
    const notReviewer = await reviewer(api);
    await api.orm.em.getKnex()('platform_role').where({ user_id: notReviewer.uuid }).delete();
    expect((await assign(api, officerCookie, application.id, [a.uuid])).userErrors.map((e) => e.code)).toEqual([
      'TOO_FEW_REVIEWERS',
    ]);
    expect(
      (await assign(api, officerCookie, application.id, [a.uuid, notReviewer.uuid])).userErrors.map((e) => e.code),
    ).toEqual(['NOT_A_REVIEWER']);
    expect((await assign(api, officerCookie, application.id, [a.uuid, a.uuid])).userErrors.map((e) => e.code)).toEqual([
      'ALREADY_ASSIGNED',
    ]);
    const notEligible = await submitted(api, call);
    expect((await assign(api, officerCookie, notEligible.id, [a.uuid, b.uuid])).userErrors.map((e) => e.code)).toEqual([
      'NOT_REVIEWABLE',
    ]);
    expect(await applicationStatus(api, application.uuid)).toBe('ELIGIBLE');
  });

  it('refuses assignment before the call has a rubric', async () => {
    const bare = await insertCall(api);
    const application = await eligible(api, officerCookie, bare);
    const result = await assign(api, officerCookie, application.id, [
      (await reviewer(api)).uuid,
      (await reviewer(api)).uuid,
    ]);
    expect(result.userErrors.map((e) => e.code)).toEqual(['RUBRIC_REQUIRED']);
  });
});
