/** What the review tests share: reviewers, eligible applications of one call, rubrics, assignments and scores. */
import { randomUUID } from 'node:crypto';
import type { MemberRoleName } from '../../../../src/common/auth/viewer.js';
import { knexRows } from '../../../../src/database/sql.js';
import type { TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { completeApplication, mutate, organization, type CallRow, type Party } from '../grants-support.js';

export interface Reviewer {
  uuid: string;
  cookie: string;
  email: string;
}

/** A signed-in holder of the reviewer role (a member of the given organisations when said). */
export async function reviewer(
  api: TestApi,
  memberships: { organizationId: string; role: MemberRoleName }[] = [],
): Promise<Reviewer> {
  const p = await createTestPerson(api, { roles: ['REVIEWER'], memberships });
  return { uuid: p.id, cookie: await signIn(api, p.email, p.password), email: p.email };
}

/** A submitted application of a new lead to `call` (in lot `lot`, 0 or 1). */
export async function submitted(
  api: TestApi,
  call: CallRow,
  lot = 0,
): Promise<{ id: string; uuid: string; lead: Party }> {
  const lead = await organization(api);
  const draft = await completeApplication(api, call, lead, { lotId: call.lots[lot]!.id });
  const result = await mutate(
    api,
    'grantApplicationSubmit',
    { applicationId: draft.id, idempotencyKey: randomUUID() },
    lead.cookie,
  );
  if (!result.application) throw new Error(JSON.stringify(result.userErrors));
  return { id: result.application.id, uuid: result.application.uuid, lead };
}

/** A submitted application declared eligible by the officer. */
export async function eligible(api: TestApi, officerCookie: string, call: CallRow, lot = 0) {
  const application = await submitted(api, call, lot);
  const result = await mutate(
    api,
    'grantApplicationEligibilityDecide',
    { applicationId: application.id, eligible: true },
    officerCookie,
    'application { status } userErrors { code field }',
  );
  if ((result.userErrors ?? []).length) throw new Error(JSON.stringify(result.userErrors));
  return application;
}

export const CRITERIA = [
  { code: 'RELEVANCE', titleEn: 'Relevance', titleAr: 'الصلة', weight: 2 },
  { code: 'FEASIBILITY', titleEn: 'Feasibility', titleAr: 'قابلية التنفيذ', weight: 1 },
];

export async function setRubric(api: TestApi, officerCookie: string, call: CallRow, divergenceMargin = 1) {
  const result = await mutate(
    api,
    'grantCallRubricSet',
    { callId: call.id, criteria: CRITERIA, divergenceMargin },
    officerCookie,
    'rubric { divergenceMargin } userErrors { code field message }',
  );
  if ((result.userErrors ?? []).length) throw new Error(JSON.stringify(result.userErrors));
}

export interface AssignPayload {
  application: { status: string } | null;
  assignments: { id: string; uuid: string; reviewerId: string; status: string }[];
  userErrors: { code: string; field: string[] | null; message: string }[];
}

export async function assign(api: TestApi, officerCookie: string, applicationId: string, reviewerIds: string[]) {
  return (await mutate(
    api,
    'grantApplicationReviewersAssign',
    { applicationId, reviewerIds },
    officerCookie,
    'application { status } assignments { id uuid reviewerId status } userErrors { code field message }',
  )) as unknown as AssignPayload;
}

/** Assigns the reviewers and returns each one's assignment id, in the order given. */
export async function assigned(api: TestApi, officerCookie: string, applicationId: string, reviewers: Reviewer[]) {
  const result = await assign(
    api,
    officerCookie,
    applicationId,
    reviewers.map((r) => r.uuid),
  );
  if (result.userErrors.length) throw new Error(JSON.stringify(result.userErrors));
  return reviewers.map((r) => result.assignments.find((a) => a.reviewerId === r.uuid)!.id);
}

export const ASSIGNMENT_FIELDS = 'id status submittedAt scores { criterionCode score comment }';

export interface ScorePayload {
  assignment: { id: string; status: string; scores: { criterionCode: string; score: number }[] | null } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

export async function saveScores(
  api: TestApi,
  cookie: string,
  assignmentId: string,
  scores: { criterionCode: string; score: number; comment?: string }[],
) {
  return (await mutate(
    api,
    'reviewScoresSave',
    { assignmentId, scores },
    cookie,
    `assignment { ${ASSIGNMENT_FIELDS} } userErrors { code field message }`,
  )) as unknown as ScorePayload;
}

export async function submitReview(api: TestApi, cookie: string, assignmentId: string) {
  return (await mutate(
    api,
    'reviewSubmit',
    { assignmentId },
    cookie,
    `assignment { ${ASSIGNMENT_FIELDS} } userErrors { code field message }`,
  )) as unknown as ScorePayload;
}

/** Scores both criteria and submits. */
export async function review(api: TestApi, r: Reviewer, assignmentId: string, relevance: number, feasibility: number) {
  const saved = await saveScores(api, r.cookie, assignmentId, [
    { criterionCode: 'RELEVANCE', score: relevance, comment: 'Relevant' },
    { criterionCode: 'FEASIBILITY', score: feasibility },
  ]);
  if (saved.userErrors.length) throw new Error(JSON.stringify(saved.userErrors));
  const done = await submitReview(api, r.cookie, assignmentId);
  if (done.userErrors.length) throw new Error(JSON.stringify(done.userErrors));
}

export async function applicationStatus(api: TestApi, uuid: string): Promise<string> {
  const [row] = await knexRows<{ status: string }>(
    api.orm.em.getKnex(),
    'select status from grant_application where id = ?',
    [uuid],
  );
  return row!.status;
}

export async function count(api: TestApi, table: string): Promise<number> {
  const [row] = await knexRows<{ n: number }>(api.orm.em.getKnex(), `select count(*)::int as n from ${table}`, []);
  return row!.n;
}
