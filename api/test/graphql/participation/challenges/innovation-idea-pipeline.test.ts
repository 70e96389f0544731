import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall } from '../../grants/grants-support.js';
import { CRITERIA, review, reviewer, submitted } from '../../grants/review/review-support.js';
import { auditActions, mutate, officer, organization } from '../participation-support.js';
import { IDEA, insertChallenge, insertIdea, type ChallengeRow } from './challenge-support.js';

describe('the jury and the pipeline: innovationIdeaReviewersAssign, innovationIdeaShortlist, innovationIdeaStageMove', () => {
  let api: TestApi;
  let officerCookie = '';
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const rubric = async (challenge: ChallengeRow) => {
    const set = await mutate(
      api,
      'innovationChallengeRubricSet',
      { challengeId: challenge.id, criteria: CRITERIA, divergenceMargin: 1 },
      officerCookie,
      'rubric { divergenceMargin }',
    );
    expect(set.userErrors).toEqual([]);
  };
  const assign = (ideaId: string, reviewerIds: string[]) =>
    mutate(
      api,
      'innovationIdeaReviewersAssign',
      { ideaId, reviewerIds },
      officerCookie,
      'idea { stage } assignments { id reviewerId }',
    );
  const move = (input: Record<string, unknown>) => mutate(api, 'innovationIdeaStageMove', input, officerCookie, IDEA);

  it('takes an idea from the jury through shortlist and prototype to a pilot grant, then scaled; each move audited', async () => {
    // given an idea whose lead applied for a grant in the social innovation lot
    const call = await insertCall(api);
    const application = await submitted(api, call, 0);
    const challenge = await insertChallenge(api);
    await rubric(challenge);
    const idea = await insertIdea(api, challenge, application.lead.uuid);
    const [a, b] = [await reviewer(api), await reviewer(api)];
    // when the jury is assigned and reviews
    const assigned = await assign(idea.id, [a.uuid, b.uuid]);
    expect(assigned.userErrors).toEqual([]);
    expect(assigned.idea).toEqual({ stage: 'UNDER_REVIEW' });
    const assignments = assigned.assignments as { id: string; reviewerId: string }[];
    const early = await mutate(
      api,
      'innovationIdeaShortlist',
      { ideaId: idea.id, shortlisted: true },
      officerCookie,
      IDEA,
    );
    expect(early.userErrors.map((e) => e.code)).toEqual(['REVIEWS_INCOMPLETE']);
    await review(api, a, assignments.find((x) => x.reviewerId === a.uuid)!.id, 4, 5);
    await review(api, b, assignments.find((x) => x.reviewerId === b.uuid)!.id, 5, 4);
    const result = await api.graphql<{ node: { juryResult: { submittedCount: number; meanScore: number } } }>(
      `query($id: ID!) { node(id: $id) { ... on InnovationIdea { juryResult { submittedCount meanScore } } } }`,
      { id: idea.id },
      { headers: { cookie: officerCookie } },
    );
    expect(result.body.data!.node.juryResult.submittedCount).toBe(2);
    // then it is shortlisted, prototyped, piloted with its grant and scaled
    const shortlisted = await mutate(
      api,
      'innovationIdeaShortlist',
      { ideaId: idea.id, shortlisted: true, note: 'Strong community roots' },
      officerCookie,
      IDEA,
    );
    expect(shortlisted.idea).toMatchObject({ stage: 'SHORTLISTED', stageNote: 'Strong community roots' });
    expect((await move({ ideaId: idea.id, to: 'PROTOTYPE', note: 'Co-design workshop in Ma’an' })).idea).toMatchObject({
      stage: 'PROTOTYPE',
    });
    const noGrant = await move({ ideaId: idea.id, to: 'PILOT' });
    expect(noGrant.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['GRANT_REQUIRED', ['input', 'grantApplicationId']],
    ]);
    const piloted = await move({ ideaId: idea.id, to: 'PILOT', grantApplicationId: application.id });
    expect(piloted.userErrors).toEqual([]);
    expect(piloted.idea).toMatchObject({ stage: 'PILOT', pilotGrantApplicationId: application.id });
    const noLessons = await move({ ideaId: idea.id, to: 'SCALED' });
    expect(noLessons.userErrors.map((e) => e.code)).toEqual(['LESSONS_REQUIRED']);
    const scaled = await move({ ideaId: idea.id, to: 'SCALED', lessonsEn: 'Weekly visits need a local driver.' });
    expect(scaled.idea).toMatchObject({ stage: 'SCALED', lessons: { en: 'Weekly visits need a local driver.' } });
    expect(await auditActions(api, idea.uuid)).toEqual([
      'INNOVATION_IDEA_UNDER_REVIEW',
      'INNOVATION_IDEA_SHORTLISTED',
      'INNOVATION_IDEA_PROTOTYPE',
      'INNOVATION_IDEA_PILOT',
      'INNOVATION_IDEA_SCALED',
    ]);
    const counts = await api.graphql<{ innovationStageCounts: { stage: string; ideas: number }[] }>(
      `query { innovationStageCounts { stage ideas } }`,
    );
    expect(counts.body.data!.innovationStageCounts.find((c) => c.stage === 'SCALED')!.ideas).toBeGreaterThanOrEqual(1);
  });

  it("refuses a juror who is a member of the idea's team (the review module's conflict rule)", async () => {
    const challenge = await insertChallenge(api);
    await rubric(challenge);
    const lead = await organization(api);
    const partner = await organization(api);
    const idea = await insertIdea(api, challenge, lead.uuid);
    await api.orm.em
      .getKnex()('innovation_idea')
      .where({ id: idea.uuid })
      .update({ team_organization_ids: [partner.uuid] });
    const conflicted = await reviewer(api, [{ organizationId: partner.uuid, role: 'VIEWER' }]);
    const free = await reviewer(api);
    const result = await assign(idea.id, [free.uuid, conflicted.uuid]);
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['CONFLICT_OF_INTEREST', ['input', 'reviewerIds', '1']],
    ]);
    expect(result.idea).toBeNull();
  });

  it('refuses a pilot grant that is not of the team or not in a social innovation lot, and a move out of order', async () => {
    const call = await insertCall(api);
    const otherLead = await submitted(api, call, 0);
    const challenge = await insertChallenge(api);
    const lead = await organization(api);
    const idea = await insertIdea(api, challenge, lead.uuid, 'SHORTLISTED');
    const notTeam = await move({ ideaId: idea.id, to: 'PILOT', grantApplicationId: otherLead.id });
    expect(notTeam.userErrors.map((e) => e.code)).toEqual(['GRANT_NOT_ELIGIBLE']);
    const wrongLot = await submitted(api, call, 1);
    const ownIdea = await insertIdea(api, challenge, wrongLot.lead.uuid, 'SHORTLISTED');
    const lot = await move({ ideaId: ownIdea.id, to: 'PILOT', grantApplicationId: wrongLot.id });
    expect(lot.userErrors.map((e) => e.code)).toEqual(['GRANT_NOT_ELIGIBLE']);
    const submittedIdea = await insertIdea(api, challenge, (await organization(api)).uuid);
    const early = await move({ ideaId: submittedIdea.id, to: 'PROTOTYPE' });
    expect(early.userErrors.map((e) => [e.code, e.field])).toEqual([['WRONG_STAGE', ['input', 'to']]]);
    expect(await auditActions(api, idea.uuid)).toEqual([]);
  });
});
