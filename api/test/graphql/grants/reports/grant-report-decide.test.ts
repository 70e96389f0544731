import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { isGrantReportApproved } from '../../../../src/modules/grants/reports/index.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, officer } from '../grants-support.js';
import { insertAward, reportContent, reportMutation, submittedReport } from './reports-support.js';

describe('grantReportDecide and grantReportResubmit', () => {
  let api: TestApi;
  let officerCookie = '';
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const approved = (awardUuid: string, sequence = 1) =>
    isGrantReportApproved(api.orm.em.fork(), awardUuid, { kind: 'INTERIM', sequence });

  it('returns an interim report with comments, takes it corrected, approves it, and the tranche hook follows', async () => {
    // given
    const award = await insertAward(api);
    const report = await submittedReport(api, award);
    // when
    const returned = await reportMutation(
      api,
      'grantReportDecide',
      { reportId: report.id, version: 1, decision: 'RETURN', comments: 'Attach the staff time sheets.' },
      officerCookie,
    );
    const hookWhenReturned = await approved(award.uuid);
    const resubmitted = await reportMutation(
      api,
      'grantReportResubmit',
      { reportId: report.id, version: 2, ...reportContent({ narrativeEn: 'Time sheets attached.' }) },
      award.grantee.cookie,
    );
    const approval = await reportMutation(
      api,
      'grantReportDecide',
      { reportId: report.id, version: 3, decision: 'APPROVE' },
      officerCookie,
    );
    // then
    expect(returned.report).toMatchObject({
      status: 'RETURNED',
      version: 2,
      officerComments: 'Attach the staff time sheets.',
    });
    expect(hookWhenReturned).toBe(false);
    expect(resubmitted.report).toMatchObject({ status: 'SUBMITTED', version: 3, decidedAt: null });
    expect(approval.report).toMatchObject({ status: 'APPROVED', version: 4 });
    expect(await approved(award.uuid)).toBe(true);
    expect(await approved(award.uuid, 2)).toBe(false);
    expect(await auditActions(api, report.uuid)).toEqual([
      'GRANT_REPORT_SUBMITTED',
      'GRANT_REPORT_RETURNED',
      'GRANT_REPORT_RESUBMITTED',
      'GRANT_REPORT_APPROVED',
    ]);
    // the next interim report is numbered 2 once the first is approved
    const next = await reportMutation(
      api,
      'grantReportSubmit',
      { awardId: award.id, kind: 'INTERIM', ...reportContent() },
      award.grantee.cookie,
    );
    expect(next.report).toMatchObject({ sequence: 2, status: 'SUBMITTED' });
  });

  it('gives one of two officers deciding on the same version a version conflict', async () => {
    // given
    const award = await insertAward(api);
    const report = await submittedReport(api, award);
    const other = await officer(api);
    // when
    const [first, second] = await Promise.all([
      reportMutation(api, 'grantReportDecide', { reportId: report.id, version: 1, decision: 'APPROVE' }, officerCookie),
      reportMutation(
        api,
        'grantReportDecide',
        { reportId: report.id, version: 1, decision: 'RETURN', comments: 'Redo.' },
        other,
      ),
    ]);
    // then
    const codes = [first, second].map((r) => r.userErrors.map((e) => e.code).join(''));
    expect(codes.sort()).toEqual(['', 'VERSION_CONFLICT']);
    expect(await auditActions(api, report.uuid)).toHaveLength(2);
  });

  it('refuses a return without comments, a decision on a decided report and a resubmission of a submitted one', async () => {
    // given
    const award = await insertAward(api);
    const report = await submittedReport(api, award);
    // when
    const noComments = await reportMutation(
      api,
      'grantReportDecide',
      { reportId: report.id, version: 1, decision: 'RETURN', comments: ' ' },
      officerCookie,
    );
    const early = await reportMutation(
      api,
      'grantReportResubmit',
      { reportId: report.id, version: 1, ...reportContent() },
      award.grantee.cookie,
    );
    await reportMutation(
      api,
      'grantReportDecide',
      { reportId: report.id, version: 1, decision: 'APPROVE' },
      officerCookie,
    );
    const again = await reportMutation(
      api,
      'grantReportDecide',
      { reportId: report.id, version: 2, decision: 'APPROVE' },
      officerCookie,
    );
    // then
    expect(noComments.userErrors.map((e) => e.code)).toEqual(['COMMENTS_REQUIRED']);
    expect(early.userErrors.map((e) => e.code)).toEqual(['WRONG_STATE']);
    expect(again.userErrors.map((e) => e.code)).toEqual(['WRONG_STATE']);
    const rows = await knexRows<{ status: string }>(
      api.orm.em.getKnex(),
      'select status from grant_report where id = ?',
      [report.uuid],
    );
    expect(rows).toEqual([{ status: 'APPROVED' }]);
  });

  it("lists the officers' reports to decide and the grantee's own reports, and hides them from others", async () => {
    // given
    const award = await insertAward(api);
    const report = await submittedReport(api, award);
    const stranger = (await insertAward(api)).grantee.cookie;
    const query = `query($filter: GrantReportFilter) { grantReports(filter: $filter, first: 50) { totalCount edges { node { uuid } } } }`;
    const list = async (cookie: string, filter: Record<string, unknown>) => {
      const response = await api.graphql<{ grantReports: { edges: { node: { uuid: string } }[] } }>(
        query,
        { filter },
        { headers: { cookie } },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.grantReports.edges.map((e) => e.node.uuid);
    };
    // then
    expect(await list(officerCookie, { status: 'SUBMITTED' })).toContain(report.uuid);
    expect(await list(award.grantee.cookie, { awardId: award.id })).toEqual([report.uuid]);
    expect(await list(stranger, { awardId: award.id })).toEqual([]);
    const one = await api.graphql<{ grantReport: unknown }>(
      `query($id: ID!) { grantReport(id: $id) { uuid } }`,
      { id: report.id },
      { headers: { cookie: stranger } },
    );
    expect(one.body.data!.grantReport).toBeNull();
  });
});
