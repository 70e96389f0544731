import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { auditActions, memberOf, organization } from '../grants-support.js';
import { insertAward, reportContent, reportMutation, submittedReport } from './reports-support.js';

describe('grantReportSubmit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('submits an interim report with the variance of every budget line and the indicators against their targets', async () => {
    // given
    const award = await insertAward(api);
    // when
    const result = await reportMutation(
      api,
      'grantReportSubmit',
      { awardId: award.id, kind: 'INTERIM', ...reportContent() },
      award.grantee.cookie,
    );
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.report).toMatchObject({
      kind: 'INTERIM',
      sequence: 1,
      status: 'SUBMITTED',
      version: 1,
      periodStart: '2027-01-01',
      periodEnd: '2027-06-30',
      expenditure: [
        {
          budgetLine: 0,
          category: 'STAFF',
          budgeted: { amountMinor: 33_000_00, currency: 'EUR' },
          spent: { amountMinor: 16_500_00 },
          variance: { amountMinor: -16_500_00 },
          varianceBps: -5000,
          note: 'Coordinator for six months',
        },
        { budgetLine: 1, budgeted: { amountMinor: 17_000_00 }, spent: { amountMinor: 9_000_00 }, note: null },
      ],
      expenditureTotals: {
        budgeted: { amountMinor: 50_000_00 },
        spent: { amountMinor: 25_500_00 },
        variance: { amountMinor: -24_500_00 },
      },
      indicatorResults: [{ objective: 0, indicator: 0, baseline: '0', target: '200', achieved: '120' }],
    });
    expect(await auditActions(api, result.report!.uuid)).toEqual(['GRANT_REPORT_SUBMITTED']);
  });

  it('refuses expenditure on a line that is not in the budget, naming the rule, and writes nothing', async () => {
    // given
    const award = await insertAward(api);
    // when
    const result = await reportMutation(
      api,
      'grantReportSubmit',
      {
        awardId: award.id,
        kind: 'INTERIM',
        ...reportContent({
          expenditure: [
            { budgetLine: 0, spentMinor: 1 },
            { budgetLine: 7, spentMinor: 500_00 },
          ],
        }),
      },
      award.grantee.cookie,
    );
    // then
    expect(result.report).toBeNull();
    expect(result.userErrors).toEqual([
      {
        field: ['input', 'expenditure', '1', 'budgetLine'],
        code: 'EXPENDITURE_LINE_NOT_IN_BUDGET',
        message: expect.stringContaining('EXPENDITURE_LINE_NOT_IN_BUDGET') as string,
      },
    ]);
    const rows = await knexRows(api.orm.em.getKnex(), 'select id from grant_report where award_id = ?', [award.uuid]);
    expect(rows).toEqual([]);
  });

  it('refuses an indicator outside the logframe, a repeated line, a period ending before it starts and no narrative', async () => {
    // given
    const award = await insertAward(api);
    // when
    const rules = await reportMutation(
      api,
      'grantReportSubmit',
      {
        awardId: award.id,
        kind: 'INTERIM',
        ...reportContent({
          expenditure: [
            { budgetLine: 1, spentMinor: 1 },
            { budgetLine: 1, spentMinor: 2 },
          ],
          indicatorResults: [{ objective: 1, indicator: 0, achieved: '3' }],
        }),
      },
      award.grantee.cookie,
    );
    const shape = await reportMutation(
      api,
      'grantReportSubmit',
      {
        awardId: award.id,
        kind: 'INTERIM',
        ...reportContent({ periodEnd: '2026-12-31', narrativeEn: ' ', narrativeAr: null }),
      },
      award.grantee.cookie,
    );
    // then
    expect(rules.userErrors.map((e) => e.code)).toEqual(['EXPENDITURE_LINE_REPEATED', 'INDICATOR_NOT_IN_LOGFRAME']);
    expect(shape.userErrors.map((e) => e.code)).toEqual(['NARRATIVE_REQUIRED', 'PERIOD_INVALID']);
  });

  it("lets only the grantee's editors report, on an award in force, one open report at a time", async () => {
    // given
    const award = await insertAward(api);
    const viewer = await memberOf(api, award.grantee.uuid, 'VIEWER');
    const stranger = await organization(api, 'OWNER');
    const terminated = await insertAward(api, { status: 'TERMINATED' });
    const input = { awardId: award.id, kind: 'INTERIM', ...reportContent() };
    // when
    const byViewer = await reportMutation(api, 'grantReportSubmit', input, viewer);
    const byStranger = await reportMutation(api, 'grantReportSubmit', input, stranger.cookie);
    const onTerminated = await reportMutation(
      api,
      'grantReportSubmit',
      { ...input, awardId: terminated.id },
      terminated.grantee.cookie,
    );
    await submittedReport(api, award);
    const second = await reportMutation(api, 'grantReportSubmit', input, award.grantee.cookie);
    // then
    expect(byViewer.userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    expect(byStranger.userErrors.map((e) => e.code)).toEqual(['AWARD_NOT_FOUND']);
    expect(onTerminated.userErrors.map((e) => e.code)).toEqual(['AWARD_NOT_IN_FORCE']);
    expect(second.userErrors.map((e) => e.code)).toEqual(['WRONG_STATE']);
  });
});
