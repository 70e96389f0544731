/** What the grant report tests share: an award written straight to the tables, report content and the mutations. */
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import type { TestApi } from '../../../support/api.js';
import { completeApplication, insertCall, organization, type Party } from '../grants-support.js';

export interface AwardRow {
  uuid: string;
  id: string;
  applicationUuid: string;
  callUuid: string;
  lotUuid: string;
  grantee: Party;
}

/**
 * A shortlisted application of a new organisation (budget: STAFF 30,000 + 3,000, ACTIVITIES 15,000 + 2,000 EUR;
 * one objective with one indicator, target 200) and its award of 45,000 EUR, written to the tables.
 */
export async function insertAward(api: TestApi, fields: { status?: string; amountMinor?: number } = {}) {
  const call = await insertCall(api);
  const grantee = await organization(api, 'EDITOR');
  const application = await completeApplication(api, call, grantee);
  const knex = api.orm.em.getKnex();
  await knex('grant_application')
    .where({ id: application.uuid })
    .update({
      status: 'SHORTLISTED',
      submitted_at: new Date(),
      receipt_number: `G-2027-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`,
    });
  const uuid = randomUUID();
  await knex('grant_award').insert({
    id: uuid,
    application_id: application.uuid,
    call_id: call.uuid,
    lot_id: call.lots[0]!.uuid,
    organization_id: grantee.uuid,
    amount_minor: fields.amountMinor ?? 45_000_00,
    currency: 'EUR',
    reasons_en: 'Ranked first in its lot.',
    status: fields.status ?? 'AWARDED',
  });
  return {
    uuid,
    id: toGlobalId('GrantAward', uuid),
    applicationUuid: application.uuid,
    callUuid: call.uuid,
    lotUuid: call.lots[0]!.uuid,
    grantee,
  } satisfies AwardRow;
}

export const reportContent = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  periodStart: '2027-01-01',
  periodEnd: '2027-06-30',
  narrativeEn: 'Forty volunteers trained; visits began in March.',
  narrativeAr: 'تدريب أربعين متطوعاً وبدء الزيارات في آذار.',
  expenditure: [
    { budgetLine: 0, spentMinor: 16_500_00, note: 'Coordinator for six months' },
    { budgetLine: 1, spentMinor: 9_000_00 },
  ],
  indicatorResults: [{ objective: 0, indicator: 0, achieved: '120', comment: 'On track' }],
  ...extra,
});

export const REPORT_FIELDS = /* GraphQL */ `
  id uuid awardUuid kind sequence status version periodStart periodEnd narrative { ar en }
  expenditure { budgetLine category description budgeted { amountMinor currency } spent { amountMinor }
    variance { amountMinor } varianceBps note }
  expenditureTotals { budgeted { amountMinor } spent { amountMinor } variance { amountMinor } }
  indicatorResults { objective indicator text { en } baseline target achieved comment }
  officerComments submittedAt decidedAt
`;

export interface ReportPayload {
  report: {
    id: string;
    uuid: string;
    status: string;
    version: number;
    sequence: number;
    kind: string;
    [key: string]: unknown;
  } | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
}

export async function reportMutation(
  api: TestApi,
  name: 'grantReportSubmit' | 'grantReportResubmit' | 'grantReportDecide',
  input: Record<string, unknown>,
  cookie: string,
): Promise<ReportPayload> {
  const type = name.charAt(0).toUpperCase() + name.slice(1);
  const response = await api.graphql<Record<string, ReportPayload>>(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { report { ${REPORT_FIELDS} } userErrors { field code message } } }`,
    { input },
    { headers: { cookie } },
  );
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data![name]!;
}

/** A submitted interim report on `award` (throws when refused). */
export async function submittedReport(api: TestApi, award: AwardRow) {
  const result = await reportMutation(
    api,
    'grantReportSubmit',
    { awardId: award.id, kind: 'INTERIM', ...reportContent() },
    award.grantee.cookie,
  );
  if (!result.report) throw new Error(JSON.stringify(result.userErrors));
  return result.report;
}
