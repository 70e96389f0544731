/**
 * Grants, second part, reports: the grantee's narrative, financial and indicator reports on an award, approved or
 * returned by officers. What the grants module's face adds for them (entities, resolvers, node fetcher), and the
 * hook the disbursements ask.
 */
import type { GraphQLContext } from '../../../context.js';
import { GrantReportDecideResolver } from './mutations/grant-report-decide.js';
import { GrantReportResubmitResolver } from './mutations/grant-report-resubmit.js';
import { GrantReportSubmitResolver } from './mutations/grant-report-submit.js';
import { GrantReportEntity } from './report.entities.js';
import { GrantReportQueryResolver, grantReportByKey } from './report.resolver.js';

export { isGrantReportApproved } from './report.service.js';

export const GrantReportEntities = [GrantReportEntity];

export const grantReportResolvers = [
  GrantReportQueryResolver,
  GrantReportSubmitResolver,
  GrantReportResubmitResolver,
  GrantReportDecideResolver,
] as const;

export const grantReportNodes = {
  GrantReport: (ctx: GraphQLContext, key: string) => grantReportByKey(ctx, key),
};
