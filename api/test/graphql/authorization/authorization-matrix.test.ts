/**
 * The authorisation matrix: every mutation and every protected field, tried by every role. It fails when a mutation
 * or an @Authorized field is added without an entry here, when an entry's rules differ from the ones declared in
 * the code, and when a role gets through (or is refused) against the matrix.
 */
import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, type AuthRule } from '../../../src/common/auth/auth-checker.js';
import type { MemberRoleName, PlatformRoleName, Viewer } from '../../../src/common/auth/viewer.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { createSchema } from '../../../src/schema.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';

type Rules = AuthRule[] | 'PUBLIC';

interface Entry {
  /** As declared with @Authorized (PUBLIC: none). */
  rules: Rules;
  /** Who actually gets through with the entry's variables, when the resolver narrows the declared rules further. */
  effective?: AuthRule[];
  document: string;
  variables: () => Record<string, unknown>;
}

const OFFICERS: AuthRule[] = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL'];
const MEMBERS_AND_OFFICERS: AuthRule[] = ['ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'];
let orgA = '';
let orgB = '';
let trainingCourse = '';
let trainingSession = '';
let trainingRegistration = '';
let trainingCertificate = '';
let careInstitution = '';
let matrixChallenge = '';
let matrixIdea = '';
const TRAINING_OFFICERS: AuthRule[] = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'];
const unique = (): string => `matrix-${randomUUID().slice(0, 8)}@example.org`;

