/**
 * Grants, first part: calls for proposals (lots, rules, questions and answers) and the applications of CSOs and
 * consortia up to their submission, and their screening against a restrictive-measures list and their review by assigned reviewers up to a ranked list per lot (on the review module). The public face of the module.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { GrantApplicationCreateResolver } from './mutations/grant-application-create.js';
import { GrantApplicationPartnerConfirmResolver } from './mutations/grant-application-partner-confirm.js';
import { GrantApplicationPartnerDeclineResolver } from './mutations/grant-application-partner-decline.js';
import { GrantApplicationSubmitResolver } from './mutations/grant-application-submit.js';
import { GrantApplicationUpdateResolver } from './mutations/grant-application-update.js';
import { GrantApplicationWithdrawResolver } from './mutations/grant-application-withdraw.js';
import { GrantCallCloseResolver } from './mutations/grant-call-close.js';
import { GrantCallCreateResolver } from './mutations/grant-call-create.js';
import { GrantCallPublishResolver } from './mutations/grant-call-publish.js';
import { GrantCallQuestionAskResolver } from './mutations/grant-call-question-ask.js';
import { GrantCallQuestionPublishResolver } from './mutations/grant-call-question-publish.js';
import { GrantCallUpdateResolver } from './mutations/grant-call-update.js';
import { GrantAwardEntities } from './awards/award.entities.js';
import {
  GrantAwardMutationResolver,
  GrantAwardQueryResolver,
  GrantAwardResolver,
  GrantCallAwardsResolver,
  GrantLotAwardsResolver,
  grantAwardByKey,
} from './awards/award.graphql.js';
import { GrantEntities } from './grants.entities.js';
import { GrantAttachmentEntities } from './attachments/attachment.entities.js';
import { GrantApplicationAttachmentsResolver, GrantCallGuidelinesResolver } from './attachments/attachment.graphql.js';
import { grantAttachmentRoutes } from './attachments/attachment.routes.js';
import { grantsExamples } from './grants.examples.js';
import { grantsPersonalData } from './grants.personal-data.js';
import {
  GrantApplicationPartnerResolver,
  GrantApplicationResolver,
  GrantCallResolver,
  GrantLotResolver,
  GrantQueryResolver,
  ViewerGrantApplicationsResolver,
  grantApplicationByKey,
  grantCallByKey,
} from './grants.resolver.js';
import { GrantApplicationScreenResolver } from './screening/mutations/grant-application-screen.js';
import { GrantScreeningHitDecideResolver } from './screening/mutations/grant-screening-hit-decide.js';
import { GrantScreeningListImportResolver } from './screening/mutations/grant-screening-list-import.js';
import { GrantScreeningEntities } from './screening/screening.entities.js';
import { GrantScreeningQueryResolver } from './screening/screening.graphql.js';
import { screenApplicationJob } from './screening/screening.service.js';
import { receiptPdfRoute } from './receipt/receipt.routes.js';
import { GrantReportEntities, grantReportNodes, grantReportResolvers } from './reports/index.js';
import { awardedGrantNodes, awardedGrantResolvers, grantOpenDataRoutes } from './open-data/index.js';
import { seedDemoGrants } from './seed/demo-seed.js';
import {
  GrantApplicationReviewResolver,
  GrantCallRubricResolver,
  GrantRankingQueryResolver,
  ReviewAssignmentGrantResolver,
} from './review/grant-review.graphql.js';
import { seedDemoReview } from './review/grant-review.demo-seed.js';
import { GrantApplicationEligibilityDecideResolver } from './review/mutations/grant-application-eligibility-decide.js';
import { GrantApplicationRankingAnnotateResolver } from './review/mutations/grant-application-ranking-annotate.js';
import { GrantApplicationReviewDecideResolver } from './review/mutations/grant-application-review-decide.js';
import { GrantApplicationReviewersAssignResolver } from './review/mutations/grant-application-reviewers-assign.js';
import { GrantCallRubricSetResolver } from './review/mutations/grant-call-rubric-set.js';

export { GrantApplication, GrantCall } from './grants.type.js';
export {
  importSanctionsList,
  SCREENING_LIST_AUDIT_ID,
  screenApplication,
  screenApplicationJob,
} from './screening/screening.service.js';

const byUuid =
  <T>(fetch: (ctx: GraphQLContext, key: string) => Promise<T | null>) =>
  (ctx: GraphQLContext, key: string) =>
    isUuid(key) ? fetch(ctx, key) : Promise.resolve(null);

export const grantsModule: PlatformModule = {
  name: 'grants',
  entities: [
    ...GrantEntities,
    ...GrantScreeningEntities,
    ...GrantAwardEntities,
    ...GrantAttachmentEntities,
    ...GrantReportEntities,
  ],
  resolvers: [
    GrantQueryResolver,
    GrantCallResolver,
    GrantLotResolver,
    GrantApplicationResolver,
    GrantApplicationPartnerResolver,
    ViewerGrantApplicationsResolver,
    GrantCallCreateResolver,
    GrantCallUpdateResolver,
    GrantCallPublishResolver,
    GrantCallCloseResolver,
    GrantCallQuestionAskResolver,
    GrantCallQuestionPublishResolver,
    GrantApplicationCreateResolver,
    GrantApplicationUpdateResolver,
    GrantApplicationPartnerConfirmResolver,
    GrantApplicationSubmitResolver,
    GrantApplicationWithdrawResolver,
    GrantScreeningQueryResolver,
    GrantScreeningListImportResolver,
    GrantApplicationScreenResolver,
    GrantScreeningHitDecideResolver,
    GrantCallRubricResolver,
    GrantApplicationReviewResolver,
    ReviewAssignmentGrantResolver,
    GrantRankingQueryResolver,
    GrantCallRubricSetResolver,
    GrantApplicationEligibilityDecideResolver,
    GrantApplicationReviewersAssignResolver,
    GrantApplicationReviewDecideResolver,
    GrantApplicationRankingAnnotateResolver,
    // Grants II: awards, agreements, the approval gate and disbursements (awards/)
    GrantAwardMutationResolver,
    GrantAwardQueryResolver,
    GrantAwardResolver,
    GrantCallAwardsResolver,
    GrantLotAwardsResolver,
    GrantApplicationAttachmentsResolver,
    GrantCallGuidelinesResolver,
    GrantApplicationPartnerDeclineResolver,
    // Grants II: reports and the awarded grants' open data (reports/, open-data/)
    ...grantReportResolvers,
    ...awardedGrantResolvers,
  ],
  jobs: [screenApplicationJob],
  routes: [receiptPdfRoute, ...grantAttachmentRoutes, ...grantOpenDataRoutes],
  nodes: {
    GrantCall: byUuid(grantCallByKey),
    GrantApplication: byUuid(grantApplicationByKey),
    GrantAward: byUuid(grantAwardByKey),
    GrantReport: byUuid(grantReportNodes.GrantReport),
    AwardedGrant: byUuid(awardedGrantNodes.AwardedGrant),
  },
  personalData: grantsPersonalData,
  examples: grantsExamples,
  async seedDemo(em) {
    const added = await seedDemoGrants(em);
    if (added > 0) await seedDemoReview(em);
    return added > 0 ? `${added} demo grant calls with lots and applications` : undefined;
  },
};