let matrixService = '';
let matrixOtherService = '';
let matrixLocation = '';
let matrixOtherLocation = '';
const MUTATIONS: Record<string, Entry> = {
  // services: any signed-in person may call them; only owners and editors of the organisation change anything
  // (others get the NOT_AN_EDITOR userError: services mutation tests); the entries use services of an organisation
  // none of the personas belongs to
  serviceCreate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ServiceCreateInput!) { serviceCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { organizationId: orgA, nameEn: 'Matrix', category: 'NOT_A_CATEGORY', fee: 'FREE', delivery: ['REMOTE'] },
    }),
  },
  serviceUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ServiceUpdateInput!) { serviceUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { serviceId: matrixService, placesAvailable: -1 } }),
  },
  serviceDelete: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ServiceDeleteInput!) { serviceDelete(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { serviceId: matrixOtherService } }),
  },
  servicePlacesUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ServicePlacesUpdateInput!) { servicePlacesUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { serviceId: matrixService, placesAvailable: -1, waitingListLength: 0 } }),
  },
  serviceLocationCreate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ServiceLocationCreateInput!) { serviceLocationCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { serviceId: matrixService, governorate: 'JO-AJ', latitude: 0, longitude: 0 } }),
  },
  serviceLocationUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ServiceLocationUpdateInput!) { serviceLocationUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { locationId: matrixLocation, latitude: 0, longitude: 0 } }),
  },
  serviceLocationDelete: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ServiceLocationDeleteInput!) { serviceLocationDelete(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { locationId: matrixOtherLocation } }),
  },
  accountSignUp: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { name: 'Matrix', email: unique(), password: 'olive trees by the dead sea' } }),
  },
  accountEmailVerify: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountEmailVerifyInput!) { accountEmailVerify(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token' } }),
  },
  sessionCreate: {
    rules: 'PUBLIC',
    document: `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { email: unique(), password: 'not the password at all' } }),
  },
  sessionDelete: {
    rules: ['SIGNED_IN'],
    document: `mutation { sessionDelete { userErrors { code } } }`,
    variables: () => ({}),
  },
  sessionRevoke: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: SessionRevokeInput!) { sessionRevoke(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { id: randomUUID() } }),
  },
  accountPasswordResetRequest: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountPasswordResetRequestInput!) { accountPasswordResetRequest(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { email: unique() } }),
  },
  accountPasswordReset: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountPasswordResetInput!) { accountPasswordReset(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token', newPassword: 'olive trees by the dead sea' } }),
  },
  accountEmailChange: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: AccountEmailChangeInput!) { accountEmailChange(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { newEmail: 'not-an-email', currentPassword: 'not the password at all' } }),
  },
  accountEmailChangeUndo: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountEmailChangeUndoInput!) { accountEmailChangeUndo(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token' } }),
  },
  accountErase: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { password: 'not the password at all' } }),
  },
  apiTokenCreate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { name: 'matrix' } }),
  },
  apiTokenRevoke: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ApiTokenRevokeInput!) { apiTokenRevoke(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { id: randomUUID() } }),
  },
  organizationRegister: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: OrganizationRegisterInput!) { organizationRegister(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { legalForm: 'CHARITY', governorate: 'JO-AM' } }),
  },
  organizationClaim: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: OrganizationClaimInput!) { organizationClaim(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgB } }),
  },
  organizationClaimDecide: {
    rules: OFFICERS,
    document: `mutation($input: OrganizationClaimDecideInput!) { organizationClaimDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { claimId: randomUUID(), approve: false } }),
  },
  organizationMemberInvite: {
    rules: ['ORGANIZATION_OWNER'],
    document: `mutation($input: OrganizationMemberInviteInput!) { organizationMemberInvite(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, email: 'not-an-email', role: 'VIEWER' } }),
  },
  organizationInvitationAccept: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: OrganizationInvitationAcceptInput!) { organizationInvitationAccept(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token' } }),
  },
  organizationMemberUpdate: {
    rules: ['ORGANIZATION_MEMBER'],
    // changing someone else's role is for owners (leaving is for any member)
    effective: ['ORGANIZATION_OWNER'],
    document: `mutation($input: OrganizationMemberUpdateInput!) { organizationMemberUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, userId: randomUUID(), role: 'VIEWER' } }),
  },
  organizationVerificationSubmit: {
    rules: ['ORGANIZATION_EDITOR'],
    document: `mutation($input: OrganizationVerificationSubmitInput!) { organizationVerificationSubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, evidenceId: randomUUID() } }),
  },
  organizationUpdate: {
    rules: ['ORGANIZATION_EDITOR'],
    document: `mutation($input: OrganizationUpdateInput!) { organizationUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, foundingYear: 1800 } }),
  },
  // deinstitutionalisation: officers and MoSD officials (each answers a userError here: nothing written)
  careInstitutionCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: CareInstitutionCreateInput!) { careInstitutionCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { nameAr: ' ', ownership: 'PUBLIC', governorate: 'JO-AM', capacity: 10 } }),
  },
  careInstitutionUpdate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: CareInstitutionUpdateInput!) { careInstitutionUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { institutionId: careInstitution, nameAr: '', nameEn: '' } }),
  },
  careInstitutionQuarterRecord: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: CareInstitutionQuarterRecordInput!) { careInstitutionQuarterRecord(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        institutionId: careInstitution,
        year: 2100,
        quarter: 4,
        residents: 1,
        transitionsToFamily: 0,
        transitionsToCommunity: 0,
        communityPlaces: 0,
      },
    }),
  },
  trainingCourseCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingCourseCreateInput!) { trainingCourseCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { titleEn: 'Matrix', topic: 'NOT_A_TOPIC', level: 'INTRODUCTORY', audience: 'BOTH', expectedHours: 1 },
    }),
  },
  trainingCourseUpdate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingCourseUpdateInput!) { trainingCourseUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { courseId: trainingCourse, titleAr: '', titleEn: '' } }),
  },
  trainingSessionCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingSessionCreateInput!) { trainingSessionCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { courseId: trainingCourse, days: [] } }),
  },
  trainingSessionUpdate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingSessionUpdateInput!) { trainingSessionUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession, days: [] } }),
  },
  trainingSessionCancel: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingSessionCancelInput!) { trainingSessionCancel(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession, reason: ' ' } }),
  },
  trainingRegistrationCreate: {
    rules: ['SIGNED_IN'],
    // the session's registration has not opened: a typed error, nothing written
    document: `mutation($input: TrainingRegistrationCreateInput!) { trainingRegistrationCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession } }),
  },
  trainingRegistrationCancel: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: TrainingRegistrationCancelInput!) { trainingRegistrationCancel(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()) } }),
  },
  trainingRegistrationMove: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingRegistrationMoveInput!) { trainingRegistrationMove(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()), sessionId: trainingSession },
    }),
  },
  trainingRegistrationAccommodationsConfirm: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingRegistrationAccommodationsConfirmInput!) { trainingRegistrationAccommodationsConfirm(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()) } }),
  },
  trainingCalendarLinkReset: {
    rules: ['SIGNED_IN'],
    document: `mutation { trainingCalendarLinkReset { userErrors { code } } }`,
    variables: () => ({}),
  },
  trainingAttendanceMark: {
    rules: ['SIGNED_IN'],
    // officers, and trainers for their own sessions (no persona here trains a session)
    effective: TRAINING_OFFICERS,
    document: `mutation($input: TrainingAttendanceMarkInput!) { trainingAttendanceMark(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()), dayPosition: 1, present: true },
    }),
  },
  trainingCertificateIssue: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingCertificateIssueInput!) { trainingCertificateIssue(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { registrationId: trainingRegistration } }),
  },
  trainingCertificateIssueBulk: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingCertificateIssueBulkInput!) { trainingCertificateIssueBulk(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession } }),
  },
  trainingCertificateRevoke: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingCertificateRevokeInput!) { trainingCertificateRevoke(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { certificateId: trainingCertificate, reason: ' ' } }),
  },
  // signed in to call; acting for the party (its editors and owners) is checked by the service and refused with
  // the NOT_A_MEMBER userError (the partnerships mutation tests cover it for every role of an organisation and an
  // institution); an unknown capability or listing here, so nothing is written
  partnershipListingPublish: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipListingPublishInput!) { partnershipListingPublish(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { partyId: orgA, kind: 'NEED', capability: 'NOT_A_CAPABILITY', descriptionEn: 'Matrix', expiresAt: null },
    }),
  },
  partnershipListingUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipListingUpdateInput!) { partnershipListingUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { listingId: toGlobalId('PartnershipListing', randomUUID()), capability: 'VENUE' } }),
  },
  partnershipListingWithdraw: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipListingWithdrawInput!) { partnershipListingWithdraw(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { listingId: toGlobalId('PartnershipListing', randomUUID()) } }),
  },
  // requests and partnerships: signed in to call; acting for the party (or for a member of the partnership) is the
  // service's rule, refused with NOT_A_MEMBER / NOT_A_PARTY / NOT_A_PARTNERSHIP_MEMBER userErrors (the partnerships
  // mutation tests cover it); a request to oneself and unknown ids here, so nothing is written
  grantCallCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantCallCreateInput!) { grantCallCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { titleEn: 'Matrix' } }),
  },
  grantCallUpdate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantCallUpdateInput!) { grantCallUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { callId: toGlobalId('GrantCall', randomUUID()), titleEn: 'Matrix' } }),
  },
  grantCallPublish: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantCallPublishInput!) { grantCallPublish(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { callId: toGlobalId('GrantCall', randomUUID()) } }),
  },
  grantCallClose: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantCallCloseInput!) { grantCallClose(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { callId: toGlobalId('GrantCall', randomUUID()) } }),
  },
  grantCallQuestionPublish: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantCallQuestionPublishInput!) { grantCallQuestionPublish(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { callId: toGlobalId('GrantCall', randomUUID()), questionEn: 'Q?' } }),
  },
  grantCallQuestionAsk: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantCallQuestionAskInput!) { grantCallQuestionAsk(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { callId: toGlobalId('GrantCall', randomUUID()), questionEn: 'Q?' } }),
  },
  // the application mutations answer userErrors to anyone signed in who is not of the consortium
  grantApplicationCreate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantApplicationCreateInput!) { grantApplicationCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { callId: toGlobalId('GrantCall', randomUUID()), leadOrganizationId: orgA } }),
  },
  grantApplicationUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantApplicationUpdateInput!) { grantApplicationUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { applicationId: toGlobalId('GrantApplication', randomUUID()), version: 1 } }),
  },
  grantApplicationPartnerConfirm: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantApplicationPartnerConfirmInput!) { grantApplicationPartnerConfirm(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { applicationId: toGlobalId('GrantApplication', randomUUID()), partnerId: orgA } }),
  },
  grantApplicationPartnerDecline: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantApplicationPartnerDeclineInput!) { grantApplicationPartnerDecline(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { applicationId: toGlobalId('GrantApplication', randomUUID()), partnerId: orgA } }),
  },
  grantApplicationSubmit: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantApplicationSubmitInput!) { grantApplicationSubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { applicationId: toGlobalId('GrantApplication', randomUUID()), idempotencyKey: 'matrix' },
    }),
  },
  // grant reports: the grantee's editors get through (others signed in get AWARD_NOT_FOUND / REPORT_NOT_FOUND)
  grantReportSubmit: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantReportSubmitInput!) { grantReportSubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        awardId: toGlobalId('GrantAward', randomUUID()),
        kind: 'INTERIM',
        periodStart: '2027-01-01',
        periodEnd: '2027-06-30',
        narrativeEn: 'Matrix',
        expenditure: [],
        indicatorResults: [],
      },
    }),
  },
  grantReportResubmit: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantReportResubmitInput!) { grantReportResubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        reportId: toGlobalId('GrantReport', randomUUID()),
        version: 1,
        periodStart: '2027-01-01',
        periodEnd: '2027-06-30',
        narrativeEn: 'Matrix',
        expenditure: [],
        indicatorResults: [],
      },
    }),
  },
  grantReportDecide: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantReportDecideInput!) { grantReportDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { reportId: toGlobalId('GrantReport', randomUUID()), version: 1, decision: 'APPROVE' },
    }),
  },
  grantApplicationWithdraw: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: GrantApplicationWithdrawInput!) { grantApplicationWithdraw(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { applicationId: toGlobalId('GrantApplication', randomUUID()) } }),
  },
  grantScreeningListImport: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantScreeningListImportInput!) { grantScreeningListImport(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { content: 'not;a;list', source: 'matrix.csv' } }),
  },
  grantApplicationScreen: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantApplicationScreenInput!) { grantApplicationScreen(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { applicationId: toGlobalId('GrantApplication', randomUUID()) } }),
  },
  grantScreeningHitDecide: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantScreeningHitDecideInput!) { grantScreeningHitDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { hitId: toGlobalId('GrantScreeningHit', randomUUID()), decision: 'DISMISS', reason: 'Matrix' },
    }),
  },
  grantCallRubricSet: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantCallRubricSetInput!) { grantCallRubricSet(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        callId: toGlobalId('GrantCall', randomUUID()),
        criteria: [{ code: 'RELEVANCE', titleEn: 'Relevance', weight: 1 }],
        divergenceMargin: 1,
      },
    }),
  },
  grantApplicationEligibilityDecide: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantApplicationEligibilityDecideInput!) { grantApplicationEligibilityDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { applicationId: toGlobalId('GrantApplication', randomUUID()), eligible: true } }),
  },
  grantApplicationReviewersAssign: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantApplicationReviewersAssignInput!) { grantApplicationReviewersAssign(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { applicationId: toGlobalId('GrantApplication', randomUUID()), reviewerIds: [randomUUID()] },
    }),
  },
  grantApplicationReviewDecide: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantApplicationReviewDecideInput!) { grantApplicationReviewDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { applicationId: toGlobalId('GrantApplication', randomUUID()), decision: 'SHORTLIST' },
    }),
  },
  grantApplicationRankingAnnotate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantApplicationRankingAnnotateInput!) { grantApplicationRankingAnnotate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { applicationId: toGlobalId('GrantApplication', randomUUID()), note: 'Matrix' } }),
  },
  grantAward: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantAwardInput!) { grantAward(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        applicationId: toGlobalId('GrantApplication', randomUUID()),
        amountMinor: 10_000_00,
        reasonsEn: 'Matrix',
        idempotencyKey: randomUUID(),
      },
    }),
  },
  grantAwardUpdate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: GrantAwardUpdateInput!) { grantAwardUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { awardId: toGlobalId('GrantAward', randomUUID()), expectedVersion: 1 } }),
  },
  reviewConflictDeclare: {
    rules: ['REVIEWER'],
    document: `mutation($input: ReviewConflictDeclareInput!) { reviewConflictDeclare(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { assignmentId: toGlobalId('ReviewAssignment', randomUUID()), reason: 'Matrix' } }),
  },
  reviewScoresSave: {
    rules: ['REVIEWER'],
    document: `mutation($input: ReviewScoresSaveInput!) { reviewScoresSave(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        assignmentId: toGlobalId('ReviewAssignment', randomUUID()),
        scores: [{ criterionCode: 'RELEVANCE', score: 3 }],
      },
    }),
  },
  reviewSubmit: {
    rules: ['REVIEWER'],
    document: `mutation($input: ReviewSubmitInput!) { reviewSubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { assignmentId: toGlobalId('ReviewAssignment', randomUUID()) } }),
  },
  partnershipRequestSend: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipRequestSendInput!) { partnershipRequestSend(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { fromPartyId: orgA, toPartyId: orgA, message: 'Matrix' } }),
  },
  partnershipRequestAccept: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipRequestAcceptInput!) { partnershipRequestAccept(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { requestId: toGlobalId('PartnershipRequest', randomUUID()) } }),
  },
  partnershipRequestDecline: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipRequestDeclineInput!) { partnershipRequestDecline(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { requestId: toGlobalId('PartnershipRequest', randomUUID()), reason: 'Matrix' } }),
  },
  partnershipRequestWithdraw: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipRequestWithdrawInput!) { partnershipRequestWithdraw(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { requestId: toGlobalId('PartnershipRequest', randomUUID()) } }),
  },
  partnershipUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipUpdateInput!) { partnershipUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { partnershipId: toGlobalId('Partnership', randomUUID()), agreementReference: 'M' } }),
  },
  partnershipConfirm: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipConfirmInput!) { partnershipConfirm(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { partnershipId: toGlobalId('Partnership', randomUUID()), partyId: orgA } }),
  },
  partnershipComplete: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipCompleteInput!) { partnershipComplete(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { partnershipId: toGlobalId('Partnership', randomUUID()) } }),
  },
  partnershipTerminate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PartnershipTerminateInput!) { partnershipTerminate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { partnershipId: toGlobalId('Partnership', randomUUID()), reason: 'Matrix' } }),
  },
  // matchmaking days: officers set them up; taking part, availability and meetings are signed in to call, acting for
  // the participant (its editors and owners) being the service's rule, refused with NOT_A_MEMBER / NOT_A_PARTY
  // userErrors (the matchmaking mutation tests cover it); no title or unknown ids here, so nothing is written
  matchmakingDayCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: MatchmakingDayCreateInput!) { matchmakingDayCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        startsAt: '2030-01-01T06:00:00Z',
        endsAt: '2030-01-01T09:00:00Z',
        slotMinutes: 30,
        governorate: 'JO-MA',
      },
    }),
  },
  matchmakingDayPublish: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: MatchmakingDayPublishInput!) { matchmakingDayPublish(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { dayId: toGlobalId('MatchmakingDay', randomUUID()) } }),
  },
  matchmakingParticipantRegister: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: MatchmakingParticipantRegisterInput!) { matchmakingParticipantRegister(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { dayId: toGlobalId('MatchmakingDay', randomUUID()), partyId: orgA } }),
  },
  matchmakingAvailabilitySet: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: MatchmakingAvailabilitySetInput!) { matchmakingAvailabilitySet(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { participantId: toGlobalId('MatchmakingParticipant', randomUUID()), slotIds: [] } }),
  },
  matchmakingMeetingRequest: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: MatchmakingMeetingRequestInput!) { matchmakingMeetingRequest(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        fromParticipantId: toGlobalId('MatchmakingParticipant', randomUUID()),
        toParticipantId: toGlobalId('MatchmakingParticipant', randomUUID()),
        message: 'Matrix',
      },
    }),
  },
  matchmakingMeetingAccept: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: MatchmakingMeetingAcceptInput!) { matchmakingMeetingAccept(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { meetingId: toGlobalId('MatchmakingMeeting', randomUUID()) } }),
  },
  matchmakingMeetingDecline: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: MatchmakingMeetingDeclineInput!) { matchmakingMeetingDecline(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { meetingId: toGlobalId('MatchmakingMeeting', randomUUID()) } }),
  },
  matchmakingMeetingCancel: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: MatchmakingMeetingCancelInput!) { matchmakingMeetingCancel(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { meetingId: toGlobalId('MatchmakingMeeting', randomUUID()) } }),
  },
  matchmakingAgendaLinkReset: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: MatchmakingAgendaLinkResetInput!) { matchmakingAgendaLinkReset(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { participantId: toGlobalId('MatchmakingParticipant', randomUUID()) } }),
  },
  trainingScoresRecord: {
    rules: ['SIGNED_IN'],
    // officers, and trainers for their own sessions (no persona here trains a session)
    effective: TRAINING_OFFICERS,
    document: `mutation($input: TrainingScoresRecordInput!) { trainingScoresRecord(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()), preTest: 50 } }),
  },
  trainingDisaggregationWithdraw: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: TrainingDisaggregationWithdrawInput!) { trainingDisaggregationWithdraw(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()) } }),
  },
  trainingSessionTrainersSet: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingSessionTrainersSetInput!) { trainingSessionTrainersSet(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession, trainerEmails: [unique()] } }),
  },
  organizationVerificationDecide: {
    rules: OFFICERS,
    document: `mutation($input: OrganizationVerificationDecideInput!) { organizationVerificationDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, decision: 'REJECTED' } }),
  },
  // consultations: creating one is for officers and MoSD officials; the rest is signed in to call, and owning the
  // consultation or editing a verified organisation is the service's rule, refused with NOT_AN_OWNER / NOT_AN_EDITOR
  // userErrors (the participation mutation tests cover it); unknown ids and bad input here, so nothing is written
  consultationCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: ConsultationCreateInput!) { consultationCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        titleEn: 'Matrix',
        ownerKind: 'MOSD',
        opensAt: '2030-01-02T00:00:00Z',
        closesAt: '2030-01-01T00:00:00Z',
        answerDueAt: '2030-02-01T00:00:00Z',
        sections: [],
      },
    }),
  },
  // challenges: creating, publishing, the rubric, the jury and the pipeline are for officers; ideas are signed in to
  // call, and editing a verified organisation is the service's rule (NOT_AN_EDITOR userError: the challenge tests)
  innovationChallengeCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: InnovationChallengeCreateInput!) { innovationChallengeCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        titleEn: 'Matrix',
        ownerKind: 'PROGRAMME',
        ideasOpenAt: '2030-01-02T00:00:00Z',
        ideasCloseAt: '2030-01-01T00:00:00Z',
        shortlistDueAt: '2030-02-01T00:00:00Z',
      },
    }),
  },
  innovationChallengePublish: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: InnovationChallengePublishInput!) { innovationChallengePublish(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { challengeId: toGlobalId('InnovationChallenge', randomUUID()) } }),
  },
  innovationChallengeRubricSet: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: InnovationChallengeRubricSetInput!) { innovationChallengeRubricSet(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        challengeId: toGlobalId('InnovationChallenge', randomUUID()),
        criteria: [{ code: 'IMPACT', titleEn: 'Impact', weight: 1 }],
        divergenceMargin: 1,
      },
    }),
  },
  innovationIdeaSubmit: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: InnovationIdeaSubmitInput!) { innovationIdeaSubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { challengeId: toGlobalId('InnovationChallenge', randomUUID()), organizationId: orgA, titleEn: 'Matrix' },
    }),
  },
  innovationIdeaUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: InnovationIdeaUpdateInput!) { innovationIdeaUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { ideaId: toGlobalId('InnovationIdea', randomUUID()), version: 1 } }),
  },
  innovationIdeaReviewersAssign: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: InnovationIdeaReviewersAssignInput!) { innovationIdeaReviewersAssign(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { ideaId: toGlobalId('InnovationIdea', randomUUID()), reviewerIds: ['not-a-uuid'] } }),
  },
  innovationIdeaShortlist: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: InnovationIdeaShortlistInput!) { innovationIdeaShortlist(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { ideaId: toGlobalId('InnovationIdea', randomUUID()), shortlisted: false } }),
  },
  innovationIdeaStageMove: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: InnovationIdeaStageMoveInput!) { innovationIdeaStageMove(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { ideaId: toGlobalId('InnovationIdea', randomUUID()), to: 'PILOT' } }),
  },
  consultationPublish: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ConsultationPublishInput!) { consultationPublish(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { consultationId: toGlobalId('Consultation', randomUUID()) } }),
  },
  consultationContributionCreate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ConsultationContributionCreateInput!) { consultationContributionCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        sectionId: toGlobalId('ConsultationSection', randomUUID()),
        organizationId: orgA,
        position: 'SUPPORT',
        comment: 'Matrix',
      },
    }),
  },
  consultationContributionUpdate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ConsultationContributionUpdateInput!) { consultationContributionUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { contributionId: toGlobalId('ConsultationContribution', randomUUID()), version: 1 } }),
  },
  consultationContributionEndorse: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ConsultationContributionEndorseInput!) { consultationContributionEndorse(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { contributionId: toGlobalId('ConsultationContribution', randomUUID()), organizationId: orgA },
    }),
  },
  consultationContributionAnswer: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ConsultationContributionAnswerInput!) { consultationContributionAnswer(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { contributionId: toGlobalId('ConsultationContribution', randomUUID()), answer: 'ACCEPTED', reason: 'x' },
    }),
  },
  consultationSectionChangesSet: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ConsultationSectionChangesSetInput!) { consultationSectionChangesSet(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sectionId: toGlobalId('ConsultationSection', randomUUID()), whatChangedEn: 'x' } }),
  },
  consultationReportPublish: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ConsultationReportPublishInput!) { consultationReportPublish(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { consultationId: toGlobalId('Consultation', randomUUID()) } }),
  },
  policyScorecardSubmit: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: PolicyScorecardSubmitInput!) { policyScorecardSubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: {
        consultationId: toGlobalId('Consultation', randomUUID()),
        organizationId: orgA,
        governorate: 'JO-MA',
        quarter: '2027-Q1',
        delivered: 'YES',
        evidenceNote: 'x',
      },
    }),
  },
};

/** Protected fields of queries and types, keyed by their resolver method's name. */
const FIELDS: Record<string, Entry & { path: string[] }> = {
  // services, their search and their organisation's list: public
  services: {
    rules: 'PUBLIC',
    path: ['services'],
    document: `query { services(first: 1, search: "تاهيل", filter: { openNow: true }) { totalCount facets { categories { count } } edges { node { name { en } locations { id } hours { weekday } organization { uuid } } } } }`,
    variables: () => ({}),
  },
  service: {
    rules: 'PUBLIC',
    path: ['service'],
    document: `query($id: ID!) { service(id: $id) { referral { steps { en } } places { available } } }`,
    variables: () => ({ id: matrixService }),
  },
  serviceCategories: {
    rules: 'PUBLIC',
    path: ['serviceCategories'],
    document: `query { serviceCategories { code } }`,
    variables: () => ({}),
  },
  'Organization.services': {
    rules: 'PUBLIC',
    path: ['node', 'services'],
    document: `query($id: ID!) { node(id: $id) { ... on Organization { services { id } } } }`,
    variables: () => ({ id: orgA }),
  },
  privateContacts: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'privateContacts'],
    document: `query($id: ID!) { organization(id: $id) { privateContacts { name } } }`,
    variables: () => ({ id: orgA }),
  },
  members: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'members'],
    document: `query($id: ID!) { organization(id: $id) { members { role } } }`,
    variables: () => ({ id: orgA }),
  },
  verificationEvidence: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'verificationEvidence'],
    document: `query($id: ID!) { organization(id: $id) { verificationEvidence { id } } }`,
    variables: () => ({ id: orgA }),
  },
  verificationNote: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'verificationNote'],
    document: `query($id: ID!) { organization(id: $id) { verificationNote } }`,
    variables: () => ({ id: orgA }),
  },
  viewerDataExport: {
    rules: ['SIGNED_IN'],
    path: ['viewerDataExport'],
    document: `query { viewerDataExport }`,
    variables: () => ({}),
  },
  grantReports: {
    rules: ['SIGNED_IN'],
    path: ['grantReports'],
    document: `query { grantReports(first: 1) { totalCount } }`,
    variables: () => ({}),
  },
  grantScreeningList: {
    rules: TRAINING_OFFICERS,
    path: ['grantScreeningList'],
    document: `query { grantScreeningList { entryCount } }`,
    variables: () => ({}),
  },
  grantApplicationScreening: {
    rules: TRAINING_OFFICERS,
    path: ['grantApplicationScreening'],
    document: `query($id: ID!) { grantApplicationScreening(applicationId: $id) { id } }`,
    variables: () => ({ id: toGlobalId('GrantApplication', randomUUID()) }),
  },
  askedQuestions: {
    rules: TRAINING_OFFICERS,
    path: ['grantCalls', 'edges', '0', 'node', 'askedQuestions'],
    document: `query { grantCalls(first: 1) { edges { node { askedQuestions { id } } } } }`,
    variables: () => ({}),
  },
  grantApplications: {
    rules: TRAINING_OFFICERS,
    path: ['grantApplications'],
    document: `query($id: ID!) { grantApplications(callId: $id, first: 1) { totalCount } }`,
    variables: () => ({ id: toGlobalId('GrantCall', randomUUID()) }),
  },
  grantCallRanking: {
    rules: TRAINING_OFFICERS,
    path: ['grantCallRanking'],
    document: `query($id: ID!) { grantCallRanking(callId: $id) { entries { rank } } }`,
    variables: () => ({ id: toGlobalId('GrantCall', randomUUID()) }),
  },
  reviewResult: {
    rules: TRAINING_OFFICERS,
    path: ['grantCallRanking', '0', 'entries', '0', 'application', 'reviewResult'],
    document: `query($id: ID!) { grantCallRanking(callId: $id) { entries { application { reviewResult { divergent } } } } }`,
    variables: () => ({ id: toGlobalId('GrantCall', randomUUID()) }),
  },
  reviewAssignments: {
    rules: TRAINING_OFFICERS,
    path: ['grantCallRanking', '0', 'entries', '0', 'application', 'reviewAssignments'],
    document: `query($id: ID!) { grantCallRanking(callId: $id) { entries { application { reviewAssignments { status } } } } }`,
    variables: () => ({ id: toGlobalId('GrantCall', randomUUID()) }),
  },
  reviewerCandidates: {
    rules: TRAINING_OFFICERS,
    path: ['grantCallRanking', '0', 'entries', '0', 'application', 'reviewerCandidates'],
    document: `query($id: ID!) { grantCallRanking(callId: $id) { entries { application { reviewerCandidates { userId } } } } }`,
    variables: () => ({ id: toGlobalId('GrantCall', randomUUID()) }),
  },
  rankingNote: {
    rules: TRAINING_OFFICERS,
    path: ['grantCallRanking', '0', 'entries', '0', 'application', 'rankingNote'],
    document: `query($id: ID!) { grantCallRanking(callId: $id) { entries { application { rankingNote } } } }`,
    variables: () => ({ id: toGlobalId('GrantCall', randomUUID()) }),
  },
  reviewAssignment: {
    rules: 'PUBLIC',
    path: ['reviewAssignment'],
    document: `query($id: ID!) { reviewAssignment(id: $id) { status } }`,
    variables: () => ({ id: toGlobalId('ReviewAssignment', randomUUID()) }),
  },
  organizationClaims: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['organizationClaims'],
    document: `query { organizationClaims(first: 1) { totalCount } }`,
    variables: () => ({}),
  },
  verificationCases: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['verificationCases'],
    document: `query { verificationCases(first: 1) { totalCount } }`,
    variables: () => ({}),
  },
  registrations: {
    rules: ['SIGNED_IN'],
    // officers, and the session's trainers (no persona here trains a session)
    effective: TRAINING_OFFICERS,
    path: ['trainingSession', 'registrations'],
    document: `query($id: ID!) { trainingSession(id: $id) { registrations(first: 1) { totalCount edges { node { participant { email } accommodations { note } } } } } }`,
    variables: () => ({ id: trainingSession }),
  },
  trainingCertificateBatch: {
    rules: TRAINING_OFFICERS,
    path: ['trainingCertificateBatch'],
    document: `query($id: ID!) { trainingCertificateBatch(id: $id) { total } }`,
    variables: () => ({ id: toGlobalId('TrainingCertificateBatch', randomUUID()) }),
  },
  viewerCertificateBatch: {
    rules: TRAINING_OFFICERS,
    path: ['trainingSession', 'viewerCertificateBatch'],
    document: `query($id: ID!) { trainingSession(id: $id) { viewerCertificateBatch { total } } }`,
    variables: () => ({ id: trainingSession }),
  },
  certificateByCode: {
    // public: a code shows only what the certificate says (name, course, dates, issuer, standing)
    rules: 'PUBLIC',
    path: ['certificateByCode'],
    document: `query { certificateByCode(code: "ZZZZ-ZZZZ-ZZZZ") { participantName status } }`,
    variables: () => ({}),
  },
  // counts of every partnership, proposed and terminated ones included: officers only
  partnershipOverview: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['partnershipOverview'],
    document: `query { partnershipOverview { total byStatus { key count } byGovernorate { key count } } }`,
    variables: () => ({}),
  },
  // the requests still waiting for an answer, every party's: officers only
  pendingPartnershipRequests: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['pendingPartnershipRequests'],
    document: `query { pendingPartnershipRequests(first: 1) { totalCount edges { node { uuid } } } }`,
    variables: () => ({}),
  },
  // the partnerships' queries and fields are public: every role, anonymous included, gets them
  partnershipsByGovernorate: {
    rules: 'PUBLIC',
    path: ['partnershipsByGovernorate'],
    document: `query { partnershipsByGovernorate { key count } }`,
    variables: () => ({}),
  },
  partnershipCapabilities: {
    rules: 'PUBLIC',
    path: ['partnershipCapabilities'],
    document: `query { partnershipCapabilities { code } }`,
    variables: () => ({}),
  },
  institutions: {
    rules: 'PUBLIC',
    path: ['institutions'],
    document: `query { institutions(first: 1, filter: { type: MINISTRY }) { totalCount edges { node { governorate { code } } } } }`,
    variables: () => ({}),
  },
  institution: {
    rules: 'PUBLIC',
    path: ['institution'],
    document: `query { institution(slug: "matrix-institution") { uuid partnershipListings(first: 1) { totalCount } } }`,
    variables: () => ({}),
  },
  partnershipListings: {
    rules: 'PUBLIC',
    path: ['partnershipListings'],
    document: `query { partnershipListings(first: 1) { totalCount edges { node { party { __typename } } } } }`,
    variables: () => ({}),
  },
  'Organization.partnershipListings': {
    rules: 'PUBLIC',
    path: ['organization', 'partnershipListings'],
    document: `query($id: ID!) { organization(id: $id) { partnershipListings(first: 1) { totalCount } } }`,
    variables: () => ({ id: orgA }),
  },
  // the signed-in person's own institutions (null viewer for the public)
  institutionMemberships: {
    rules: 'PUBLIC',
    path: ['viewer', 'institutionMemberships'],
    document: `query { viewer { institutionMemberships { role } } }`,
    variables: () => ({}),
  },
  'node(PartnershipListing)': {
    rules: 'PUBLIC',
    path: ['node'],
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({ id: toGlobalId('PartnershipListing', randomUUID()) }),
  },
  // the public registry and partnerships' pages: active and completed partnerships for everyone (proposed ones are
  // their members' and officers': the partnership query tests cover it)
  partnerships: {
    rules: 'PUBLIC',
    path: ['partnerships'],
    document: `query { partnerships(first: 1, filter: { governorate: "JO-MA" }) { totalCount edges { node { members { party { __typename } } history { to } } } } }`,
    variables: () => ({}),
  },
  partnership: {
    rules: 'PUBLIC',
    path: ['partnership'],
    document: `query($id: ID!) { partnership(id: $id) { status } }`,
    variables: () => ({ id: toGlobalId('Partnership', randomUUID()) }),
  },
  'Organization.partnerships': {
    rules: 'PUBLIC',
    path: ['organization', 'partnerships'],
    document: `query($id: ID!) { organization(id: $id) { partnerships(first: 1) { totalCount } } }`,
    variables: () => ({ id: orgA }),
  },
  'Institution.partnerships': {
    rules: 'PUBLIC',
    path: ['institutions', 'edges', '0', 'node', 'partnerships'],
    document: `query { institutions(first: 1) { edges { node { partnerships(first: 1) { totalCount } } } } }`,
    variables: () => ({}),
  },
  'node(Partnership)': {
    rules: 'PUBLIC',
    path: ['node'],
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({ id: toGlobalId('Partnership', randomUUID()) }),
  },
  'node(PartnershipRequest)': {
    rules: 'PUBLIC',
    path: ['node'],
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({ id: toGlobalId('PartnershipRequest', randomUUID()) }),
  },
  // a party's inbox and outbox: those acting for it (editors and owners of A here) and officers
  partnershipRequests: {
    rules: ['SIGNED_IN'],
    effective: ['ORGANIZATION_EDITOR', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['partnershipRequests'],
    document: `query($id: ID!) { partnershipRequests(partyId: $id, box: INBOX, first: 1) { totalCount edges { node { from { __typename } } } } }`,
    variables: () => ({ id: orgA }),
  },
  // a party's partner suggestions: its members (any role: members of A here) and officers
  partnerSuggestions: {
    rules: ['SIGNED_IN'],
    effective: MEMBERS_AND_OFFICERS,
    path: ['partnerSuggestions'],
    document: `query($id: ID!) { partnerSuggestions(partyId: $id, first: 1) { totalCount edges { score reasons { en } node { __typename } } } }`,
    variables: () => ({ id: orgA }),
  },
  // matchmaking days: published ones for everyone (a participant's agenda, availability and requests are null to
  // those not acting for it: the matchmaking query tests cover it)
  matchmakingDays: {
    rules: 'PUBLIC',
    path: ['matchmakingDays'],
    document: `query { matchmakingDays(first: 1) { totalCount edges { node { slots { id } participants(first: 1) { totalCount } } } } }`,
    variables: () => ({}),
  },
  'node(MatchmakingMeeting)': {
    rules: 'PUBLIC',
    path: ['node'],
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({ id: toGlobalId('MatchmakingMeeting', randomUUID()) }),
  },
  disaggregation: {
    // individual answers: programme officers (and administrators), never MoSD officials, members or the public
    rules: ['PROGRAMME_OFFICER', 'ADMINISTRATOR'],
    path: ['trainingSession', 'registrations', 'edges', '0', 'node', 'disaggregation'],
    document: `query($id: ID!) { trainingSession(id: $id) { registrations(first: 1) { edges { node { disaggregation { sex disability } } } } } }`,
    variables: () => ({ id: trainingSession }),
  },
  learningGain: {
    rules: ['SIGNED_IN'],
    effective: TRAINING_OFFICERS,
    path: ['trainingSession', 'learningGain'],
    document: `query($id: ID!) { trainingSession(id: $id) { learningGain { mean n } } }`,
    variables: () => ({ id: trainingSession }),
  },
  trainerAccounts: {
    rules: ['SIGNED_IN'],
    effective: TRAINING_OFFICERS,
    path: ['trainingSession', 'trainerAccounts'],
    document: `query($id: ID!) { trainingSession(id: $id) { trainerAccounts { email } } }`,
    variables: () => ({ id: trainingSession }),
  },
  trainingParticipation: {
    // aggregates (cells under 5 suppressed) for officers and MoSD officials; not public
    rules: TRAINING_OFFICERS,
    path: ['trainingParticipation'],
    document: `query { trainingParticipation(by: [SEX, DISABILITY]) { cells { sex counts { confirmed { value suppressed } } } } }`,
    variables: () => ({}),
  },
  trainingRegistrations: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'trainingRegistrations'],
    document: `query($id: ID!) { organization(id: $id) { trainingRegistrations(first: 1) { totalCount edges { node { participantName } } } } }`,
    variables: () => ({ id: orgA }),
  },
  // deinstitutionalisation: the public sees only the suppressed aggregates; institutions and their figures are officers'
  deinstitutionalisationFigures: {
    rules: 'PUBLIC',
    path: ['deinstitutionalisationFigures'],
    document: `query { deinstitutionalisationFigures { quarters tables { measure rows { cells { value suppressed } } } } }`,
    variables: () => ({}),
  },
  careInstitutions: {
    rules: TRAINING_OFFICERS,
    path: ['careInstitutions'],
    document: `query { careInstitutions(first: 1) { totalCount edges { node { governorate { code } quarters { residents } } } } }`,
    variables: () => ({}),
  },
  careInstitution: {
    rules: TRAINING_OFFICERS,
    path: ['careInstitution'],
    document: `query($id: ID!) { careInstitution(id: $id) { version quarters { residents } } }`,
    variables: () => ({ id: careInstitution }),
  },
  'node(CareInstitution)': {
    // null for anyone but officers, as for an id that does not exist
    rules: 'PUBLIC',
    path: ['node'],
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({ id: careInstitution }),
  },
  // consultations: public (drafts are null to those outside the owning team and officers; answers and the report are
  // null until the report is published: the participation query tests cover it)
  consultations: {
    rules: 'PUBLIC',
    path: ['consultations'],
    document: `query { consultations(first: 1) { totalCount edges { node { viewerIsOwner sections { contributions { answer organization { id } } } report { contributions } scorecard { quarter } } } } }`,
    variables: () => ({}),
  },
  consultation: {
    rules: 'PUBLIC',
    path: ['consultation'],
    document: `query($id: ID!) { consultation(id: $id) { phase } }`,
    variables: () => ({ id: toGlobalId('Consultation', randomUUID()) }),
  },
  'node(ConsultationContribution)': {
    rules: 'PUBLIC',
    path: ['node'],
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({ id: toGlobalId('ConsultationContribution', randomUUID()) }),
  },
  // challenges and their ideas: public; the jury's results, assignments and candidates: officers
  innovationChallenges: {
    rules: 'PUBLIC',
    path: ['innovationChallenges'],
    document: `query { innovationChallenges(first: 1) { totalCount edges { node { title { en } rubric { divergenceMargin } ideas { stage organization { id } } } } } }`,
    variables: () => ({}),
  },
  innovationChallenge: {
    rules: 'PUBLIC',
    path: ['innovationChallenge'],
    document: `query($id: ID!) { innovationChallenge(id: $id) { phase } }`,
    variables: () => ({ id: matrixChallenge }),
  },
  innovationStageCounts: {
    rules: 'PUBLIC',
    path: ['innovationStageCounts'],
    document: `query { innovationStageCounts { stage ideas } }`,
    variables: () => ({}),
  },
  'node(InnovationIdea)': {
    rules: 'PUBLIC',
    path: ['node'],
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({ id: matrixIdea }),
  },
  juryResult: {
    rules: TRAINING_OFFICERS,
    path: ['node', 'juryResult'],
    document: `query($id: ID!) { node(id: $id) { ... on InnovationIdea { juryResult { submittedCount } } } }`,
    variables: () => ({ id: matrixIdea }),
  },
  juryAssignments: {
    rules: TRAINING_OFFICERS,
    path: ['node', 'juryAssignments'],
    document: `query($id: ID!) { node(id: $id) { ... on InnovationIdea { juryAssignments { status } } } }`,
    variables: () => ({ id: matrixIdea }),
  },
  juryCandidates: {
    rules: TRAINING_OFFICERS,
    path: ['node', 'juryCandidates'],
    document: `query($id: ID!) { node(id: $id) { ... on InnovationIdea { juryCandidates { userId } } } }`,
    variables: () => ({ id: matrixIdea }),
  },
  participationCounts: {
    rules: 'PUBLIC',
    path: ['participationCounts'],
    document: `query { participationCounts { contributions organizations answers } }`,
    variables: () => ({}),
  },
  resultsIndicators: {
    // the programme's indicators, counts under 5 suppressed: public
    rules: 'PUBLIC',
    path: ['resultsIndicators'],
    document: `query { resultsIndicators { code actual { value suppressed } } }`,
    variables: () => ({}),
  },
  resultsIndicatorRecords: {
    // the records behind a figure (organisations, participations): officers, MoSD officials and administrators
    rules: TRAINING_OFFICERS,
    path: ['resultsIndicatorRecords'],
    document: `query { resultsIndicatorRecords(code: "CSOS_SUPPORTED", first: 1) { totalCount } }`,
    variables: () => ({}),
  },
  auditEvents: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['auditEvents'],
    document: `query { auditEvents(first: 1) { totalCount } }`,
    variables: () => ({}),
  },
};

interface Persona {
  name: string;
  roles: PlatformRoleName[];
  memberships: [string, MemberRoleName][];
  cookie?: string;
  /** A second session, for the field checks (the mutations end the first one with sessionDelete). */
  freshCookie?: string;
}

describe('authorisation matrix', () => {
  let api: TestApi;
  const personas: Persona[] = [];
  let orgAUuid = '';
  let orgBUuid = '';

  beforeAll(async () => {
    api = await startTestApi();
    const [a, b, c] = await createOrganizations(api.orm, [
      { nameEn: 'Matrix A' },
      { nameEn: 'Matrix B' },
      { nameEn: 'Matrix C' },
    ]);
    orgAUuid = a!.id;
    orgBUuid = b!.id;
    orgA = toGlobalId('Organization', orgAUuid);
    orgB = toGlobalId('Organization', orgBUuid);
    // a course and a session whose registration opens next month (so a registration attempt writes nothing)
    const course = randomUUID();
    const session = randomUUID();
    const knex = api.orm.em.getKnex();
    await knex('training_course').insert({
      id: course,
      title_en: 'Matrix course',
      topic_code: 'GOVERNANCE',
      level: 'INTRODUCTORY',
      audience: 'BOTH',
      expected_hours: 6,
    });
    const month = 30 * 24 * 3_600_000;
    await knex('training_session').insert({
      id: session,
      course_id: course,
      starts_at: new Date(Date.now() + 2 * month),
      ends_at: new Date(Date.now() + 2 * month + 3_600_000),
      governorate_code: 'JO-AM',
      language: 'ARABIC',
      seats: 10,
      registration_opens_at: new Date(Date.now() + month),
      registration_deadline: new Date(Date.now() + 1.5 * month),
      cancellation_deadline: new Date(Date.now() + 1.5 * month),
      audience: 'BOTH',
    });
    // one participant, so that the registrations' nested fields are resolved
    const participant = randomUUID();
    await knex('auth_user').insert({
      id: participant,
      name: 'Matrix participant',
      email: unique(),
      email_verified: true,
    });
    await knex('training_registration').insert({
      id: randomUUID(),
      session_id: session,
      user_id: participant,
      as_public_official: true,
      status: 'CONFIRMED',
    });
    await knex('training_session').where({ id: session }).update({ confirmed_count: 1 });
    trainingCourse = toGlobalId('TrainingCourse', course);
    // a published grant call, so that its officers-only fields are resolved
    await knex('grant_call').insert({
      id: randomUUID(),
      title_en: 'Matrix call',
      jod_rate_micros: 770_000,
      min_grant_minor: 10_000_00,
      max_grant_minor: 50_000_00,
      cofinancing_rate_bps: 1000,
      requires_verified: false,
      min_years_registered: 0,
      governorate_codes: [],
      min_co_applicants: 0,
      max_co_applicants: 1,
      public_associates_allowed: true,
      opens_at: new Date(Date.now() - month),
      deadline_at: new Date(Date.now() + month),
      status: 'PUBLISHED',
    });
    trainingSession = toGlobalId('TrainingSession', session);
    // a confirmed participant who attended nothing (issuing answers a userError) and a certificate to revoke
    const graduate = randomUUID();
    await knex('auth_user').insert({
      id: graduate,
      name: 'Matrix participant',
      email: unique(),
      email_verified: true,
    });
    const registration = randomUUID();
    await knex('training_registration').insert({
      id: registration,
      session_id: session,
      user_id: graduate,
      status: 'CONFIRMED',
      as_public_official: true,
    });
    await knex('training_session').where({ id: session }).update({ confirmed_count: 2 });
    const certificate = randomUUID();
    await knex('training_certificate').insert({
      id: certificate,
      registration_id: registration,
      session_id: session,
      user_id: graduate,
      code: 'MATR1XC0DE00',
      participant_name: 'Matrix participant',
      issuer_name_ar: 'برنامج',
      issuer_name_en: 'Programme',
    });
    trainingRegistration = toGlobalId('TrainingRegistration', registration);
    // services of C, whose members are none of the personas: every signed-in persona is answered NOT_AN_EDITOR
    const services = [randomUUID(), randomUUID()];
    const locations = [randomUUID(), randomUUID()];
    for (const [i, id] of services.entries()) {
      await knex('service').insert({
        id,
        organization_id: c!.id,
        name_en: `Matrix service ${i}`,
        category_code: 'REHABILITATION',
        fee: 'FREE',
      });
      await knex('service_location').insert({ id: locations[i], service_id: id, governorate_code: 'JO-AJ' });
    }
    matrixService = toGlobalId('Service', services[0]!);
    matrixOtherService = toGlobalId('Service', services[1]!);
    matrixLocation = toGlobalId('ServiceLocation', locations[0]!);
    matrixOtherLocation = toGlobalId('ServiceLocation', locations[1]!);
    const institution = randomUUID();
    await knex('care_institution').insert({
      id: institution,
      name_en: 'Matrix care home',
      ownership: 'PUBLIC',
      governorate_code: 'JO-AM',
      capacity: 20,
    });
    careInstitution = toGlobalId('CareInstitution', institution);
    const challenge = randomUUID();
    await knex('innovation_challenge').insert({
      id: challenge,
      title_en: 'Matrix challenge',
      problem_en: 'Matrix problem',
      owner_kind: 'PROGRAMME',
      ideas_open_at: new Date(Date.now() - month),
      ideas_close_at: new Date(Date.now() + month),
      shortlist_due_at: new Date(Date.now() + 2 * month),
      status: 'PUBLISHED',
      published_at: new Date(),
    });
    const idea = randomUUID();
    await knex('innovation_idea').insert({
      id: idea,
      challenge_id: challenge,
      organization_id: orgAUuid,
      title_en: 'Matrix idea',
      summary_en: 'Matrix summary',
    });
    matrixChallenge = toGlobalId('InnovationChallenge', challenge);
    matrixIdea = toGlobalId('InnovationIdea', idea);
    trainingCertificate = toGlobalId('TrainingCertificate', certificate);
    const definitions: Persona[] = [
      { name: 'anonymous', roles: [], memberships: [] },
      { name: 'signed-in person', roles: [], memberships: [] },
      { name: 'owner of A', roles: [], memberships: [[orgAUuid, 'OWNER']] },
      { name: 'editor of A', roles: [], memberships: [[orgAUuid, 'EDITOR']] },
      { name: 'viewer of A', roles: [], memberships: [[orgAUuid, 'VIEWER']] },
      { name: 'owner of B', roles: [], memberships: [[orgBUuid, 'OWNER']] },
      { name: 'reviewer', roles: ['REVIEWER'], memberships: [] },
      { name: 'programme officer', roles: ['PROGRAMME_OFFICER'], memberships: [] },
      { name: 'MoSD official', roles: ['MOSD_OFFICIAL'], memberships: [] },
      { name: 'administrator', roles: ['ADMINISTRATOR'], memberships: [] },
    ];
    for (const persona of definitions) {
      if (persona.name !== 'anonymous') {
        const person = await createTestPerson(api, {
          roles: persona.roles,
          memberships: persona.memberships.map(([organizationId, role]) => ({ organizationId, role })),
        });
        persona.cookie = await signIn(api, person.email, person.password);
        persona.freshCookie = await signIn(api, person.email, person.password);
      }
      personas.push(persona);
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  it('has an entry for every mutation of the schema and every @Authorized field, with the declared rules', async () => {
    const schema = await createSchema();
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(MUTATIONS).sort());
    const declared = new Map(
      getMetadataStorage().authorizedFields.map((m) => [m.fieldName, [...(m.roles as AuthRule[])].sort()]),
    );
    for (const [name, entry] of Object.entries({ ...MUTATIONS, ...FIELDS })) {
      expect({ name, rules: declared.get(name) ?? 'PUBLIC' }).toEqual({
        name,
        rules: entry.rules === 'PUBLIC' ? 'PUBLIC' : [...entry.rules].sort(),
      });
    }
    const covered = new Set(Object.keys({ ...MUTATIONS, ...FIELDS }));
    expect([...declared.keys()].filter((name) => !covered.has(name))).toEqual([]);
  });

  const expectedAccess = (persona: Persona, rules: AuthRule[] | 'PUBLIC'): boolean => {
    if (rules === 'PUBLIC') return true;
    if (persona.name === 'anonymous') return false;
    const viewer = {
      roles: new Set(persona.roles),
      memberships: new Map(persona.memberships),
    } as unknown as Viewer;
    return rules.some((rule) => allows(viewer, rule, orgAUuid));
  };

  it('lets each role through exactly where the matrix says, for every mutation', async () => {
    const outcomes: string[] = [];
    const mismatches: string[] = [];
    // signing out last: it ends the persona's session
    const names = Object.keys(MUTATIONS).sort((a, b) => Number(a === 'sessionDelete') - Number(b === 'sessionDelete'));
    for (const persona of personas) {
      for (const name of names) {
        const entry = MUTATIONS[name]!;
        const response = await api.graphql(entry.document, entry.variables(), {
          headers: persona.cookie ? { cookie: persona.cookie } : {},
        });
        const code = response.body.errors?.[0]?.extensions?.code;
        const denied = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
        if (code !== undefined && !denied)
          mismatches.push(`${persona.name} × ${name}: unexpected ${JSON.stringify(code)}`);
        const expected = expectedAccess(persona, entry.effective ?? entry.rules);
        if (denied === expected) mismatches.push(`${persona.name} × ${name}: ${denied ? 'denied' : 'allowed'}`);
        if (denied && persona.name === 'anonymous' && code !== 'UNAUTHENTICATED') {
          mismatches.push(`${persona.name} × ${name}: ${String(code)} instead of UNAUTHENTICATED`);
        }
        outcomes.push(`${persona.name} × ${name}: ${denied ? 'denied' : 'allowed'}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(outcomes).toHaveLength(personas.length * names.length);
  });

  it('shows each protected field exactly to the roles of the matrix', async () => {
    const mismatches: string[] = [];
    for (const persona of personas) {
      for (const [name, entry] of Object.entries(FIELDS)) {
        const response = await api.graphql(entry.document, entry.variables(), {
          headers: persona.freshCookie ? { cookie: persona.freshCookie } : {},
        });
        // refused at the field or at a field on its path (a nested field is out of reach when its parent is)
        const error = response.body.errors?.find((e) => {
          const at = (e.path ?? []).map(String);
          return at.length > 0 && at.length <= entry.path.length && at.every((key, i) => key === entry.path[i]);
        });
        const denied = error?.extensions?.code === 'UNAUTHENTICATED' || error?.extensions?.code === 'FORBIDDEN';
        if (denied === expectedAccess(persona, entry.effective ?? entry.rules)) {
          mismatches.push(`${persona.name} × ${name}: ${denied ? 'denied' : 'allowed'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
