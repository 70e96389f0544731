/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The input of `accountEmailChangeUndo`. */
export type AccountEmailChangeUndoInput = {
  /** The token of the link sent to the old address. */
  token: string;
};

/** The input of `accountEmailVerify`. */
export type AccountEmailVerifyInput = {
  /** The token of the link sent by email. */
  token: string;
};

/** Why an account mutation did not do what was asked. */
export type AccountErrorCode =
  /** Confirm the email address first: a new link was sent. */
  | 'EMAIL_NOT_VERIFIED'
  /** Wrong email or password (the same answer for an unknown email). */
  | 'INVALID_CREDENTIALS'
  /** Not an email address. */
  | 'INVALID_EMAIL'
  /** The link is wrong, expired or already used. */
  | 'INVALID_TOKEN'
  /** You are the only owner of an organisation that has other members: make one of them owner first (the message names it). */
  | 'LAST_OWNER'
  /** You already have as many as allowed. */
  | 'LIMIT_REACHED'
  /** Give a name (spaces alone are not one). */
  | 'NAME_REQUIRED'
  /** Only a signed-in browser session can do this (not an API token). */
  | 'NOT_A_SESSION'
  /** No such item among yours. */
  | 'NOT_FOUND'
  /** Too many wrong passwords: wait retryAfterSeconds. */
  | 'TOO_MANY_ATTEMPTS'
  /** At least 12 characters, not a common password, not your email or name. */
  | 'WEAK_PASSWORD';

/** The input of `accountPasswordReset`. */
export type AccountPasswordResetInput = {
  /** The new password: at least 12 characters; not a common password, not your email or name. */
  newPassword: string;
  /** The token of the emailed link. */
  token: string;
};

/** The input of `accountPasswordResetRequest`. */
export type AccountPasswordResetRequestInput = {
  /** Email address (case does not matter). */
  email: string;
};

/** The input of `accountSignUp`. */
export type AccountSignUpInput = {
  /** Email address (case does not matter). */
  email: string;
  /** Full name as colleagues know it. */
  name: string;
  /** At least 12 characters; no other composition rules. */
  password: string;
};

/** The input of `apiTokenCreate`. */
export type ApiTokenCreateInput = {
  /** What it is for, e.g. "Donor dashboard". */
  name: string;
  /** What it may do: READ_ONLY (queries only, the default) or READ_WRITE. */
  scope?: ApiTokenScope;
};

/** The input of `apiTokenRevoke`. */
export type ApiTokenRevokeInput = {
  /** Id of one of your tokens (Viewer.apiTokens). */
  id: string | number;
};

/** What an API token may do. No token manages sessions: that takes a signed-in browser. */
export type ApiTokenScope =
  /** Queries only (the default). */
  | 'READ_ONLY'
  /** Queries and mutations. */
  | 'READ_WRITE';

/** The input of `careInstitutionCreate`. */
export type CareInstitutionCreateInput = {
  /** Whether it still operates (default true). */
  active?: boolean | null | undefined;
  /** Places for residents, at least 1 and not below the residents of a recorded quarter; required to create. */
  capacity?: number | null | undefined;
  /** Governorate code (governorates); required to create. */
  governorate?: string | null | undefined;
  /** Name in Arabic (a name in Arabic or English is required). */
  nameAr?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Public or private; required to create. */
  ownership?: CareOwnership | null | undefined;
};

/** The input of `careInstitutionQuarterRecord`: one institution's figures for one quarter (aggregates only, never a person). */
export type CareInstitutionQuarterRecordInput = {
  /** Places available in community-based care. */
  communityPlaces: number;
  /** To correct recorded figures: their `version` when the form was opened (CONFLICT if they changed since). Left out, the quarter must not be recorded yet (else ALREADY_RECORDED). */
  expectedVersion?: number | null | undefined;
  /** CareInstitution.id. */
  institutionId: string | number;
  /** The quarter, 1 to 4; not one that has not started yet (Amman time). */
  quarter: number;
  /** Residents at the quarter's end; not above the institution's capacity. */
  residents: number;
  /** Transitions to community-based care during the quarter; with those to family care, not above the residents. */
  transitionsToCommunity: number;
  /** Transitions to family care during the quarter. */
  transitionsToFamily: number;
  /** The year (2000 to 2100). */
  year: number;
};

/** The input of `careInstitutionUpdate`: the fields given change, the others stay. */
export type CareInstitutionUpdateInput = {
  /** Whether it still operates (default true). */
  active?: boolean | null | undefined;
  /** Places for residents, at least 1 and not below the residents of a recorded quarter; required to create. */
  capacity?: number | null | undefined;
  /** The institution's `version` when the form was opened: if someone saved it meanwhile, nothing is saved and the answer is CONFLICT. Left out, the last save wins. */
  expectedVersion?: number | null | undefined;
  /** Governorate code (governorates); required to create. */
  governorate?: string | null | undefined;
  /** CareInstitution.id. */
  institutionId: string | number;
  /** Name in Arabic (a name in Arabic or English is required). */
  nameAr?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Public or private; required to create. */
  ownership?: CareOwnership | null | undefined;
};

/** Who runs a residential care institution. */
export type CareOwnership =
  /** Run by a private or voluntary body. */
  | 'PRIVATE'
  /** Run by the state (MoSD). */
  | 'PUBLIC';

/** The input of `consultationContributionAnswer`. */
export type ConsultationContributionAnswerInput = {
  /** Accepted, partly accepted or not accepted. */
  answer: ContributionAnswer;
  /** ConsultationContribution.id. */
  contributionId: string | number;
  /** Why (required, up to 5,000 characters). */
  reason: string;
};

/** The input of `consultationContributionCreate`. */
export type ConsultationContributionCreateInput = {
  /** The reasons for the position (up to 5,000 characters). */
  comment: string;
  /** The id answered by POST /uploads/consultation-evidence, to attach evidence. */
  evidenceId?: string | number | null | undefined;
  /** Organization.id of the verified organisation contributing (you are its editor). */
  organizationId: string | number;
  /** The organisation's position on the section. */
  position: ContributionPosition;
  /** ConsultationSection.id. */
  sectionId: string | number;
};

/** The input of `consultationContributionEndorse`. */
export type ConsultationContributionEndorseInput = {
  /** ConsultationContribution.id. */
  contributionId: string | number;
  /** Organization.id of the verified organisation endorsing it (you are its editor). */
  organizationId: string | number;
};

/** The input of `consultationContributionUpdate`: the fields given change. */
export type ConsultationContributionUpdateInput = {
  /** The new reasons. */
  comment?: string | null | undefined;
  /** ConsultationContribution.id. */
  contributionId: string | number;
  /** Evidence to attach instead (POST /uploads/consultation-evidence). */
  evidenceId?: string | number | null | undefined;
  /** The new position. */
  position?: ContributionPosition | null | undefined;
  /** The version read (ConsultationContribution.version). */
  version: number;
};

/** Who puts the draft to organisations. */
export type ConsultationOwnerKind =
  /** A directorate of the ministry (ownerInstitution says which). */
  | 'DIRECTORATE'
  /** The Ministry of Social Development (national). */
  | 'MOSD'
  /** The programme. */
  | 'PROGRAMME';

/** Where a consultation stands, by its dates and the database clock. */
export type ConsultationPhase =
  /** Closed to contributions: the owners answer each one. */
  | 'ANALYSIS'
  /** The report is published: answers and what changed are public. */
  | 'ANSWERED'
  /** Being prepared by its owners: not public. */
  | 'DRAFT'
  /** Open phase: verified organisations contribute, change their contributions and endorse. */
  | 'OPEN'
  /** Published, its open phase has not begun. */
  | 'UPCOMING';

/** The input of `consultationReportPublish`. */
export type ConsultationReportPublishInput = {
  /** Consultation.id. */
  consultationId: string | number;
};

/** The input of `consultationSectionChangesSet`. */
export type ConsultationSectionChangesSetInput = {
  /** ConsultationSection.id. */
  sectionId: string | number;
  /** What changed in the section, in Arabic. */
  whatChangedAr?: string | null | undefined;
  /** What changed in the section, in English. */
  whatChangedEn?: string | null | undefined;
};

/** Who sees a contact of an organisation. */
export type ContactVisibility =
  /** The organisation's members and the officers only (`Organization.privateContacts`). */
  | 'PRIVATE'
  /** Everyone: the public directory and its exports (`Organization.publicContacts`). */
  | 'PUBLIC';

/** The owner's answer to a contribution (always with its reason). */
export type ContributionAnswer =
  /** Taken into the policy. */
  | 'ACCEPTED'
  /** Not taken. */
  | 'NOT_ACCEPTED'
  /** Taken in part. */
  | 'PARTLY_ACCEPTED';

/** An organisation's position on a section. */
export type ContributionPosition =
  /** Opposes it, for the reasons the comment gives. */
  | 'OPPOSE'
  /** Supports the section as written. */
  | 'SUPPORT'
  /** Supports it with the changes the comment gives. */
  | 'SUPPORT_WITH_CHANGES';

/** How the viewer proved who they are. */
export type Credential =
  /** A personal API token (Authorization: Bearer). */
  | 'API_TOKEN'
  /** A session cookie of a signed-in browser. */
  | 'SESSION';

/** Why a change to a care institution or to a quarter's figures was not made. */
export type DeinstitutionalisationErrorCode =
  /** The quarter's figures are already recorded: correct them by sending their `version` as expectedVersion. */
  | 'ALREADY_RECORDED'
  /** Residents cannot exceed the institution's capacity. */
  | 'CAPACITY_EXCEEDED'
  /** Someone saved a change since the form was opened (`expectedVersion` is not the current version): nothing was saved; reload and apply your change again. */
  | 'CONFLICT'
  /** The quarter has not started yet (by the database's clock, in Amman time): figures are reported for past or current quarters. */
  | 'FUTURE_QUARTER'
  /** Give a name in Arabic or English (or both). */
  | 'NAME_REQUIRED'
  /** A count cannot be negative (and a capacity is at least 1). */
  | 'NEGATIVE_NUMBER'
  /** Transitions to family care and to community-based care together cannot exceed the residents. */
  | 'TRANSITIONS_EXCEED_RESIDENTS'
  /** Not a value of the code list (see the field; governorates). */
  | 'UNKNOWN_CODE';

/** What a table of deinstitutionalisation figures counts. */
export type DeinstitutionalisationMeasure =
  /** Places available in community-based care. */
  | 'COMMUNITY_PLACES'
  /** Persons living in residential care institutions at the quarter's end. */
  | 'RESIDENTS'
  /** Persons who moved from an institution to community-based care during the quarter. */
  | 'TRANSITIONS_TO_COMMUNITY'
  /** Persons who moved from an institution to family care during the quarter. */
  | 'TRANSITIONS_TO_FAMILY';

/** Why a change to an organisation's directory profile was not made. */
export type DirectoryErrorCode =
  /** The profile was changed by someone else since the form was opened (`expectedVersion` is not its version): nothing was saved; the payload carries the profile as it is now. */
  | 'CONFLICT'
  /** A contact needs an email address or a phone number (or both). */
  | 'CONTACT_UNREACHABLE'
  /** The value is out of its range or not in the expected form (the message says which). */
  | 'INVALID_VALUE'
  /** Keep a name in Arabic or English (or both). */
  | 'NAME_REQUIRED'
  /** There is no such organisation. */
  | 'NOT_FOUND'
  /** Not a value of the code list (see the field). */
  | 'UNKNOWN_CODE';

/** The input of `grantApplicationCreate`. */
export type GrantApplicationCreateInput = {
  /** GrantCall.id of an open call. */
  callId: string | number;
  /** Organization.id of the lead applicant (you are its editor or owner). */
  leadOrganizationId: string | number;
  /** GrantLot.id of the lot applied to (can be chosen later). */
  lotId?: string | number | null | undefined;
};

/** The input of `grantApplicationEligibilityDecide`. */
export type GrantApplicationEligibilityDecideInput = {
  /** GrantApplication.id of a submitted application. */
  applicationId: string | number;
  /** Eligible (true) or not (false). */
  eligible: boolean;
  /** The reasons (required when not eligible; told to the lead). */
  reasons?: string | null | undefined;
};

/** The input of `grantApplicationPartnerConfirm`. */
export type GrantApplicationPartnerConfirmInput = {
  /** GrantApplication.id. */
  applicationId: string | number;
  /** Organization.id (a co-applicant) or Institution.id (an associate) you act for. */
  partnerId: string | number;
};

/** The input of `grantApplicationPartnerDecline`. */
export type GrantApplicationPartnerDeclineInput = {
  /** GrantApplication.id. */
  applicationId: string | number;
  /** Organization.id (a co-applicant) or Institution.id (an associate) you act for. */
  partnerId: string | number;
  /** Why, for the lead (kept in the audit log). */
  reason?: string | null | undefined;
};

/** The input of `grantApplicationRankingAnnotate`. */
export type GrantApplicationRankingAnnotateInput = {
  /** GrantApplication.id of an application in a ranking. */
  applicationId: string | number;
  /** The officers' note (empty or null clears it). */
  note?: string | null | undefined;
};

/** The input of `grantApplicationReviewDecide`. */
export type GrantApplicationReviewDecideInput = {
  /** GrantApplication.id of an application under review. */
  applicationId: string | number;
  /** Shortlist or reject. */
  decision: GrantReviewDecision;
  /** Why (required to reject; told to the lead). */
  note?: string | null | undefined;
};

/** The input of `grantApplicationReviewersAssign`. */
export type GrantApplicationReviewersAssignInput = {
  /** GrantApplication.id of an eligible application (or one under review). */
  applicationId: string | number;
  /** Uuids of the reviewers to add (ReviewerCandidate.userId). */
  reviewerIds: Array<string | number>;
};

/** Where an application stands: draft, submitted, then eligible or not, under review, shortlisted or rejected. */
export type GrantApplicationStatus =
  /** Editable by the lead's and the co-applicants' editors. */
  | 'DRAFT'
  /** Declared eligible by an officer: it waits for its reviewers. */
  | 'ELIGIBLE'
  /** Declared ineligible by an officer (an eligibility decision or a confirmed screening hit), with the reasons. */
  | 'INELIGIBLE'
  /** Rejected by an officer from the ranking of its lot. */
  | 'REJECTED'
  /** Shortlisted by an officer from the ranking of its lot. */
  | 'SHORTLISTED'
  /** Locked, with its receipt number and time. */
  | 'SUBMITTED'
  /** Reviewers are assigned and score it against the call’s rubric. */
  | 'UNDER_REVIEW'
  /** Withdrawn by the lead: it takes no further part. */
  | 'WITHDRAWN';

/** The input of `grantApplicationSubmit`. */
export type GrantApplicationSubmitInput = {
  /** GrantApplication.id. */
  applicationId: string | number;
  /** A key of your choosing (e.g. a uuid made when the form was shown): sent again, the first answer comes back. */
  idempotencyKey: string;
};

/** The input of `grantApplicationUpdate`: the application, its version, and the fields that change. */
export type GrantApplicationUpdateInput = {
  /** GrantApplication.id. */
  applicationId: string | number;
  /** Institution.id of each associate (replacing them). */
  associateIds?: Array<string | number> | null | undefined;
  /** The budget lines (replacing them). */
  budgetLines?: Array<GrantBudgetLineInput> | null | undefined;
  /** Organization.id of each co-applicant (replacing them; those kept keep their confirmation). */
  coApplicantIds?: Array<string | number> | null | undefined;
  /** Description in Arabic. */
  descriptionAr?: string | null | undefined;
  /** Description in English. */
  descriptionEn?: string | null | undefined;
  /** Duration in months (1 to 60). */
  durationMonths?: number | null | undefined;
  /** Governorate codes (replacing them). */
  governorates?: Array<string> | null | undefined;
  /** Urban, rural or both. */
  locality?: GrantLocality | null | undefined;
  /** The logframe (replacing it). */
  logframe?: Array<GrantObjectiveInput> | null | undefined;
  /** GrantLot.id of the lot applied to. */
  lotId?: string | number | null | undefined;
  /** Summary in Arabic. */
  summaryAr?: string | null | undefined;
  /** Summary in English. */
  summaryEn?: string | null | undefined;
  /** Target groups (replacing them). */
  targetGroups?: Array<GrantTargetGroupReachInput> | null | undefined;
  /** The project's title in Arabic. */
  titleAr?: string | null | undefined;
  /** The project's title in English. */
  titleEn?: string | null | undefined;
  /** The version the edit was made on (GrantApplication.version). */
  version: number;
};

/** The category of a budget line. */
export type GrantBudgetCategory =
  /** Activities with beneficiaries (sessions, visits, events). */
  | 'ACTIVITIES'
  /** Equipment and supplies bought for the project. */
  | 'EQUIPMENT'
  /** Indirect costs (overheads). */
  | 'INDIRECT'
  /** Office and running costs. */
  | 'OFFICE'
  /** Anything else (the description says what). */
  | 'OTHER'
  /** Services bought (housing, care, consultants, audits). */
  | 'SERVICES'
  /** Salaries and fees of project staff. */
  | 'STAFF'
  /** Travel and transport. */
  | 'TRAVEL';

/** A budget line: integer minor units in the call currency. */
export type GrantBudgetLineInput = {
  /** Its category. */
  category: GrantBudgetCategory;
  /** Co-financed, in minor units (cents). */
  cofinancingMinor: number;
  /** ISO 4217 code: the call's currency (EUR). */
  currency: string;
  /** What it pays for. */
  description: string;
  /** Requested from the programme, in minor units (cents). */
  requestedMinor: number;
};

/** The input of `grantCallQuestionAsk`: a question about a call (Arabic or English at least). */
export type GrantCallQuestionAskInput = {
  /** GrantCall.id. */
  callId: string | number;
  /** The question in Arabic. */
  questionAr?: string | null | undefined;
  /** The question in English. */
  questionEn?: string | null | undefined;
};

/** The input of `grantCallQuestionPublish`: a question and its answer (each in Arabic or English at least). */
export type GrantCallQuestionPublishInput = {
  /** The answer in Arabic. */
  answerAr?: string | null | undefined;
  /** The answer in English. */
  answerEn?: string | null | undefined;
  /** GrantCallAskedQuestion.id: the applicant's question this answers (marked answered). */
  askedQuestionId?: string | number | null | undefined;
  /** GrantCall.id. */
  callId: string | number;
  /** The question in Arabic. */
  questionAr?: string | null | undefined;
  /** The question in English. */
  questionEn?: string | null | undefined;
};

/** Where a call for proposals stands. */
export type GrantCallStatus =
  /** Closed by an officer: no more applications. */
  | 'CLOSED'
  /** Being prepared by officers: not public. */
  | 'DRAFT'
  /** Public: applications are accepted from its opening until its deadline. */
  | 'PUBLISHED';

/** Why a grants mutation changed nothing (the field says which input, the message says the rule). */
export type GrantErrorCode =
  /** The organisation already leads an application to this call. */
  | 'ALREADY_APPLIED'
  /** The partner has already confirmed its participation. */
  | 'ALREADY_CONFIRMED'
  /** The amount requested is above the lot's envelope. */
  | 'AMOUNT_ABOVE_ENVELOPE'
  /** The amount requested is above the call's maximum grant. */
  | 'AMOUNT_ABOVE_MAXIMUM'
  /** The amount requested is below the call's minimum grant. */
  | 'AMOUNT_BELOW_MINIMUM'
  /** No such application (or not yours to see). */
  | 'APPLICATION_NOT_FOUND'
  /** The applicant's question is already answered. */
  | 'ASKED_QUESTION_ANSWERED'
  /** No such applicant's question on this call. */
  | 'ASKED_QUESTION_NOT_FOUND'
  /** The call does not allow public associates. */
  | 'ASSOCIATES_NOT_ALLOWED'
  /** Only a draft call changes its rules or is published. */
  | 'CALL_NOT_DRAFT'
  /** No such call (or not public). */
  | 'CALL_NOT_FOUND'
  /** The call has not opened yet. */
  | 'CALL_NOT_OPEN'
  /** The call is not published (a draft, or closed). */
  | 'CALL_NOT_PUBLISHED'
  /** The co-financing is below the call's rate of the total cost. */
  | 'COFINANCING_TOO_LOW'
  /** The call allows fewer co-applicants. */
  | 'CONSORTIUM_TOO_LARGE'
  /** The call requires more co-applicants. */
  | 'CONSORTIUM_TOO_SMALL'
  /** A budget line is not in the call's currency. */
  | 'CURRENCY_MISMATCH'
  /** The deadline is before (or at) the opening. */
  | 'DEADLINE_BEFORE_OPENING'
  /** The call's deadline has passed (by the database's clock). */
  | 'DEADLINE_PASSED'
  /** A partner is named twice, or is the lead itself. */
  | 'DUPLICATE_PARTNER'
  /** The project lasts longer than the call allows. */
  | 'DURATION_TOO_LONG'
  /** The call does not fund work in this governorate. */
  | 'GOVERNORATE_NOT_ELIGIBLE'
  /** The minimum grant is above the maximum. */
  | 'GRANT_RANGE_INVALID'
  /** The idempotency key was used for another application. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Not a restrictive-measures list in the EU FSF CSV format (the message says what is missing). */
  | 'INVALID_SCREENING_FILE'
  /** The value is outside what the field accepts (the message says the limits). */
  | 'INVALID_VALUE'
  /** The call is for verified organisations: the lead is not verified. */
  | 'LEAD_NOT_VERIFIED'
  /** Each objective needs a text and at least one indicator with baseline and target. */
  | 'LOGFRAME_INCOMPLETE'
  /** A call has at least one lot. */
  | 'LOTS_REQUIRED'
  /** Only the organisation's editors and owners act for it. */
  | 'NOT_A_MEMBER'
  /** The organisation or institution is not a partner of this application. */
  | 'NOT_A_PARTNER'
  /** The application is no longer a draft: its partners stay as submitted. */
  | 'NOT_DECLINABLE'
  /** The application is submitted or withdrawn: it no longer changes. */
  | 'NOT_EDITABLE'
  /** The application is already withdrawn. */
  | 'NOT_WITHDRAWABLE'
  /** A partner has not confirmed its participation yet. */
  | 'PARTNER_NOT_CONFIRMED'
  /** The call is for verified organisations: a co-applicant is not verified. */
  | 'PARTNER_NOT_VERIFIED'
  /** Submitting needs this field. */
  | 'REQUIRED'
  /** A document the call requires is not attached (the field and the message name it). */
  | 'REQUIRED_DOCUMENT_MISSING'
  /** Fewer reviews are submitted than the minimum (two): decide later. */
  | 'REVIEWS_INCOMPLETE'
  /** The screening hit is already confirmed or dismissed. */
  | 'SCREENING_HIT_DECIDED'
  /** No such screening hit. */
  | 'SCREENING_HIT_NOT_FOUND'
  /** Give a title in Arabic or English. */
  | 'TITLE_REQUIRED'
  /** An applicant was registered fewer years ago than the call requires. */
  | 'TOO_RECENTLY_REGISTERED'
  /** The call does not ask for a document with this code (requiredDocuments). */
  | 'UNKNOWN_DOCUMENT'
  /** Not a governorate code (governorates), e.g. JO-MA. */
  | 'UNKNOWN_GOVERNORATE'
  /** Not a lot of this call. */
  | 'UNKNOWN_LOT'
  /** Not an organisation (co-applicant) or an institution (associate). */
  | 'UNKNOWN_PARTNER'
  /** Not a target group code (targetGroups). */
  | 'UNKNOWN_TARGET_GROUP'
  /** Someone changed the application meanwhile: reload it and edit again. */
  | 'VERSION_CONFLICT'
  /** The application is not in the state this decision needs (the message says which). */
  | 'WRONG_STATE';

/** An indicator with its baseline and target. */
export type GrantIndicatorInput = {
  /** Its value at the start. */
  baseline: string;
  /** Its value hoped for at the end. */
  target: string;
  /** What is measured, in Arabic. */
  textAr?: string | null | undefined;
  /** What is measured, in English. */
  textEn?: string | null | undefined;
};

/** Where a project works: towns, the countryside or both. */
export type GrantLocality =
  /** In towns and in the countryside. */
  | 'BOTH'
  /** In the countryside. */
  | 'RURAL'
  /** In towns and cities. */
  | 'URBAN';

/** The theme of a lot. */
export type GrantLotTheme =
  /** Other community-based social services. */
  | 'COMMUNITY_SERVICES'
  /** Community-based services that help persons with disabilities leave institutions. */
  | 'DEINSTITUTIONALISATION'
  /** Another theme (its title says which). */
  | 'OTHER'
  /** Pilot projects of social innovation in social protection. */
  | 'SOCIAL_INNOVATION';

/** An objective of the logframe with its indicators. */
export type GrantObjectiveInput = {
  /** Its indicators. */
  indicators: Array<GrantIndicatorInput>;
  /** The objective in Arabic. */
  textAr?: string | null | undefined;
  /** The objective in English. */
  textEn?: string | null | undefined;
};

/** How a partner takes part in an application. */
export type GrantPartnerRole =
  /** A public institution associated with the project (it receives no funds). */
  | 'ASSOCIATE'
  /** A CSO applying with the lead (its editors may edit the draft). */
  | 'CO_APPLICANT';

/** An officer's decision on an application from its lot's ranking. */
export type GrantReviewDecision =
  /** Rejected (the note says why). */
  | 'REJECT'
  /** Shortlisted (it goes on to the award). */
  | 'SHORTLIST';

/** A target group and the beneficiaries expected in it. */
export type GrantTargetGroupReachInput = {
  /** Target group code (targetGroups). */
  code: string;
  /** Beneficiaries expected (at least 1 to submit). */
  expectedBeneficiaries: number;
};

/** org-id.guide scheme of an official identifier. */
export type IdentifierScheme =
  /** JO-CCD: Companies Control Department (non-profit companies). */
  | 'JO_CCD'
  /** JO-MSD: Ministry of Social Development, Register of Associations (13-digit national number). */
  | 'JO_MSD';

/** Which institutions to list. */
export type InstitutionFilter = {
  /** Institutions of this governorate (code, e.g. JO-MA); national bodies have none. */
  governorate?: string | null | undefined;
  /** Institutions of this type. */
  type?: InstitutionType | null | undefined;
};

/** What kind of public body an institution is. */
export type InstitutionType =
  /** A ministry (national). */
  | 'MINISTRY'
  /** A directorate of the Ministry of Social Development in one governorate. */
  | 'MOSD_DIRECTORATE'
  /** A municipality (or Greater Amman Municipality). */
  | 'MUNICIPALITY'
  /** Another public body: an authority, council, fund or centre. */
  | 'PUBLIC_AGENCY';

/** Whether the organisation is based in an urban or a rural locality. */
export type LocalityType =
  /** Rural locality. */
  | 'RURAL'
  /** Urban locality. */
  | 'URBAN';

/** The input of `matchmakingAgendaLinkReset`. */
export type MatchmakingAgendaLinkResetInput = {
  /** MatchmakingParticipant.id you act for. */
  participantId: string | number;
};

/** The input of `matchmakingAvailabilitySet`. */
export type MatchmakingAvailabilitySetInput = {
  /** MatchmakingParticipant.id you act for. */
  participantId: string | number;
  /** Every slot it is free in (MatchmakingSlot.id); the others are not. */
  slotIds: Array<string | number>;
};

/** The input of `matchmakingDayCreate`. */
export type MatchmakingDayCreateInput = {
  /** When the day ends: slots are cut from the start until here. */
  endsAt: string;
  /** Governorate code of the venue (or give an online link). */
  governorate?: string | null | undefined;
  /** The online meeting link (https://), for an online day. */
  onlineUrl?: string | null | undefined;
  /** How long a meeting slot is, in minutes (5 to 240). */
  slotMinutes: number;
  /** When the first slot starts. */
  startsAt: string;
  /** Title in Arabic (this or the English one is required). */
  titleAr?: string | null | undefined;
  /** Title in English. */
  titleEn?: string | null | undefined;
  /** The venue in Arabic. */
  venueAr?: string | null | undefined;
  /** The venue in English. */
  venueEn?: string | null | undefined;
};

/** The input of `matchmakingDayPublish`. */
export type MatchmakingDayPublishInput = {
  /** MatchmakingDay.id. */
  dayId: string | number;
};

/** Whether a matchmaking day is being set up (officers only) or published. */
export type MatchmakingDayStatus =
  /** Being set up: seen by officers only; nobody takes part yet. */
  | 'DRAFT'
  /** Public: organisations and institutions take part and meet. */
  | 'PUBLISHED';

/** Why a matchmaking mutation changed nothing (the field says which input, the message says the rule). */
export type MatchmakingErrorCode =
  /** The day is already published. */
  | 'ALREADY_PUBLISHED'
  /** This organisation or institution already takes part in the day. */
  | 'ALREADY_TAKING_PART'
  /** No such matchmaking day. */
  | 'DAY_NOT_FOUND'
  /** The day is not published yet: nobody takes part or meets before. */
  | 'DAY_NOT_PUBLISHED'
  /** The day ends before (or when) it starts. */
  | 'END_BEFORE_START'
  /** The value is outside what the field accepts (the message says the limits). */
  | 'INVALID_VALUE'
  /** A pending or accepted meeting between the same two participants exists. */
  | 'MEETING_ALREADY_OPEN'
  /** No such meeting request. */
  | 'MEETING_NOT_FOUND'
  /** The meeting was already answered or cancelled. */
  | 'MEETING_NOT_PENDING'
  /** A participant does not ask itself for a meeting. */
  | 'MEETING_WITH_SELF'
  /** Write a message to the other participant. */
  | 'MESSAGE_REQUIRED'
  /** Only an editor or owner of the organisation (or of the institution) acts for it. */
  | 'NOT_A_MEMBER'
  /** Only an editor or owner of the participant concerned acts on a meeting (the invitee answers, the requester cancels). */
  | 'NOT_A_PARTY'
  /** The other party does not take part in the same day. */
  | 'NOT_TAKING_PART'
  /** No slot is free in both agendas (or the slot chosen is not). */
  | 'NO_COMMON_SLOT'
  /** The day is too short for one meeting slot, or cut into more than 96. */
  | 'NO_SLOTS'
  /** No such participant. */
  | 'PARTICIPANT_NOT_FOUND'
  /** A slot that is not one of the day's meeting slots. */
  | 'SLOT_NOT_IN_DAY'
  /** The slot was taken in one of the two agendas meanwhile: try again. */
  | 'SLOT_TAKEN'
  /** Give the day a title in Arabic or English. */
  | 'TITLE_REQUIRED'
  /** Not a governorate code (governorates), e.g. JO-MA. */
  | 'UNKNOWN_GOVERNORATE'
  /** Not the id of an organisation or an institution. */
  | 'UNKNOWN_PARTY'
  /** Say where: a governorate (and venue), or an online link. */
  | 'VENUE_REQUIRED';

/** The input of `matchmakingMeetingAccept`. */
export type MatchmakingMeetingAcceptInput = {
  /** MatchmakingMeeting.id. */
  meetingId: string | number;
  /** MatchmakingSlot.id to meet in (free in both agendas); null takes the first common free slot. */
  slotId?: string | number | null | undefined;
};

/** The input of `matchmakingMeetingCancel`. */
export type MatchmakingMeetingCancelInput = {
  /** MatchmakingMeeting.id. */
  meetingId: string | number;
};

/** The input of `matchmakingMeetingDecline`. */
export type MatchmakingMeetingDeclineInput = {
  /** MatchmakingMeeting.id. */
  meetingId: string | number;
  /** Why, if you wish to say (sent to the requester). */
  reason?: string | null | undefined;
};

/** The input of `matchmakingMeetingRequest`. */
export type MatchmakingMeetingRequestInput = {
  /** MatchmakingParticipant.id that asks (you act for it). */
  fromParticipantId: string | number;
  /** Why meet (required). */
  message: string;
  /** MatchmakingParticipant.id asked, of the same day. */
  toParticipantId: string | number;
};

/** Where a meeting request stands: awaiting an answer, accepted (it holds a slot), declined or cancelled. */
export type MatchmakingMeetingStatus =
  /** Accepted: it holds the same slot in both agendas. */
  | 'ACCEPTED'
  /** Cancelled by the requester (an accepted one frees its slot in both agendas). */
  | 'CANCELLED'
  /** Declined by the invitee (with a reason, if they gave one). */
  | 'DECLINED'
  /** Awaiting an answer from the invitee. */
  | 'PENDING';

/** The input of `matchmakingParticipantRegister`. */
export type MatchmakingParticipantRegisterInput = {
  /** MatchmakingDay.id (a published day). */
  dayId: string | number;
  /** What it comes for, in Arabic. */
  noteAr?: string | null | undefined;
  /** What it comes for, in English. */
  noteEn?: string | null | undefined;
  /** Organization.id or Institution.id you act for (editor or owner). */
  partyId: string | number;
};

/** A person's role in an organisation. */
export type MemberRole =
  /** Edits the organisation's profile and submissions. */
  | 'EDITOR'
  /** Manages the members and everything the editor can do. */
  | 'OWNER'
  /** Sees the organisation's private information. */
  | 'VIEWER';

/** Why a membership mutation did not do what was asked. */
export type MembershipErrorCode =
  /** You already have a claim waiting for this organisation. */
  | 'ALREADY_CLAIMED'
  /** This was already decided. */
  | 'ALREADY_DECIDED'
  /** You are already a member. */
  | 'ALREADY_MEMBER'
  /** The invitation was sent to another email address. */
  | 'EMAIL_MISMATCH'
  /** The directory already has this organisation: claim it instead. */
  | 'IDENTIFIER_TAKEN'
  /** Not an email address. */
  | 'INVALID_EMAIL'
  /** A JO-MSD national number has 13 digits. */
  | 'INVALID_IDENTIFIER'
  /** The invitation is wrong, expired or already used. */
  | 'INVALID_TOKEN'
  /** Never returned: the directory reports its values with DirectoryErrorCode.INVALID_VALUE. */
  | 'INVALID_VALUE'
  /** An organisation keeps at least one owner. */
  | 'LAST_OWNER'
  /** Give the name in Arabic or English (or both). */
  | 'NAME_REQUIRED'
  /** That person is not a member. */
  | 'NOT_A_MEMBER'
  /** Say why (it is shown to the organisation and kept in the audit log). */
  | 'REASON_REQUIRED'
  /** Not a value of the code list (see the field). */
  | 'UNKNOWN_CODE';

/** Sort direction. */
export type OrderDirection =
  /** Ascending (A to Z, oldest first; for relevance, best first). */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** The input of `organizationClaimDecide`. */
export type OrganizationClaimDecideInput = {
  /** True makes the claimant an owner. */
  approve: boolean;
  /** Id of the claim (OrganizationClaim.id, or claimId returned by organizationClaim). */
  claimId: string | number;
  /** Required to reject. */
  reason?: string | null | undefined;
};

/** The input of `organizationClaim`. */
export type OrganizationClaimInput = {
  /** Who you are in the organisation, for the officer deciding. */
  message?: string | null | undefined;
  /** The directory entry you represent. */
  organizationId: string | number;
};

/** A way to reach the organisation: an email address or a phone number, or both. */
export type OrganizationContactInput = {
  /** Email address. */
  email?: string | null | undefined;
  /** Name of a person or office. */
  name?: string | null | undefined;
  /** Phone number, 6 to 20 digits, international format (+962...) where known. */
  phone?: string | null | undefined;
  /** Their role. */
  role?: string | null | undefined;
  /** PUBLIC (shown in the directory) or PRIVATE. */
  visibility: ContactVisibility;
};

/** Narrows the directory. Values within one field are alternatives (OR); fields combine (AND). */
export type OrganizationFilter = {
  /** Founded in this year or later. */
  foundedFrom?: number | null | undefined;
  /** Founded in this year or earlier. */
  foundedTo?: number | null | undefined;
  /** ISO 3166-2:JO codes of governorates (see `governorates`). */
  governorates?: Array<string> | null | undefined;
  /** Codes of legal forms (see `legalForms`). */
  legalForms?: Array<string> | null | undefined;
  /** Urban or rural. */
  localityTypes?: Array<LocalityType> | null | undefined;
  /** Codes of sectors (see `sectors`). */
  sectors?: Array<string> | null | undefined;
  /** Legal statuses (all when omitted). */
  statuses?: Array<OrganizationStatus> | null | undefined;
  /** Codes of target groups (see `targetGroups`). */
  targetGroups?: Array<string> | null | undefined;
  /** Verification states. */
  verificationStates?: Array<VerificationState> | null | undefined;
};

/** The input of `organizationInvitationAccept`. */
export type OrganizationInvitationAcceptInput = {
  /** The token of the emailed invitation link. */
  token: string;
};

/** The input of `organizationMemberInvite`. */
export type OrganizationMemberInviteInput = {
  /** Address to send the invitation to. */
  email: string;
  /** Id of the organisation (Organization.id). */
  organizationId: string | number;
  /** Role the colleague will have. */
  role: MemberRole;
};

/** The input of `organizationMemberUpdate`. */
export type OrganizationMemberUpdateInput = {
  /** Id of the organisation (Organization.id). */
  organizationId: string | number;
  /** The new role; null removes the member. */
  role?: MemberRole | null | undefined;
  /** The member's person uuid (Viewer.uuid). */
  userId: string | number;
};

/** Sort order of the directory. */
export type OrganizationOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The key. */
  field: OrganizationOrderField;
};

/** What the directory is sorted by. */
export type OrganizationOrderField =
  /** Year of founding (unknown years sort first). */
  | 'FOUNDING_YEAR'
  /** Arabic name (the English one when there is none). */
  | 'NAME_AR'
  /** English name (the Arabic one when there is none). */
  | 'NAME_EN'
  /** Best match first: exact name, name prefix, word in a name, word in a mission, typo match. Needs `search`. */
  | 'RELEVANCE'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** The input of `organizationRegister`. */
export type OrganizationRegisterInput = {
  /** Governorate code, ISO 3166-2:JO (see `governorates`). */
  governorate: string;
  /** A key the client makes once per filled-in form (a UUID), sent again with every retry of it: a registration with a key already used answers with the organisation it created, instead of creating another. Without a key, the same fields sent again within 10 minutes count as the same form. */
  idempotencyKey?: string | null | undefined;
  /** Legal form code (see `legalForms`). */
  legalForm: string;
  /** Name in Arabic. */
  nameAr?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** MoSD Register of Associations national number (13 digits). */
  nationalNumber?: string | null | undefined;
};

/** Legal status of an organisation. */
export type OrganizationStatus =
  /** Registered and operating. */
  | 'ACTIVE'
  /** Dissolved; kept for the record. */
  | 'DISSOLVED'
  /** Activities suspended by the registrar. */
  | 'SUSPENDED';

/** The input of `organizationUpdate`. A field left out keeps its value; null (or an empty text) clears it; a list replaces the whole list. */
export type OrganizationUpdateInput = {
  /** Short name, e.g. "JWU". */
  acronym?: string | null | undefined;
  /** Street address in Arabic. */
  addressAr?: string | null | undefined;
  /** Street address in English. */
  addressEn?: string | null | undefined;
  /** Contacts, public and private, in the order shown: the whole list (at most 10). */
  contacts?: Array<OrganizationContactInput> | null | undefined;
  /** District (liwa) within the governorate. */
  district?: string | null | undefined;
  /** The organisation's `version` when the form was opened: if someone saved it meanwhile, nothing is saved and the answer is CONFLICT (with the profile as it is now). Left out, the last save wins. */
  expectedVersion?: number | null | undefined;
  /** Year of registration, 1900 to this year. */
  foundingYear?: number | null | undefined;
  /** Mission in Arabic. */
  missionAr?: string | null | undefined;
  /** Mission in English. */
  missionEn?: string | null | undefined;
  /** Name in Arabic. */
  nameAr?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Id of the organisation (Organization.id). */
  organizationId: string | number;
  /** Sector codes (see `sectors`), the whole list. */
  sectors?: Array<string> | null | undefined;
  /** Pages on social networks, in the order shown: the whole list (at most 10). */
  socialLinks?: Array<SocialLinkInput> | null | undefined;
  /** Paid staff, 0 or more. */
  staffCount?: number | null | undefined;
  /** Target group codes (see `targetGroups`), the whole list. */
  targetGroups?: Array<string> | null | undefined;
  /** Volunteers, 0 or more. */
  volunteerCount?: number | null | undefined;
  /** Website, an http or https URL. */
  website?: string | null | undefined;
};

/** The input of `organizationVerificationDecide`. */
export type OrganizationVerificationDecideInput = {
  /** VERIFIED, REJECTED or INFORMATION_REQUESTED. */
  decision: VerificationDecision;
  /** Id of the organisation (Organization.id). */
  organizationId: string | number;
  /** Required to reject or to request information; shown to the organisation. */
  reason?: string | null | undefined;
};

/** The input of `organizationVerificationSubmit`. */
export type OrganizationVerificationSubmitInput = {
  /** Returned by POST /uploads/verification-evidence for this organisation. */
  evidenceId: string | number;
  /** Id of the organisation (Organization.id). */
  organizationId: string | number;
};

/** Why a participation mutation changed nothing (the field says which input, the message says the rule). */
export type ParticipationErrorCode =
  /** The organisation has a contribution to this section already: change it instead. */
  | 'ALREADY_CONTRIBUTED'
  /** The organisation has endorsed this contribution already. */
  | 'ALREADY_ENDORSED'
  /** The organisation has an idea for this challenge already: change it instead. */
  | 'ALREADY_SUBMITTED_IDEA'
  /** Answer every contribution before publishing the report. */
  | 'ANSWERS_MISSING'
  /** No such challenge (or not published). */
  | 'CHALLENGE_NOT_FOUND'
  /** Give the reasons for the position. */
  | 'COMMENT_REQUIRED'
  /** No such consultation. */
  | 'CONSULTATION_NOT_FOUND'
  /** No such contribution. */
  | 'CONTRIBUTION_NOT_FOUND'
  /** The open phase closes after it opens, and answers are due after it closes. */
  | 'DATES_OUT_OF_ORDER'
  /** Say what the answer rests on. */
  | 'EVIDENCE_NOTE_REQUIRED'
  /** Not an evidence file the organisation uploaded (/uploads/consultation-evidence). */
  | 'EVIDENCE_NOT_FOUND'
  /** Not a grant application of the idea's organisation or team in a social innovation lot, submitted and not refused. */
  | 'GRANT_NOT_ELIGIBLE'
  /** An idea moves to pilot only with a grant application of its team in a social innovation lot. */
  | 'GRANT_REQUIRED'
  /** No such idea. */
  | 'IDEA_NOT_FOUND'
  /** The value is outside what the field accepts (the message says the limits). */
  | 'INVALID_VALUE'
  /** Say what was learnt before the idea is scaled or stopped. */
  | 'LESSONS_REQUIRED'
  /** Only a consultation whose report is published is monitored. */
  | 'NOT_ADOPTED'
  /** Only an editor or owner of the organisation acts for it. */
  | 'NOT_AN_EDITOR'
  /** Only the consultation's owning team does this. */
  | 'NOT_AN_OWNER'
  /** The consultation is already published. */
  | 'NOT_A_DRAFT'
  /** The consultation does not concern this governorate. */
  | 'NOT_CONCERNED'
  /** Answers and what changed are written after the open phase closes and before the report is published. */
  | 'NOT_IN_ANALYSIS'
  /** The consultation's open phase is not running (by the database clock): contributions, their changes and endorsements happen while it is open. */
  | 'NOT_OPEN'
  /** The challenge takes ideas between ideasOpenAt and ideasCloseAt (by the database clock). */
  | 'NOT_OPEN_FOR_IDEAS'
  /** Only organisations verified by the programme take part. */
  | 'ORGANIZATION_NOT_VERIFIED'
  /** An organisation does not endorse its own contribution. */
  | 'OWN_CONTRIBUTION'
  /** Say why. */
  | 'REASON_REQUIRED'
  /** Wait for the jury: at least two submitted reviews before shortlisting. */
  | 'REVIEWS_INCOMPLETE'
  /** A consultation has at least one section or question, each with a title. */
  | 'SECTIONS_REQUIRED'
  /** No such section. */
  | 'SECTION_NOT_FOUND'
  /** Someone changed it since you read it: read it again. */
  | 'STALE_VERSION'
  /** Describe the idea in Arabic or English. */
  | 'SUMMARY_REQUIRED'
  /** Give a title in Arabic or English. */
  | 'TITLE_REQUIRED'
  /** Not a governorate code (governorates), e.g. JO-MA. */
  | 'UNKNOWN_GOVERNORATE'
  /** Not the id of an institution (a directorate owner needs one). */
  | 'UNKNOWN_INSTITUTION'
  /** Not the id of an organisation. */
  | 'UNKNOWN_ORGANIZATION'
  /** Not a target group code (targetGroups). */
  | 'UNKNOWN_TARGET_GROUP'
  /** The idea is not at a stage from which this move is allowed (the message says where it is). */
  | 'WRONG_STAGE';

/** What a partner suggestion weighs (the weights: PartnerSuggestionCriterionScore.weight). */
export type PartnerSuggestionCriterion =
  /** They published or updated a need or an offer lately. */
  | 'ACTIVITY'
  /** Their offers meet your needs, or your offers meet theirs. */
  | 'COMPLEMENT'
  /** You work in the same governorate, or in neighbouring ones. */
  | 'GEOGRAPHY'
  /** You work in the same sectors. */
  | 'SECTORS'
  /** A small organisation with a large one, or with a public institution. */
  | 'SIZE'
  /** You serve the same target groups. */
  | 'TARGET_GROUPS'
  /** They are verified by the programme (or a public body). */
  | 'VERIFICATION';

/** The input of `partnershipComplete`. */
export type PartnershipCompleteInput = {
  /** Partnership.id. */
  partnershipId: string | number;
};

/** The input of `partnershipConfirm`. */
export type PartnershipConfirmInput = {
  /** Partnership.id. */
  partnershipId: string | number;
  /** The member party you confirm for: Organization.id or Institution.id. */
  partyId: string | number;
};

/** Why a partnerships mutation changed nothing (the field says which input, the message says the rule). */
export type PartnershipErrorCode =
  /** This member party has already confirmed the partnership. */
  | 'ALREADY_CONFIRMED'
  /** Describe it in Arabic or English. */
  | 'DESCRIPTION_REQUIRED'
  /** The end date is before the start date. */
  | 'END_BEFORE_START'
  /** The expiry date must be in the future. */
  | 'EXPIRY_IN_PAST'
  /** The expiry date must be at most one year ahead. */
  | 'EXPIRY_TOO_FAR'
  /** The value is outside what the field accepts (the message says the limits). */
  | 'INVALID_VALUE'
  /** The need or offer has expired: a request no longer answers it. */
  | 'LISTING_EXPIRED'
  /** No such need or offer. */
  | 'LISTING_NOT_FOUND'
  /** The need or offer was withdrawn: it cannot change any more. */
  | 'LISTING_WITHDRAWN'
  /** Write a message to the other party. */
  | 'MESSAGE_REQUIRED'
  /** Only an editor or owner of the organisation (or of the institution) acts for it. */
  | 'NOT_A_MEMBER'
  /** Only an editor or owner of one of the partnership's member parties acts on it. */
  | 'NOT_A_PARTNERSHIP_MEMBER'
  /** Only an editor or owner of the party concerned acts on a request (the recipient answers, the sender withdraws). */
  | 'NOT_A_PARTY'
  /** No such partnership. */
  | 'PARTNERSHIP_NOT_FOUND'
  /** Say why. */
  | 'REASON_REQUIRED'
  /** A pending request between the same two parties (in either direction) already exists. */
  | 'REQUEST_ALREADY_OPEN'
  /** No such request. */
  | 'REQUEST_NOT_FOUND'
  /** The request was already accepted, declined or withdrawn. */
  | 'REQUEST_NOT_PENDING'
  /** A party does not send a request to itself. */
  | 'REQUEST_TO_SELF'
  /** Not a code of the capability list (partnershipCapabilities). */
  | 'UNKNOWN_CAPABILITY'
  /** Not a governorate code (governorates), e.g. JO-MA. */
  | 'UNKNOWN_GOVERNORATE'
  /** Not the id of an organisation or an institution. */
  | 'UNKNOWN_PARTY'
  /** Not a target group code (targetGroups), e.g. PERSONS_WITH_DISABILITIES. */
  | 'UNKNOWN_TARGET_GROUP'
  /** The partnership's status does not allow this (the message says which it needs). */
  | 'WRONG_STATUS';

/** Which partnerships of the public registry to list (active and completed ones only). */
export type PartnershipFilter = {
  /** Partnerships working in this governorate (code, e.g. JO-MA). */
  governorate?: string | null | undefined;
  /** CSOs together, or CSOs with a public institution. */
  kind?: PartnershipKind | null | undefined;
  /** Active or completed ones only (the registry lists no other status: asked for one, it lists none). */
  status?: PartnershipStatus | null | undefined;
  /** Partnerships serving this target group (code). */
  targetGroup?: string | null | undefined;
};

/** Who the partnership brings together. */
export type PartnershipKind =
  /** Civil society organisations together. */
  | 'CSO_CSO'
  /** Civil society organisations with a public institution. */
  | 'CSO_INSTITUTION';

/** Which needs and offers to list (only active ones are ever listed). */
export type PartnershipListingFilter = {
  /** Capability code (partnershipCapabilities). */
  capability?: string | null | undefined;
  /** Listings concerning this governorate (code, e.g. JO-MA). */
  governorate?: string | null | undefined;
  /** Needs only, or offers only. */
  kind?: PartnershipListingKind | null | undefined;
  /** Listings of this party (Organization.id or Institution.id). */
  party?: string | number | null | undefined;
  /** Listings concerning this target group (code). */
  targetGroup?: string | null | undefined;
};

/** Whether a listing says what a party needs or what it can offer. */
export type PartnershipListingKind =
  /** What the party is looking for in a partner. */
  | 'NEED'
  /** What the party can give a partner. */
  | 'OFFER';

/** The input of `partnershipListingPublish`. */
export type PartnershipListingPublishInput = {
  /** Capability code (partnershipCapabilities); required to publish. */
  capability?: string | null | undefined;
  /** What is needed or offered, in Arabic (a text in Arabic or English is required). */
  descriptionAr?: string | null | undefined;
  /** What is needed or offered, in English. */
  descriptionEn?: string | null | undefined;
  /** When it stops being shown: in the future, at most one year ahead; required to publish. */
  expiresAt?: string | null | undefined;
  /** Codes of the governorates concerned (governorates); none: anywhere in Jordan. */
  governorates?: Array<string> | null | undefined;
  /** A need or an offer. */
  kind: PartnershipListingKind;
  /** Who publishes it: Organization.id or Institution.id (you act for it). */
  partyId: string | number;
  /** Codes of the target groups concerned (targetGroups); none: any. */
  targetGroups?: Array<string> | null | undefined;
};

/** Whether a listing is shown. */
export type PartnershipListingStatus =
  /** Published and not expired: shown to everyone. */
  | 'ACTIVE'
  /** Its expiry date has passed: shown to no one. */
  | 'EXPIRED'
  /** Withdrawn by its party: shown to no one. */
  | 'WITHDRAWN';

/** The input of `partnershipListingUpdate`: the fields given change, the others stay. */
export type PartnershipListingUpdateInput = {
  /** Capability code (partnershipCapabilities); required to publish. */
  capability?: string | null | undefined;
  /** What is needed or offered, in Arabic (a text in Arabic or English is required). */
  descriptionAr?: string | null | undefined;
  /** What is needed or offered, in English. */
  descriptionEn?: string | null | undefined;
  /** When it stops being shown: in the future, at most one year ahead; required to publish. */
  expiresAt?: string | null | undefined;
  /** Codes of the governorates concerned (governorates); none: anywhere in Jordan. */
  governorates?: Array<string> | null | undefined;
  /** PartnershipListing.id. */
  listingId: string | number;
  /** Codes of the target groups concerned (targetGroups); none: any. */
  targetGroups?: Array<string> | null | undefined;
};

/** The input of `partnershipListingWithdraw`. */
export type PartnershipListingWithdrawInput = {
  /** PartnershipListing.id. */
  listingId: string | number;
};

/** A member party's role in a partnership. */
export type PartnershipMemberRole =
  /** Leads the partnership (the party that sent the request). */
  | 'LEAD'
  /** A civil society partner. */
  | 'PARTNER'
  /** A public institution as partner. */
  | 'PUBLIC_PARTNER';

/** The input of `partnershipRequestAccept`. */
export type PartnershipRequestAcceptInput = {
  /** PartnershipRequest.id. */
  requestId: string | number;
};

/** The input of `partnershipRequestDecline`. */
export type PartnershipRequestDeclineInput = {
  /** Why (required; shown to the sender). */
  reason: string;
  /** PartnershipRequest.id. */
  requestId: string | number;
};

/** The input of `partnershipRequestSend`. */
export type PartnershipRequestSendInput = {
  /** Who sends it: Organization.id or Institution.id (you act for it). */
  fromPartyId: string | number;
  /** PartnershipListing.id of the recipient's active need or offer it answers, if any. */
  listingId?: string | number | null | undefined;
  /** The message to the other party (required). */
  message: string;
  /** Who it is for: Organization.id or Institution.id. */
  toPartyId: string | number;
};

/** Where a partnership request stands. */
export type PartnershipRequestStatus =
  /** Accepted by the recipient: a proposed partnership was created. */
  | 'ACCEPTED'
  /** Declined by the recipient, with a reason. */
  | 'DECLINED'
  /** Sent, waiting for an answer. */
  | 'PENDING'
  /** Withdrawn by the sender before an answer. */
  | 'WITHDRAWN';

/** The input of `partnershipRequestWithdraw`. */
export type PartnershipRequestWithdrawInput = {
  /** PartnershipRequest.id. */
  requestId: string | number;
};

/** Where a partnership stands (only active and completed ones are public). */
export type PartnershipStatus =
  /** Confirmed by every member: under way. */
  | 'ACTIVE'
  /** Its work is done. */
  | 'COMPLETED'
  /** Created by an accepted request, waiting for every member to confirm it. */
  | 'PROPOSED'
  /** Ended early by a member, with a reason. */
  | 'TERMINATED';

/** The input of `partnershipTerminate`. */
export type PartnershipTerminateInput = {
  /** Partnership.id. */
  partnershipId: string | number;
  /** Why (required; kept in its history). */
  reason: string;
};

/** The input of `partnershipUpdate`. */
export type PartnershipUpdateInput = {
  /** The agreement's reference. */
  agreementReference?: string | null | undefined;
  /** When it ends (YYYY-MM-DD), not before it starts. */
  endsOn?: string | null | undefined;
  /** Codes of the governorates where it works (governorates). */
  governorates?: Array<string> | null | undefined;
  /** When the memorandum of understanding was signed (YYYY-MM-DD). */
  mouSignedOn?: string | null | undefined;
  /** Partnership.id. */
  partnershipId: string | number;
  /** Its purpose in Arabic. */
  purposeAr?: string | null | undefined;
  /** Its purpose in English. */
  purposeEn?: string | null | undefined;
  /** When it starts (YYYY-MM-DD). */
  startsOn?: string | null | undefined;
  /** Codes of the target groups it serves (targetGroups). */
  targetGroups?: Array<string> | null | undefined;
};

/** A role on the platform, beyond membership of organisations. A person can hold several. */
export type PlatformRole =
  /** Manages people and roles. */
  | 'ADMINISTRATOR'
  /** Official of the Ministry of Social Development: verifies registrations. */
  | 'MOSD_OFFICIAL'
  /** Staff of the programme: verifies organisations, runs calls and trainings. */
  | 'PROGRAMME_OFFICER'
  /** Reviews the grant applications assigned to them. */
  | 'REVIEWER';

/** A breakdown of an indicator. */
export type ResultsDimension =
  /** CSO staff or public officials. */
  | 'AUDIENCE'
  /** The governorate (of the organisation, the session or the partnership). */
  | 'GOVERNORATE'
  /** The lot of a call for grant applications. */
  | 'LOT'
  /** Participants' sex, where they consented to say (NOT_STATED otherwise). */
  | 'SEX'
  /** How an organisation was supported (training, partnership, grant). */
  | 'SUPPORT';

/** What an indicator counts. */
export type ResultsIndicatorUnit =
  /** Grant applications. */
  | 'APPLICATIONS'
  /** Organisations, each counted once. */
  | 'ORGANIZATIONS'
  /** Training participants (registrations present on at least one day). */
  | 'PARTICIPANTS'
  /** Partnerships. */
  | 'PARTNERSHIPS'
  /** Training sessions. */
  | 'SESSIONS';

/** Where a reviewer stands on an assignment. */
export type ReviewAssignmentStatus =
  /** Assigned: the reviewer scores and may still change the scores. */
  | 'ASSIGNED'
  /** The reviewer declared a conflict of interest: set aside, never assigned again. */
  | 'CONFLICTED'
  /** Submitted: the scores are final and count in the results. */
  | 'SUBMITTED';

/** The input of `reviewConflictDeclare`. */
export type ReviewConflictDeclareInput = {
  /** ReviewAssignment.id of one of your assignments. */
  assignmentId: string | number;
  /** What the conflict is (kept for the officers; required). */
  reason: string;
};

/** Why a reviewer cannot review a subject. */
export type ReviewConflictKind =
  /** The reviewer declared a conflict of interest. */
  | 'DECLARED'
  /** A member of an organisation or institution taking part in the subject. */
  | 'MEMBER';

/** Why a review mutation changed nothing (the field says which input, the message says the rule). */
export type ReviewErrorCode =
  /** The reviewer is already assigned to the subject. */
  | 'ALREADY_ASSIGNED'
  /** The review is submitted (or a conflict declared): it no longer changes. */
  | 'ALREADY_SUBMITTED'
  /** No such assignment (or not assigned to you). */
  | 'ASSIGNMENT_NOT_FOUND'
  /** The reviewer declared a conflict of interest on the subject: never assigned. */
  | 'CONFLICT_DECLARED'
  /** The reviewer is a member of an organisation taking part in the subject: never assigned. */
  | 'CONFLICT_OF_INTEREST'
  /** Two criteria have the same code. */
  | 'DUPLICATE_CRITERION'
  /** The value is outside what the field accepts (the message says the limits). */
  | 'INVALID_VALUE'
  /** The person does not hold the reviewer role. */
  | 'NOT_A_REVIEWER'
  /** The subject is not in a state where it is reviewed. */
  | 'NOT_REVIEWABLE'
  /** This field is required. */
  | 'REQUIRED'
  /** A reviewer has submitted scores on this rubric: it no longer changes. */
  | 'RUBRIC_LOCKED'
  /** The round has no rubric yet: officers set its criteria first. */
  | 'RUBRIC_REQUIRED'
  /** No such scope (e.g. a call) to set a rubric on. */
  | 'SCOPE_NOT_FOUND'
  /** Every criterion needs a score before the review is submitted. */
  | 'SCORES_INCOMPLETE'
  /** A score is a whole number from 0 to 5. */
  | 'SCORE_OUT_OF_RANGE'
  /** Each subject needs at least the minimum number of reviewers (two). */
  | 'TOO_FEW_REVIEWERS'
  /** Not a criterion of the rubric. */
  | 'UNKNOWN_CRITERION';

/** A score on one criterion. */
export type ReviewScoreInput = {
  /** Why this score. */
  comment?: string | null | undefined;
  /** ReviewCriterion.code. */
  criterionCode: string;
  /** A whole number from 0 to 5. */
  score: number;
};

/** The input of `reviewScoresSave`. */
export type ReviewScoresSaveInput = {
  /** ReviewAssignment.id of one of your assignments. */
  assignmentId: string | number;
  /** Scores on some or all criteria (others are kept). */
  scores: Array<ReviewScoreInput>;
};

/** The input of `reviewSubmit`. */
export type ReviewSubmitInput = {
  /** ReviewAssignment.id of one of your assignments. */
  assignmentId: string | number;
};

/** An accessibility feature of a location (HSDS accessibility). */
export type ServiceAccessibility =
  /** Accessible parking near the entrance. */
  | 'ACCESSIBLE_PARKING'
  /** An accessible toilet. */
  | 'ACCESSIBLE_TOILET'
  /** Braille and tactile signage. */
  | 'BRAILLE_SIGNAGE'
  /** Easy-read information. */
  | 'EASY_READ_MATERIAL'
  /** A hearing loop at reception. */
  | 'HEARING_LOOP'
  /** Staff who sign (Jordanian Sign Language). */
  | 'SIGN_LANGUAGE_STAFF'
  /** Step-free entrance and route (ramp or lift). */
  | 'STEP_FREE_ACCESS';

/** The input of `serviceCreate`. */
export type ServiceCreateInput = {
  /** Oldest age served (0 to 120). */
  ageMax?: number | null | undefined;
  /** Youngest age served (0 to 120). */
  ageMin?: number | null | undefined;
  /** Category code (serviceCategories); required to create. */
  category?: string | null | undefined;
  /** Complaints channel, in Arabic. */
  complaintsAr?: string | null | undefined;
  /** Complaints channel, in English. */
  complaintsEn?: string | null | undefined;
  /** Email for enquiries and referrals. */
  contactEmail?: string | null | undefined;
  /** Phone for enquiries and referrals. */
  contactPhone?: string | null | undefined;
  /** How it reaches people; required to create. */
  delivery?: Array<ServiceDelivery> | null | undefined;
  /** What the service does, in Arabic. */
  descriptionAr?: string | null | undefined;
  /** What the service does, in English. */
  descriptionEn?: string | null | undefined;
  /** Documents needed, in Arabic. */
  documentsAr?: string | null | undefined;
  /** Documents needed, in English. */
  documentsEn?: string | null | undefined;
  /** Who is eligible, in Arabic. */
  eligibilityAr?: string | null | undefined;
  /** Who is eligible, in English. */
  eligibilityEn?: string | null | undefined;
  /** Free, subsidised or paid; required to create. */
  fee?: ServiceFee | null | undefined;
  /** The fee and who pays less, in Arabic. */
  feeDetailsAr?: string | null | undefined;
  /** The fee and who pays less, in English. */
  feeDetailsEn?: string | null | undefined;
  /** Weekly opening hours (replace the previous ones). */
  hours?: Array<ServiceHoursInput> | null | undefined;
  /** Intake criteria, in Arabic. */
  intakeCriteriaAr?: string | null | undefined;
  /** Intake criteria, in English. */
  intakeCriteriaEn?: string | null | undefined;
  /** Languages staff use. */
  languages?: Array<ServiceLanguage> | null | undefined;
  /** Its first locations. */
  locations?: Array<ServiceLocationInput> | null | undefined;
  /** Name in Arabic (a name in Arabic or English is required). */
  nameAr?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Office hours of the referral desk, in Arabic. */
  officeHoursAr?: string | null | undefined;
  /** Office hours of the referral desk, in English. */
  officeHoursEn?: string | null | undefined;
  /** The organisation that offers it (its owners and editors only). */
  organizationId: string | number;
  /** Places available now (0 or more). */
  placesAvailable?: number | null | undefined;
  /** How to be referred and what happens next, in Arabic. */
  referralStepsAr?: string | null | undefined;
  /** How to be referred and what happens next, in English. */
  referralStepsEn?: string | null | undefined;
  /** Target group codes (targetGroups). */
  targetGroups?: Array<string> | null | undefined;
  /** People on the waiting list (0 or more). */
  waitingListLength?: number | null | undefined;
};

/** The input of `serviceDelete`. */
export type ServiceDeleteInput = {
  /** The service. */
  serviceId: string | number;
};

/** How a service reaches people (HSDS service_at_location / service_area). */
export type ServiceDelivery =
  /** At one of its locations. */
  | 'AT_LOCATION'
  /** At the person's home (the locations are where staff are based). */
  | 'HOME_BASED'
  /** By phone or online. */
  | 'REMOTE';

/** Why a services mutation changed nothing (the field says which input, the message says the rule). */
export type ServiceErrorCode =
  /** The minimum age is above the maximum age. */
  | 'AGE_RANGE_REVERSED'
  /** Someone else saved the service since it was opened: reload it and apply the change again. */
  | 'CONFLICT'
  /** Give both latitude and longitude, or neither. */
  | 'COORDINATES_INCOMPLETE'
  /** The value is outside what the field accepts (the message says the limits). */
  | 'INVALID_VALUE'
  /** The coordinates are outside Jordan's bounds (latitude 29.18 to 33.38, longitude 34.88 to 39.31). */
  | 'LOCATION_OUTSIDE_JORDAN'
  /** Give a name in Arabic or English. */
  | 'NAME_REQUIRED'
  /** Places available and the waiting list cannot be negative. */
  | 'NEGATIVE_PLACES'
  /** Only owners and editors of the organisation manage its services. */
  | 'NOT_AN_EDITOR'
  /** An opening closes before (or when) it opens. */
  | 'SCHEDULE_CLOSES_BEFORE_OPENING'
  /** Not a code of the list (serviceCategories, targetGroups, governorates). */
  | 'UNKNOWN_CODE';

/** What a service costs the person served. */
export type ServiceFee =
  /** Free of charge. */
  | 'FREE'
  /** A fee is charged. */
  | 'PAID'
  /** A reduced fee (the fee details say for whom). */
  | 'SUBSIDISED';

/** Narrows the services: any of the categories, target groups, governorates, ways of delivery and fees given; every accessibility feature and language given. */
export type ServiceFilter = {
  /** Accessibility features a location of the service has (all of them). */
  accessibility?: Array<ServiceAccessibility> | null | undefined;
  /** Category codes (serviceCategories). */
  categories?: Array<string> | null | undefined;
  /** Ways of delivery. */
  delivery?: Array<ServiceDelivery> | null | undefined;
  /** Free, subsidised or paid. */
  fees?: Array<ServiceFee> | null | undefined;
  /** Governorate codes of a location (e.g. JO-AJ). */
  governorates?: Array<string> | null | undefined;
  /** Languages staff use (all of them). */
  languages?: Array<ServiceLanguage> | null | undefined;
  /** A location within a distance of a point. */
  near?: ServiceNearInput | null | undefined;
  /** Open at this instant, by its weekly hours in Amman time (openNow is this instant now). */
  openAt?: string | null | undefined;
  /** Open now, by its weekly hours in Amman time. */
  openNow?: boolean | null | undefined;
  /** Target group codes (targetGroups). */
  targetGroups?: Array<string> | null | undefined;
};

/** A weekly opening, in Amman time. */
export type ServiceHoursInput = {
  /** Closing time "HH:MM" ("24:00" for midnight); after the opening. */
  closesAt: string;
  /** Opening time "HH:MM". */
  opensAt: string;
  /** The day of the week. */
  weekday: Weekday;
};

/** A language staff use with the people served. */
export type ServiceLanguage =
  /** Arabic (ISO 639: ar). */
  | 'ARABIC'
  /** English (ISO 639: en). */
  | 'ENGLISH'
  /** Jordanian Sign Language (ISO 639-3: jos). */
  | 'JORDANIAN_SIGN_LANGUAGE';

/** Whether a location is in an urban or a rural area. */
export type ServiceLocalityType =
  /** In a village or the countryside. */
  | 'RURAL'
  /** In a town or city. */
  | 'URBAN';

/** A location given with a new service. */
export type ServiceLocationInput = {
  /** Accessibility features of the location. */
  accessibility?: Array<ServiceAccessibility> | null | undefined;
  /** Address in Arabic. */
  addressAr?: string | null | undefined;
  /** Address in English. */
  addressEn?: string | null | undefined;
  /** District or sub-district. */
  district?: string | null | undefined;
  /** Governorate code (e.g. JO-AJ); required to create. */
  governorate?: string | null | undefined;
  /** Latitude (WGS 84), within Jordan's bounds. */
  latitude?: number | null | undefined;
  /** Urban or rural. */
  localityType?: ServiceLocalityType | null | undefined;
  /** Longitude (WGS 84), within Jordan's bounds. */
  longitude?: number | null | undefined;
};

/** A point and a distance around it. */
export type ServiceNearInput = {
  /** Latitude (WGS 84). */
  latitude: number;
  /** Longitude (WGS 84). */
  longitude: number;
  /** Distance in kilometres (0.1 to 500; 25 when not given). */
  withinKm?: number | null | undefined;
};

/** The input of `servicePlacesUpdate`: both counts as they are today. */
export type ServicePlacesUpdateInput = {
  /** Places available now (0 or more; null: not said). */
  placesAvailable?: number | null | undefined;
  /** The service. */
  serviceId: string | number;
  /** People on the waiting list (0 or more; null: not said). */
  waitingListLength?: number | null | undefined;
};

/** The input of `sessionCreate`. */
export type SessionCreateInput = {
  /** Email address (case does not matter). */
  email: string;
  /** The password. */
  password: string;
};

/** The input of `sessionRevoke`. */
export type SessionRevokeInput = {
  /** Id of one of your sessions (Viewer.sessions). */
  id: string | number;
};

/** A page of the organisation on a social network. */
export type SocialLinkInput = {
  /** The network: facebook, instagram, x, linkedin, youtube, tiktok or other. */
  kind: string;
  /** Address of the page, an http or https URL. */
  url: string;
};

/** What a participant asks for to take part. */
export type TrainingAccommodationsInput = {
  /** Materials in accessible formats. */
  accessibleMaterials?: boolean | null | undefined;
  /** An accessible venue. */
  accessibleVenue?: boolean | null | undefined;
  /** A seat for a carer (it does not take a participant's seat). */
  carerSeat?: boolean | null | undefined;
  /** Anything else (seen by officers only). */
  note?: string | null | undefined;
  /** Sign-language interpretation. */
  signLanguage?: boolean | null | undefined;
  /** Transport to and from the venue. */
  transport?: boolean | null | undefined;
};

/** Age band, in years. */
export type TrainingAgeBand =
  /** 18 to 24 years. */
  | 'AGE_18_24'
  /** 25 to 34 years. */
  | 'AGE_25_34'
  /** 35 to 44 years. */
  | 'AGE_35_44'
  /** 45 to 54 years. */
  | 'AGE_45_54'
  /** 55 to 64 years. */
  | 'AGE_55_64'
  /** 65 years or more. */
  | 'AGE_65_PLUS';

/** The input of `trainingAttendanceMark`. */
export type TrainingAttendanceMarkInput = {
  /** The day of the session (TrainingSessionDay.position, from 1). */
  dayPosition: number;
  /** Whether the person attended that day. */
  present: boolean;
  /** The registration (TrainingRegistration.id). */
  registrationId: string | number;
};

/** Who a course or session is for. */
export type TrainingAudience =
  /** Both CSO staff and public officials. */
  | 'BOTH'
  /** Staff and volunteers of civil society organisations, registering for their organisation. */
  | 'CSO_STAFF'
  /** Public officials (ministries, governorates, municipalities), registering as such. */
  | 'PUBLIC_OFFICIALS';

/** The input of `trainingCertificateIssueBulk`. */
export type TrainingCertificateIssueBulkInput = {
  /** The session (TrainingSession.id). */
  sessionId: string | number;
};

/** The input of `trainingCertificateIssue`. */
export type TrainingCertificateIssueInput = {
  /** The completed registration (TrainingRegistration.id). */
  registrationId: string | number;
};

/** The input of `trainingCertificateRevoke`. */
export type TrainingCertificateRevokeInput = {
  /** The certificate (TrainingCertificate.id). */
  certificateId: string | number;
  /** Why it is revoked (required; kept on the certificate and in the audit log). */
  reason: string;
};

/** Whether a certificate still stands. */
export type TrainingCertificateStatus =
  /** Revoked by an officer: it no longer certifies anything. */
  | 'REVOKED'
  /** Issued and not revoked. */
  | 'VALID';

/** The input of `trainingCourseCreate`. */
export type TrainingCourseCreateInput = {
  /** Who it is for; required to create. */
  audience?: TrainingAudience | null | undefined;
  /** Share of days to attend to complete it, in percent (default 80). */
  completionAttendancePercent?: number | null | undefined;
  /** Post-test pass mark in percent; null: no post-test. */
  completionPassMark?: number | null | undefined;
  /** What the course covers, in Arabic. */
  descriptionAr?: string | null | undefined;
  /** What the course covers, in English. */
  descriptionEn?: string | null | undefined;
  /** Expected hours (1 to 1000); required to create. */
  expectedHours?: number | null | undefined;
  /** Level; required to create. */
  level?: TrainingLevel | null | undefined;
  /** Prerequisites, in Arabic. */
  prerequisitesAr?: string | null | undefined;
  /** Prerequisites, in English. */
  prerequisitesEn?: string | null | undefined;
  /** Title in Arabic (a title in Arabic or English is required). */
  titleAr?: string | null | undefined;
  /** Title in English. */
  titleEn?: string | null | undefined;
  /** Topic code (trainingTopics); required to create. */
  topic?: string | null | undefined;
};

/** The input of `trainingCourseUpdate`: the fields given change, the others stay. */
export type TrainingCourseUpdateInput = {
  /** Who it is for; required to create. */
  audience?: TrainingAudience | null | undefined;
  /** Share of days to attend to complete it, in percent (default 80). */
  completionAttendancePercent?: number | null | undefined;
  /** Post-test pass mark in percent; null: no post-test. */
  completionPassMark?: number | null | undefined;
  /** The course (TrainingCourse.id). */
  courseId: string | number;
  /** What the course covers, in Arabic. */
  descriptionAr?: string | null | undefined;
  /** What the course covers, in English. */
  descriptionEn?: string | null | undefined;
  /** Expected hours (1 to 1000); required to create. */
  expectedHours?: number | null | undefined;
  /** Level; required to create. */
  level?: TrainingLevel | null | undefined;
  /** Prerequisites, in Arabic. */
  prerequisitesAr?: string | null | undefined;
  /** Prerequisites, in English. */
  prerequisitesEn?: string | null | undefined;
  /** Title in Arabic (a title in Arabic or English is required). */
  titleAr?: string | null | undefined;
  /** Title in English. */
  titleEn?: string | null | undefined;
  /** Topic code (trainingTopics); required to create. */
  topic?: string | null | undefined;
};

/** Optional answers for disaggregated statistics, kept only with the consent (sensitive data, Jordan PDPL 2023). */
export type TrainingDisaggregationInput = {
  /** Age band. */
  ageBand?: TrainingAgeBand | null | undefined;
  /** Difficulty remembering or concentrating. */
  cognition?: WashingtonGroupAnswer | null | undefined;
  /** Using your usual language, difficulty communicating, for example understanding or being understood. */
  communication?: WashingtonGroupAnswer | null | undefined;
  /** The person agrees to the consent text (TrainingDisaggregationConsentText) for these answers. */
  consent: boolean;
  /** The version of the consent text shown (trainingDisaggregationConsentText.version). */
  consentTextVersion?: string | null | undefined;
  /** Difficulty hearing, even if using a hearing aid. */
  hearing?: WashingtonGroupAnswer | null | undefined;
  /** Difficulty seeing, even if wearing glasses. */
  seeing?: WashingtonGroupAnswer | null | undefined;
  /** Difficulty with self-care, such as washing all over or dressing. */
  selfCare?: WashingtonGroupAnswer | null | undefined;
  /** Sex. */
  sex?: TrainingSex | null | undefined;
  /** Difficulty walking or climbing steps. */
  walking?: WashingtonGroupAnswer | null | undefined;
};

/** The input of `trainingDisaggregationWithdraw`. */
export type TrainingDisaggregationWithdrawInput = {
  /** Your registration (TrainingRegistration.id). */
  registrationId: string | number;
};

/** Why a training mutation changed nothing (the field says which input, the message says the rule). */
export type TrainingErrorCode =
  /** The registration or session is already cancelled. */
  | 'ALREADY_CANCELLED'
  /** The person already holds a registration (confirmed or waitlisted) for the session. */
  | 'ALREADY_REGISTERED'
  /** The session is not for this audience (CSO staff or public officials). */
  | 'AUDIENCE_MISMATCH'
  /** The session's cancellation deadline has passed (an officer can still cancel). */
  | 'CANCELLATION_DEADLINE_PASSED'
  /** The certificate is already revoked. */
  | 'CERTIFICATE_REVOKED'
  /** Disaggregation answers (sex, age band, disability questions) are kept only with consent. */
  | 'CONSENT_REQUIRED'
  /** The consent was given to another version of its text than the current one (reload the form). */
  | 'CONSENT_TEXT_OUTDATED'
  /** The participant has not met the course's completion rule (the message says the rule and where they stand). */
  | 'COURSE_NOT_COMPLETED'
  /** Two days of the session overlap. */
  | 'DAYS_OVERLAP'
  /** A session has at least one day. */
  | 'DAYS_REQUIRED'
  /** A day ends before (or when) it starts. */
  | 'DAY_ENDS_BEFORE_START'
  /** The session has no such day. */
  | 'DAY_OUTSIDE_SESSION'
  /** The registration deadline is before registration opens. */
  | 'DEADLINE_BEFORE_OPENING'
  /** The idempotency key was used for another session. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The value is outside what the field accepts (the message says the limits). */
  | 'INVALID_VALUE'
  /** The person is not a member of the organisation named. */
  | 'NOT_A_MEMBER'
  /** Attendance is marked for confirmed participants only. */
  | 'NOT_REGISTERED'
  /** There is no consent in force on this registration (never given, or withdrawn). */
  | 'NO_CONSENT'
  /** The organisation already holds the most registrations the session allows it. */
  | 'ORGANIZATION_LIMIT_REACHED'
  /** The session is for verified organisations only. */
  | 'ORGANIZATION_NOT_VERIFIED'
  /** The registration deadline of the session has passed. */
  | 'REGISTRATION_CLOSED'
  /** No such registration (or not yours: a person sees only their own, officers every one). */
  | 'REGISTRATION_NOT_FOUND'
  /** Registration for the session has not opened yet. */
  | 'REGISTRATION_NOT_OPEN'
  /** The registration is already for that session. */
  | 'SAME_SESSION'
  /** A test score is from 0 to 100. */
  | 'SCORE_OUT_OF_RANGE'
  /** More people are confirmed than the seats asked for. */
  | 'SEATS_BELOW_CONFIRMED'
  /** The session was cancelled. */
  | 'SESSION_CANCELLED'
  /** The session has ended. */
  | 'SESSION_COMPLETED'
  /** Give a title in Arabic or English. */
  | 'TITLE_REQUIRED'
  /** No account has this email address. */
  | 'UNKNOWN_ACCOUNT'
  /** Not a code of the list (trainingTopics, governorates). */
  | 'UNKNOWN_CODE'
  /** Give a venue (its governorate) or an online link. */
  | 'VENUE_REQUIRED';

/** The language a session is given in. */
export type TrainingLanguage =
  /** Arabic. */
  | 'ARABIC'
  /** Arabic and English (bilingual, or with interpretation). */
  | 'ARABIC_AND_ENGLISH'
  /** English. */
  | 'ENGLISH';

/** How much a course expects its participants to know already. */
export type TrainingLevel =
  /** For experienced practitioners and trainers of the topic. */
  | 'ADVANCED'
  /** For people who already practise the topic. */
  | 'INTERMEDIATE'
  /** No prior knowledge of the topic needed. */
  | 'INTRODUCTORY';

/** What to break the participation counts down by. */
export type TrainingParticipationDimension =
  /** Age band (consented answers only). */
  | 'AGE_BAND'
  /** Disability by the Washington Group cut-off (consented answers only). */
  | 'DISABILITY'
  /** The governorate of the organisation registered for (none for public officials). */
  | 'GOVERNORATE'
  /** The organisation registered for (none for public officials). */
  | 'ORGANIZATION'
  /** Sex (consented answers only; the others are "not stated"). */
  | 'SEX';

/** The input of `trainingRegistrationAccommodationsConfirm`. */
export type TrainingRegistrationAccommodationsConfirmInput = {
  /** The registration (TrainingRegistration.id). */
  registrationId: string | number;
};

/** The input of `trainingRegistrationCancel`. */
export type TrainingRegistrationCancelInput = {
  /** Why (an officer says; kept in the audit log). */
  reason?: string | null | undefined;
  /** The registration (TrainingRegistration.id). */
  registrationId: string | number;
};

/** The input of `trainingRegistrationCreate`. */
export type TrainingRegistrationCreateInput = {
  /** Accommodations asked for, if any. */
  accommodations?: TrainingAccommodationsInput | null | undefined;
  /** Optional answers for disaggregated statistics (sex, age band, disability), kept only with consent. */
  disaggregation?: TrainingDisaggregationInput | null | undefined;
  /** A key the client makes once per registration attempt: repeating the request with it returns the first answer. */
  idempotencyKey?: string | null | undefined;
  /** The organisation the person registers for (one they belong to); null to register as a public official. */
  organizationId?: string | number | null | undefined;
  /** The session (TrainingSession.id). */
  sessionId: string | number;
};

/** The input of `trainingRegistrationMove`. */
export type TrainingRegistrationMoveInput = {
  /** The registration (TrainingRegistration.id). */
  registrationId: string | number;
  /** The session to move it to (TrainingSession.id). */
  sessionId: string | number;
};

/** Where a registration stands. */
export type TrainingRegistrationStatus =
  /** Cancelled by the person or an officer (or the session was cancelled). */
  | 'CANCELLED'
  /** The person has a seat. */
  | 'CONFIRMED'
  /** Every seat was taken: the person waits at `waitlistPosition` and is promoted (and emailed) when a seat frees. */
  | 'WAITLISTED';

/** The input of `trainingScoresRecord` (a score left out stays as it is). */
export type TrainingScoresRecordInput = {
  /** Post-test score, 0 to 100. */
  postTest?: number | null | undefined;
  /** Pre-test score, 0 to 100. */
  preTest?: number | null | undefined;
  /** The registration (TrainingRegistration.id). */
  registrationId: string | number;
};

/** The input of `trainingSessionCancel`. */
export type TrainingSessionCancelInput = {
  /** Why (shown to the registrants and kept in the audit log). */
  reason: string;
  /** The session (TrainingSession.id). */
  sessionId: string | number;
};

/** The input of `trainingSessionCreate`. */
export type TrainingSessionCreateInput = {
  /** The venue has an accessible toilet. */
  accessibleToilet?: boolean | null | undefined;
  /** Who may register; required to create. */
  audience?: TrainingAudience | null | undefined;
  /** Last moment participants may cancel themselves (default: the first day). */
  cancellationDeadline?: string | null | undefined;
  /** The course this session runs (TrainingCourse.id). */
  courseId: string | number;
  /** Its days (at least one, none overlapping); required to create; given on update, they replace the days. */
  days?: Array<TrainingSessionDayInput> | null | undefined;
  /** Governorate code of the venue (e.g. JO-IR); a venue or an online link is required. */
  governorate?: string | null | undefined;
  /** The room has a hearing loop. */
  hearingLoop?: boolean | null | undefined;
  /** Language; required to create. */
  language?: TrainingLanguage | null | undefined;
  /** At most this many registrations per organisation; null: no limit. */
  maxPerOrganization?: number | null | undefined;
  /** Link of an online session (https://); shown to confirmed participants only. */
  onlineUrl?: string | null | undefined;
  /** Registration deadline (after it opens); required to create. */
  registrationDeadline?: string | null | undefined;
  /** When registration opens; required to create. */
  registrationOpensAt?: string | null | undefined;
  /** Seats (1 to 10000); required to create. */
  seats?: number | null | undefined;
  /** Sign-language interpretation is available. */
  signLanguageInterpretation?: boolean | null | undefined;
  /** The venue has step-free access. */
  stepFreeAccess?: boolean | null | undefined;
  /** Names of the trainers. */
  trainers?: Array<string> | null | undefined;
  /** Address of the venue, in Arabic. */
  venueAddressAr?: string | null | undefined;
  /** Address of the venue, in English. */
  venueAddressEn?: string | null | undefined;
  /** Only verified organisations may register staff (default true). */
  verifiedOrganizationsOnly?: boolean | null | undefined;
};

/** One day of a session (UTC). */
export type TrainingSessionDayInput = {
  /** When the day ends (after it starts). */
  endsAt: string;
  /** When the day starts. */
  startsAt: string;
};

/** Which sessions to list (the catalogue). */
export type TrainingSessionFilter = {
  /** Sessions of this course (TrainingCourse.id). */
  courseId?: string | number | null | undefined;
  /** Governorate codes of the venue (any of them), e.g. JO-IR. */
  governorates?: Array<string> | null | undefined;
  /** Include sessions that have ended and cancelled ones (default false: only those still to come). */
  includePast?: boolean | null | undefined;
  /** Languages (any of them). */
  languages?: Array<TrainingLanguage> | null | undefined;
  /** true: online sessions only; false: in person only. */
  online?: boolean | null | undefined;
  /** true: only sessions with a seat left. */
  seatsLeft?: boolean | null | undefined;
  /** Sessions starting before this moment. */
  startsBefore?: string | null | undefined;
  /** Sessions starting at or after this moment (e.g. the first of a month in Amman). */
  startsFrom?: string | null | undefined;
  /** Topic codes of the sessions' courses (any of them). */
  topics?: Array<string> | null | undefined;
};

/** Where a session stands, derived from its dates, its seats and whether it was cancelled. */
export type TrainingSessionStatus =
  /** An officer cancelled the session. */
  | 'CANCELLED'
  /** The registration deadline has passed; the session has not ended. */
  | 'CLOSED'
  /** Its last day has ended. */
  | 'COMPLETED'
  /** Registration is open but every seat is taken: new registrations join the waitlist. */
  | 'FULL'
  /** Registration is open and seats are left. */
  | 'OPEN'
  /** Registration has not opened yet. */
  | 'SCHEDULED';

/** The input of `trainingSessionTrainersSet`. */
export type TrainingSessionTrainersSetInput = {
  /** The session (TrainingSession.id). */
  sessionId: string | number;
  /** The trainers' account email addresses (replacing the session's trainers; empty: none). */
  trainerEmails: Array<string>;
};

/** The input of `trainingSessionUpdate`: the fields given change, the others stay. */
export type TrainingSessionUpdateInput = {
  /** The venue has an accessible toilet. */
  accessibleToilet?: boolean | null | undefined;
  /** Who may register; required to create. */
  audience?: TrainingAudience | null | undefined;
  /** Last moment participants may cancel themselves (default: the first day). */
  cancellationDeadline?: string | null | undefined;
  /** Its days (at least one, none overlapping); required to create; given on update, they replace the days. */
  days?: Array<TrainingSessionDayInput> | null | undefined;
  /** Governorate code of the venue (e.g. JO-IR); a venue or an online link is required. */
  governorate?: string | null | undefined;
  /** The room has a hearing loop. */
  hearingLoop?: boolean | null | undefined;
  /** Language; required to create. */
  language?: TrainingLanguage | null | undefined;
  /** At most this many registrations per organisation; null: no limit. */
  maxPerOrganization?: number | null | undefined;
  /** Link of an online session (https://); shown to confirmed participants only. */
  onlineUrl?: string | null | undefined;
  /** Registration deadline (after it opens); required to create. */
  registrationDeadline?: string | null | undefined;
  /** When registration opens; required to create. */
  registrationOpensAt?: string | null | undefined;
  /** Seats (1 to 10000); required to create. */
  seats?: number | null | undefined;
  /** The session (TrainingSession.id). */
  sessionId: string | number;
  /** Sign-language interpretation is available. */
  signLanguageInterpretation?: boolean | null | undefined;
  /** The venue has step-free access. */
  stepFreeAccess?: boolean | null | undefined;
  /** Names of the trainers. */
  trainers?: Array<string> | null | undefined;
  /** Address of the venue, in Arabic. */
  venueAddressAr?: string | null | undefined;
  /** Address of the venue, in English. */
  venueAddressEn?: string | null | undefined;
  /** Only verified organisations may register staff (default true). */
  verifiedOrganizationsOnly?: boolean | null | undefined;
};

/** Sex, as the participant gave it. */
export type TrainingSex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** Who an open verification case waits for. */
export type VerificationCaseStatus =
  /** The organisation: an officer asked it for more information. */
  | 'INFORMATION_REQUESTED'
  /** An officer: the evidence was submitted and awaits a decision. */
  | 'WAITING';

/** An officer's decision on an organisation's registration evidence. */
export type VerificationDecision =
  /** The organisation is asked for more (the reason says what, and is shown to it): it stays pending and may submit more evidence. */
  | 'INFORMATION_REQUESTED'
  /** The evidence does not confirm it: the reason is shown to the organisation. */
  | 'REJECTED'
  /** The registration is confirmed: the directory shows the organisation as verified. */
  | 'VERIFIED';

/** Why a verification step was not taken. */
export type VerificationErrorCode =
  /** The organisation is not in a state that allows this step (the message says which it is in). */
  | 'ALREADY_DECIDED'
  /** No such evidence was uploaded for this organisation. */
  | 'EVIDENCE_NOT_FOUND'
  /** Say why (it is shown to the organisation and kept in the audit log). */
  | 'REASON_REQUIRED';

/** Whether the programme and MoSD confirmed the organisation's registration. */
export type VerificationState =
  /** Evidence submitted, awaiting an officer. */
  | 'PENDING'
  /** Evidence did not confirm the registration. */
  | 'REJECTED'
  /** Listed, not yet checked. */
  | 'UNVERIFIED'
  /** Registration confirmed by an officer or MoSD. */
  | 'VERIFIED';

/** An answer to a question of the Washington Group Short Set on Functioning. */
export type WashingtonGroupAnswer =
  /** A lot of difficulty. */
  | 'A_LOT_OF_DIFFICULTY'
  /** Cannot do at all. */
  | 'CANNOT_DO_AT_ALL'
  /** No difficulty. */
  | 'NO_DIFFICULTY'
  /** Some difficulty. */
  | 'SOME_DIFFICULTY';

/** A day of the week (ISO 8601 numbering, Monday first). */
export type Weekday =
  /** Friday (5), the weekly day off in Jordan. */
  | 'FRIDAY'
  /** Monday (1). */
  | 'MONDAY'
  /** Saturday (6). */
  | 'SATURDAY'
  /** Sunday (7), the first working day of the week in Jordan. */
  | 'SUNDAY'
  /** Thursday (4). */
  | 'THURSDAY'
  /** Tuesday (2). */
  | 'TUESDAY'
  /** Wednesday (3). */
  | 'WEDNESDAY';

export type DirectoryHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryHomeQuery = { platform: { name: { ar: string | null, en: string | null }, tagline: { ar: string | null, en: string | null } }, organizations: { totalCount: number, facets: { governorates: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, verificationStates: Array<{ count: number, value: VerificationState }> } } };

export type OrganizationProfileQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationProfileQuery = { organizationBySlug: { id: string, slug: string, acronym: string | null, district: string | null, foundingYear: number | null, staffCount: number | null, volunteerCount: number | null, website: string | null, logoUrl: string | null, status: OrganizationStatus, updatedAt: string, name: { ar: string | null, en: string | null }, mission: { ar: string | null, en: string | null }, address: { ar: string | null, en: string | null }, governorate: { code: string, name: { ar: string | null, en: string | null } }, legalForm: { code: string, name: { ar: string | null, en: string | null } }, identifiers: Array<{ scheme: IdentifierScheme, identifier: string }>, verification: { state: VerificationState, decidedAt: string | null }, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, sectors: Array<{ code: string, name: { ar: string | null, en: string | null } }>, publicContacts: Array<{ name: string | null, role: string | null, phone: string | null, email: string | null }>, socialLinks: Array<{ kind: string, url: string }>, capacityAssessments: Array<{ assessedOn: string, governance: number, finance: number, humanResources: number, programmeDelivery: number, monitoringEvaluation: number, advocacy: number }> } | null };

export type DirectorySearchQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type DirectorySearchQuery = { organizations: { totalCount: number, totalCountIsExact: boolean, fuzzy: boolean, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, highlight: { nameAr: Array<{ text: string, match: boolean }> | null, nameEn: Array<{ text: string, match: boolean }> | null, mission: Array<{ text: string, match: boolean }> | null } | null, node: { id: string, slug: string, acronym: string | null, district: string | null, name: { ar: string | null, en: string | null }, mission: { ar: string | null, en: string | null }, governorate: { code: string, name: { ar: string | null, en: string | null } }, legalForm: { code: string, name: { ar: string | null, en: string | null } }, verification: { state: VerificationState }, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }> } }>, facets: { governorates: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, targetGroups: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, sectors: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, legalForms: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, verificationStates: Array<{ count: number, value: VerificationState }> } } };

export type GrantCallsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type GrantCallsQuery = { grantCalls: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, status: GrantCallStatus, isOpen: boolean, opensAt: string, deadlineAt: string, title: { ar: string | null, en: string | null }, maxGrant: { amountMinor: number, currency: string }, lots: Array<{ id: string, theme: GrantLotTheme, title: { ar: string | null, en: string | null } }> } }> } };

export type GrantCallQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantCallQuery = { grantCall: { id: string, uuid: string, status: GrantCallStatus, isOpen: boolean, opensAt: string, deadlineAt: string, currency: string, cofinancingRateBps: number, title: { ar: string | null, en: string | null }, guidelines: { ar: string | null, en: string | null }, minGrant: { amountMinor: number, currency: string }, maxGrant: { amountMinor: number, currency: string }, maxGrantJod: { amountMinor: number, currency: string }, eligibility: { requiresVerified: boolean, minYearsRegistered: number, governorateCodes: Array<string>, minCoApplicants: number, maxCoApplicants: number, publicAssociatesAllowed: boolean, maxDurationMonths: number }, requiredDocuments: Array<{ code: string, name: { ar: string | null, en: string | null } }>, guidelinesDocument: { sizeBytes: number } | null, lots: Array<{ id: string, position: number, theme: GrantLotTheme, applicationsReceived: number | null, title: { ar: string | null, en: string | null }, envelope: { amountMinor: number, currency: string } }>, questions: Array<{ id: string, publishedAt: string, question: { ar: string | null, en: string | null }, answer: { ar: string | null, en: string | null } }> } | null };

export type GrantApplicationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantApplicationPageQuery = { grantApplication: { id: string, uuid: string, status: GrantApplicationStatus, version: number, viewerCanEdit: boolean, receiptNumber: string | null, submittedAt: string | null, durationMonths: number | null, locality: GrantLocality | null, governorateCodes: Array<string>, title: { ar: string | null, en: string | null }, summary: { ar: string | null, en: string | null }, description: { ar: string | null, en: string | null }, targetGroups: Array<{ code: string, expectedBeneficiaries: number }>, logframe: Array<{ text: { ar: string | null, en: string | null }, indicators: Array<{ baseline: string, target: string, text: { ar: string | null, en: string | null } }> }>, budgetLines: Array<{ category: GrantBudgetCategory, description: string, requested: { amountMinor: number, currency: string }, cofinancing: { amountMinor: number, currency: string } }>, budgetTotals: { cofinancingBps: number, requested: { amountMinor: number }, cofinancing: { amountMinor: number }, total: { amountMinor: number } }, lot: { id: string } | null, lead: { id: string, name: { ar: string | null, en: string | null } } | null, partners: Array<{ role: GrantPartnerRole, confirmed: boolean, confirmedAt: string | null, organization: { id: string, name: { ar: string | null, en: string | null } } | null, institution: { id: string, name: { ar: string | null, en: string | null } } | null }>, attachments: Array<{ id: string, documentCode: string, mediaType: string, sizeBytes: number, uploadedAt: string }>, call: { id: string, uuid: string, deadlineAt: string, cofinancingRateBps: number, requiredDocuments: Array<{ code: string, name: { ar: string | null, en: string | null } }>, title: { ar: string | null, en: string | null }, lots: Array<{ id: string, position: number, title: { ar: string | null, en: string | null } }> } } | null };

export type GrantApplicationCreateMutationVariables = Exact<{
  input: GrantApplicationCreateInput;
}>;


export type GrantApplicationCreateMutation = { grantApplicationCreate: { application: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantApplicationUpdateMutationVariables = Exact<{
  input: GrantApplicationUpdateInput;
}>;


export type GrantApplicationUpdateMutation = { grantApplicationUpdate: { application: { uuid: string, version: number } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantApplicationSubmitMutationVariables = Exact<{
  input: GrantApplicationSubmitInput;
}>;


export type GrantApplicationSubmitMutation = { grantApplicationSubmit: { application: { uuid: string, receiptNumber: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantViewerApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantViewerApplicationsQuery = { viewer: { grantApplications: { edges: Array<{ node: { id: string, uuid: string, status: GrantApplicationStatus, receiptNumber: string | null, updatedAt: string, title: { ar: string | null, en: string | null }, call: { uuid: string, title: { ar: string | null, en: string | null } }, lead: { name: { ar: string | null, en: string | null } } | null } }> } } | null };

export type GrantPartnerSearchQueryVariables = Exact<{
  search: string;
}>;


export type GrantPartnerSearchQuery = { organizations: { edges: Array<{ node: { id: string, name: { ar: string | null, en: string | null } } }> }, institutions: { edges: Array<{ node: { id: string, name: { ar: string | null, en: string | null } } }> } };

export type GrantViewerInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantViewerInstitutionsQuery = { viewer: { institutionMemberships: Array<{ role: MemberRole, institution: { id: string } }> } | null };

export type GrantApplicationPartnerConfirmMutationVariables = Exact<{
  input: GrantApplicationPartnerConfirmInput;
}>;


export type GrantApplicationPartnerConfirmMutation = { grantApplicationPartnerConfirm: { application: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantCallQuestionAskMutationVariables = Exact<{
  input: GrantCallQuestionAskInput;
}>;


export type GrantCallQuestionAskMutation = { grantCallQuestionAsk: { question: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantCallAskedQuestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantCallAskedQuestionsQuery = { grantCall: { id: string, uuid: string, title: { ar: string | null, en: string | null }, askedQuestions: Array<{ id: string, askedAt: string, answeredAt: string | null, question: { ar: string | null, en: string | null } }> } | null };

export type GrantCallQuestionPublishMutationVariables = Exact<{
  input: GrantCallQuestionPublishInput;
}>;


export type GrantCallQuestionPublishMutation = { grantCallQuestionPublish: { call: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantApplicationPartnerDeclineMutationVariables = Exact<{
  input: GrantApplicationPartnerDeclineInput;
}>;


export type GrantApplicationPartnerDeclineMutation = { grantApplicationPartnerDecline: { application: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantAttachmentPathQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantAttachmentPathQuery = { grantApplication: { id: string, attachments: Array<{ id: string, path: string }> } | null };

export type GrantGuidelinesPathQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantGuidelinesPathQuery = { grantCall: { id: string, guidelinesDocument: { path: string } | null } | null };

export type ReviewViewerAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewViewerAssignmentsQuery = { viewer: { reviewAssignments: { totalCount: number, edges: Array<{ node: { uuid: string, status: ReviewAssignmentStatus, assignedAt: string, submittedAt: string | null, grantApplication: { uuid: string, receiptNumber: string | null, title: { ar: string | null, en: string | null }, call: { title: { ar: string | null, en: string | null } } } | null } }> } } | null };

export type ReviewAssignmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewAssignmentQuery = { reviewAssignment: { id: string, uuid: string, status: ReviewAssignmentStatus, submittedAt: string | null, rubric: { divergenceMargin: number, criteria: Array<{ code: string, weight: number, title: { ar: string | null, en: string | null } }> } | null, scores: Array<{ criterionCode: string, score: number, comment: string | null }> | null, peerReviews: Array<{ uuid: string, scores: Array<{ criterionCode: string, score: number, comment: string | null }> | null }> | null, grantApplication: { uuid: string, receiptNumber: string | null, submittedAt: string | null, title: { ar: string | null, en: string | null }, summary: { ar: string | null, en: string | null }, description: { ar: string | null, en: string | null }, lead: { name: { ar: string | null, en: string | null } } | null, lot: { title: { ar: string | null, en: string | null } } | null, call: { title: { ar: string | null, en: string | null } }, budgetTotals: { requested: { amountMinor: number, currency: string }, cofinancing: { amountMinor: number, currency: string } } } | null } | null };

export type ReviewScoresSaveMutationVariables = Exact<{
  input: ReviewScoresSaveInput;
}>;


export type ReviewScoresSaveMutation = { reviewScoresSave: { assignment: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ReviewErrorCode, message: string }> } };

export type ReviewSubmitMutationVariables = Exact<{
  input: ReviewSubmitInput;
}>;


export type ReviewSubmitMutation = { reviewSubmit: { assignment: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ReviewErrorCode, message: string }> } };

export type ReviewConflictDeclareMutationVariables = Exact<{
  input: ReviewConflictDeclareInput;
}>;


export type ReviewConflictDeclareMutation = { reviewConflictDeclare: { assignment: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ReviewErrorCode, message: string }> } };

export type GrantReviewCallApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantReviewCallApplicationsQuery = { grantCall: { id: string, uuid: string, title: { ar: string | null, en: string | null }, lots: Array<{ id: string, title: { ar: string | null, en: string | null } }> } | null, grantApplications: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, status: GrantApplicationStatus, receiptNumber: string | null, ineligibleReason: string | null, title: { ar: string | null, en: string | null }, lot: { id: string } | null, lead: { name: { ar: string | null, en: string | null } } | null } }> } };

export type GrantReviewEligibilityDecideMutationVariables = Exact<{
  input: GrantApplicationEligibilityDecideInput;
}>;


export type GrantReviewEligibilityDecideMutation = { grantApplicationEligibilityDecide: { application: { uuid: string, status: GrantApplicationStatus } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantReviewAssignQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantReviewAssignQuery = { grantApplication: { id: string, uuid: string, status: GrantApplicationStatus, receiptNumber: string | null, title: { ar: string | null, en: string | null }, call: { uuid: string, title: { ar: string | null, en: string | null } }, reviewerCandidates: Array<{ userId: string, name: string, conflict: ReviewConflictKind | null, assigned: boolean }>, reviewAssignments: Array<{ uuid: string, status: ReviewAssignmentStatus, reviewerName: string | null }> } | null };

export type GrantReviewReviewersAssignMutationVariables = Exact<{
  input: GrantApplicationReviewersAssignInput;
}>;


export type GrantReviewReviewersAssignMutation = { grantApplicationReviewersAssign: { application: { uuid: string, status: GrantApplicationStatus } | null, userErrors: Array<{ field: Array<string> | null, code: ReviewErrorCode, message: string }> } };

export type GrantReviewRankingQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantReviewRankingQuery = { grantCall: { uuid: string, title: { ar: string | null, en: string | null } } | null, grantCallRanking: Array<{ lot: { id: string, title: { ar: string | null, en: string | null } }, entries: Array<{ rank: number, application: { id: string, uuid: string, status: GrantApplicationStatus, receiptNumber: string | null, rankingNote: string | null, decisionNote: string | null, title: { ar: string | null, en: string | null }, lead: { name: { ar: string | null, en: string | null } } | null }, result: { assignedCount: number, submittedCount: number, totals: Array<number>, meanScore: number | null, divergent: boolean } }> }> };

export type GrantReviewAnnotateMutationVariables = Exact<{
  input: GrantApplicationRankingAnnotateInput;
}>;


export type GrantReviewAnnotateMutation = { grantApplicationRankingAnnotate: { application: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type GrantReviewDecideMutationVariables = Exact<{
  input: GrantApplicationReviewDecideInput;
}>;


export type GrantReviewDecideMutation = { grantApplicationReviewDecide: { application: { uuid: string, status: GrantApplicationStatus } | null, userErrors: Array<{ field: Array<string> | null, code: GrantErrorCode, message: string }> } };

export type SignInMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SignInMutation = { sessionCreate: { viewer: { name: string } | null, userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string, retryAfterSeconds: number | null }> } };

export type SignUpMutationVariables = Exact<{
  input: AccountSignUpInput;
}>;


export type SignUpMutation = { accountSignUp: { userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { sessionDelete: { userErrors: Array<{ code: AccountErrorCode }> } };

export type EmailVerifyMutationVariables = Exact<{
  input: AccountEmailVerifyInput;
}>;


export type EmailVerifyMutation = { accountEmailVerify: { viewer: { name: string } | null, userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type EmailChangeUndoMutationVariables = Exact<{
  input: AccountEmailChangeUndoInput;
}>;


export type EmailChangeUndoMutation = { accountEmailChangeUndo: { userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type PasswordResetRequestMutationVariables = Exact<{
  input: AccountPasswordResetRequestInput;
}>;


export type PasswordResetRequestMutation = { accountPasswordResetRequest: { userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type PasswordResetMutationVariables = Exact<{
  input: AccountPasswordResetInput;
}>;


export type PasswordResetMutation = { accountPasswordReset: { userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type SessionRevokeMutationVariables = Exact<{
  input: SessionRevokeInput;
}>;


export type SessionRevokeMutation = { sessionRevoke: { userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type ApiTokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type ApiTokenCreateMutation = { apiTokenCreate: { secret: string | null, apiToken: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type ApiTokenRevokeMutationVariables = Exact<{
  input: ApiTokenRevokeInput;
}>;


export type ApiTokenRevokeMutation = { apiTokenRevoke: { userErrors: Array<{ field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type AccountViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountViewerQuery = { viewer: { uuid: string, name: string, email: string, emailVerified: boolean, roles: Array<PlatformRole>, memberships: Array<{ role: MemberRole, organization: { id: string, slug: string, name: { ar: string | null, en: string | null }, verification: { state: VerificationState } } }> } | null };

export type AccountOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountOverviewQuery = { viewer: { uuid: string, name: string, email: string, emailVerified: boolean, credential: Credential, roles: Array<PlatformRole>, memberships: Array<{ role: MemberRole, organization: { id: string, slug: string, name: { ar: string | null, en: string | null }, verification: { state: VerificationState } } }>, sessions: Array<{ id: string, createdAt: string, expiresAt: string, ipAddress: string | null, userAgent: string | null, current: boolean }>, apiTokens: Array<{ id: string, name: string, prefix: string, scope: ApiTokenScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } | null };

export type ParticipationConsultationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ParticipationConsultationsQuery = { consultations: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, phase: ConsultationPhase, ownerKind: ConsultationOwnerKind, opensAt: string, closesAt: string, title: { ar: string | null, en: string | null }, summary: { ar: string | null, en: string | null } } }> } };

export type ParticipationConsultationQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipationConsultationQuery = { consultation: { id: string, uuid: string, phase: ConsultationPhase, ownerKind: ConsultationOwnerKind, opensAt: string, closesAt: string, answerDueAt: string, answeredAt: string | null, viewerIsOwner: boolean, governorateCodes: Array<string>, targetGroupCodes: Array<string>, title: { ar: string | null, en: string | null }, summary: { ar: string | null, en: string | null }, documents: Array<{ language: string, url: string }>, sections: Array<{ id: string, uuid: string, position: number, title: { ar: string | null, en: string | null }, text: { ar: string | null, en: string | null }, whatChanged: { ar: string | null, en: string | null }, positionCounts: { support: number, supportWithChanges: number, oppose: number }, contributions: Array<{ id: string, uuid: string, position: ContributionPosition, comment: string, version: number, evidenceUrl: string | null, endorsementCount: number, viewerCanEdit: boolean, answer: ContributionAnswer | null, answerReason: string | null, organization: { id: string, slug: string, name: { ar: string | null, en: string | null } } | null, endorsements: Array<{ id: string, name: { ar: string | null, en: string | null } }> }> }> } | null };

export type ParticipationReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipationReportQuery = { consultation: { id: string, uuid: string, phase: ConsultationPhase, title: { ar: string | null, en: string | null }, report: { contributions: number, organizations: { value: number | null, fewerThanFive: boolean }, byGovernorate: Array<{ key: string, organizations: { value: number | null, fewerThanFive: boolean } }>, bySize: Array<{ key: string, organizations: { value: number | null, fewerThanFive: boolean } }>, byTargetGroup: Array<{ key: string, organizations: { value: number | null, fewerThanFive: boolean } }>, sections: Array<{ sectionId: string, accepted: number, title: { ar: string | null, en: string | null }, positions: { support: number, supportWithChanges: number, oppose: number }, whatChanged: { ar: string | null, en: string | null } }> } | null } | null };

export type ParticipationContributeMutationVariables = Exact<{
  input: ConsultationContributionCreateInput;
}>;


export type ParticipationContributeMutation = { consultationContributionCreate: { contribution: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ParticipationErrorCode, message: string }> } };

export type ParticipationContributionUpdateMutationVariables = Exact<{
  input: ConsultationContributionUpdateInput;
}>;


export type ParticipationContributionUpdateMutation = { consultationContributionUpdate: { contribution: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ParticipationErrorCode, message: string }> } };

export type ParticipationEndorseMutationVariables = Exact<{
  input: ConsultationContributionEndorseInput;
}>;


export type ParticipationEndorseMutation = { consultationContributionEndorse: { contribution: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ParticipationErrorCode, message: string }> } };

export type ParticipationAnswerMutationVariables = Exact<{
  input: ConsultationContributionAnswerInput;
}>;


export type ParticipationAnswerMutation = { consultationContributionAnswer: { contribution: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ParticipationErrorCode, message: string }> } };

export type ParticipationSectionChangesMutationVariables = Exact<{
  input: ConsultationSectionChangesSetInput;
}>;


export type ParticipationSectionChangesMutation = { consultationSectionChangesSet: { section: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ParticipationErrorCode, message: string }> } };

export type ParticipationReportPublishMutationVariables = Exact<{
  input: ConsultationReportPublishInput;
}>;


export type ParticipationReportPublishMutation = { consultationReportPublish: { consultation: { uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: ParticipationErrorCode, message: string }> } };

export type PartnershipListingSummaryFragment = { id: string, uuid: string, kind: PartnershipListingKind, status: PartnershipListingStatus, expiresAt: string, description: { ar: string | null, en: string | null }, capability: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, party:
    | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
    | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
   | null };

export type PartnershipListingsQueryVariables = Exact<{
  filter?: PartnershipListingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PartnershipListingsQuery = { partnershipListings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, uuid: string, kind: PartnershipListingKind, status: PartnershipListingStatus, expiresAt: string, description: { ar: string | null, en: string | null }, capability: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, party:
          | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
         | null } }> }, partnershipCapabilities: Array<{ code: string, name: { ar: string | null, en: string | null } }>, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipInstitutionsQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PartnershipInstitutionsQuery = { institutions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, acronym: string | null, type: InstitutionType, name: { ar: string | null, en: string | null }, governorate: { code: string, name: { ar: string | null, en: string | null } } | null } }> }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipInstitutionQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type PartnershipInstitutionQuery = { institution: { id: string, slug: string, acronym: string | null, type: InstitutionType, website: string | null, name: { ar: string | null, en: string | null }, governorate: { code: string, name: { ar: string | null, en: string | null } } | null, partnerships: { totalCount: number, edges: Array<{ node: { id: string, kind: PartnershipKind, status: PartnershipStatus, startsOn: string | null, endsOn: string | null, purpose: { ar: string | null, en: string | null }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, members: Array<{ id: string, role: PartnershipMemberRole, party:
              | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
              | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
             | null }> } }> }, partnershipListings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uuid: string, kind: PartnershipListingKind, status: PartnershipListingStatus, expiresAt: string, description: { ar: string | null, en: string | null }, capability: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, party:
            | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
            | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
           | null } }> } } | null };

export type PartnershipViewerInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipViewerInstitutionsQuery = { viewer: { institutionMemberships: Array<{ role: MemberRole, institution: { id: string, slug: string } }> } | null };

export type PartnershipOrganizationListingsQueryVariables = Exact<{
  slug: string;
}>;


export type PartnershipOrganizationListingsQuery = { organizationBySlug: { id: string, partnershipListings: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, kind: PartnershipListingKind, status: PartnershipListingStatus, expiresAt: string, description: { ar: string | null, en: string | null }, capability: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, party:
            | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
            | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
           | null } }> } } | null };

export type PartnershipEditorListsFragment = { partnershipCapabilities: Array<{ code: string, name: { ar: string | null, en: string | null } }>, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipOrganizationEditorQueryVariables = Exact<{
  slug: string;
}>;


export type PartnershipOrganizationEditorQuery = { organizationBySlug: { id: string, slug: string, name: { ar: string | null, en: string | null }, partnershipListings: { edges: Array<{ node: { targetGroupCodes: Array<string>, governorateCodes: Array<string>, id: string, uuid: string, kind: PartnershipListingKind, status: PartnershipListingStatus, expiresAt: string, description: { ar: string | null, en: string | null }, capability: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, party:
            | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
            | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
           | null } }> } } | null, partnershipCapabilities: Array<{ code: string, name: { ar: string | null, en: string | null } }>, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipInstitutionEditorQueryVariables = Exact<{
  slug: string;
}>;


export type PartnershipInstitutionEditorQuery = { institution: { id: string, slug: string, type: InstitutionType, name: { ar: string | null, en: string | null }, partnershipListings: { edges: Array<{ node: { targetGroupCodes: Array<string>, governorateCodes: Array<string>, id: string, uuid: string, kind: PartnershipListingKind, status: PartnershipListingStatus, expiresAt: string, description: { ar: string | null, en: string | null }, capability: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, party:
            | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
            | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
           | null } }> } } | null, viewer: { institutionMemberships: Array<{ role: MemberRole, institution: { slug: string } }> } | null, partnershipCapabilities: Array<{ code: string, name: { ar: string | null, en: string | null } }>, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipListingPublishMutationVariables = Exact<{
  input: PartnershipListingPublishInput;
}>;


export type PartnershipListingPublishMutation = { partnershipListingPublish: { listing: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipListingUpdateMutationVariables = Exact<{
  input: PartnershipListingUpdateInput;
}>;


export type PartnershipListingUpdateMutation = { partnershipListingUpdate: { listing: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipListingWithdrawMutationVariables = Exact<{
  input: PartnershipListingWithdrawInput;
}>;


export type PartnershipListingWithdrawMutation = { partnershipListingWithdraw: { listing: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type MatchmakingDaysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MatchmakingDaysQuery = { matchmakingDays: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, status: MatchmakingDayStatus, startsAt: string, endsAt: string, slotMinutes: number, online: boolean, governorateCode: string | null, title: { ar: string | null, en: string | null }, venue: { ar: string | null, en: string | null }, participants: { totalCount: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MatchmakingDayQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type MatchmakingDayQuery = { matchmakingDay: { id: string, uuid: string, status: MatchmakingDayStatus, startsAt: string, endsAt: string, slotMinutes: number, online: boolean, onlineUrl: string | null, governorateCode: string | null, title: { ar: string | null, en: string | null }, venue: { ar: string | null, en: string | null }, slots: Array<{ id: string, position: number, startsAt: string, endsAt: string }>, viewerParticipants: Array<{ id: string, uuid: string, party:
        | { __typename: 'Institution', id: string, name: { ar: string | null, en: string | null } }
        | { __typename: 'Organization', id: string, name: { ar: string | null, en: string | null } }
       | null }>, participants: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, note: { ar: string | null, en: string | null }, party:
            | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null }, partnershipListings: { edges: Array<{ node: { id: string, kind: PartnershipListingKind, capability: { code: string } } }> } }
            | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null }, partnershipListings: { edges: Array<{ node: { id: string, kind: PartnershipListingKind, capability: { code: string } } }> } }
           | null } }> } } | null };

export type MatchmakingViewerPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchmakingViewerPartiesQuery = { viewer: { memberships: Array<{ role: MemberRole, organization: { id: string, name: { ar: string | null, en: string | null } } }>, institutionMemberships: Array<{ role: MemberRole, institution: { id: string, name: { ar: string | null, en: string | null } } }> } | null };

export type MatchmakingParticipantQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchmakingParticipantQuery = { matchmakingParticipant: { id: string, uuid: string, viewerActsFor: boolean, availableSlotIds: Array<string> | null, agendaLink: { createdAt: string } | null, party:
      | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
      | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
     | null, day: { id: string, uuid: string, startsAt: string, endsAt: string, online: boolean, onlineUrl: string | null, governorateCode: string | null, title: { ar: string | null, en: string | null }, venue: { ar: string | null, en: string | null }, slots: Array<{ id: string, position: number, startsAt: string, endsAt: string }> }, agenda: Array<{ id: string, uuid: string, status: MatchmakingMeetingStatus, message: string, declineReason: string | null, createdAt: string, slot: { id: string, startsAt: string, endsAt: string } | null, requester: { id: string, party:
          | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
         | null }, invitee: { id: string, party:
          | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
         | null } }> | null, meetingsSent: Array<{ id: string, uuid: string, status: MatchmakingMeetingStatus, message: string, declineReason: string | null, createdAt: string, slot: { id: string, startsAt: string, endsAt: string } | null, requester: { id: string, party:
          | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
         | null }, invitee: { id: string, party:
          | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
         | null } }> | null, meetingsReceived: Array<{ id: string, uuid: string, status: MatchmakingMeetingStatus, message: string, declineReason: string | null, createdAt: string, commonFreeSlots: Array<{ id: string, startsAt: string, endsAt: string }>, slot: { id: string, startsAt: string, endsAt: string } | null, requester: { id: string, party:
          | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
         | null }, invitee: { id: string, party:
          | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
         | null } }> | null } | null };

export type MatchmakingMeetingItemFragment = { id: string, uuid: string, status: MatchmakingMeetingStatus, message: string, declineReason: string | null, createdAt: string, slot: { id: string, startsAt: string, endsAt: string } | null, requester: { id: string, party:
      | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
      | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
     | null }, invitee: { id: string, party:
      | { __typename: 'Institution', name: { ar: string | null, en: string | null } }
      | { __typename: 'Organization', name: { ar: string | null, en: string | null } }
     | null } };

export type MatchmakingDayCreateMutationVariables = Exact<{
  input: MatchmakingDayCreateInput;
}>;


export type MatchmakingDayCreateMutation = { matchmakingDayCreate: { day: { id: string, uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingDayPublishMutationVariables = Exact<{
  input: MatchmakingDayPublishInput;
}>;


export type MatchmakingDayPublishMutation = { matchmakingDayPublish: { day: { id: string, uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingParticipantRegisterMutationVariables = Exact<{
  input: MatchmakingParticipantRegisterInput;
}>;


export type MatchmakingParticipantRegisterMutation = { matchmakingParticipantRegister: { participant: { id: string, uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingAvailabilitySetMutationVariables = Exact<{
  input: MatchmakingAvailabilitySetInput;
}>;


export type MatchmakingAvailabilitySetMutation = { matchmakingAvailabilitySet: { participant: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingMeetingRequestMutationVariables = Exact<{
  input: MatchmakingMeetingRequestInput;
}>;


export type MatchmakingMeetingRequestMutation = { matchmakingMeetingRequest: { meeting: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingMeetingAcceptMutationVariables = Exact<{
  input: MatchmakingMeetingAcceptInput;
}>;


export type MatchmakingMeetingAcceptMutation = { matchmakingMeetingAccept: { meeting: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingMeetingDeclineMutationVariables = Exact<{
  input: MatchmakingMeetingDeclineInput;
}>;


export type MatchmakingMeetingDeclineMutation = { matchmakingMeetingDecline: { meeting: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingMeetingCancelMutationVariables = Exact<{
  input: MatchmakingMeetingCancelInput;
}>;


export type MatchmakingMeetingCancelMutation = { matchmakingMeetingCancel: { meeting: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingAgendaLinkResetMutationVariables = Exact<{
  input: MatchmakingAgendaLinkResetInput;
}>;


export type MatchmakingAgendaLinkResetMutation = { matchmakingAgendaLinkReset: { agendaLink: { url: string | null, createdAt: string } | null, userErrors: Array<{ field: Array<string> | null, code: MatchmakingErrorCode, message: string }> } };

export type MatchmakingCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchmakingCapabilitiesQuery = { partnershipCapabilities: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type MatchmakingGovernoratesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchmakingGovernoratesQuery = { governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

type PartnershipPartyName_Institution_Fragment = { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } };

type PartnershipPartyName_Organization_Fragment = { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } };

export type PartnershipPartyNameFragment =
  | PartnershipPartyName_Institution_Fragment
  | PartnershipPartyName_Organization_Fragment
;

export type PartnershipViewerPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipViewerPartiesQuery = { viewer: { roles: Array<PlatformRole>, memberships: Array<{ role: MemberRole, organization: { id: string, slug: string, name: { ar: string | null, en: string | null } } }>, institutionMemberships: Array<{ role: MemberRole, institution: { id: string, slug: string, name: { ar: string | null, en: string | null } } }> } | null };

export type PartnershipRequestSummaryFragment = { id: string, status: PartnershipRequestStatus, message: string, declineReason: string | null, createdAt: string, answeredAt: string | null, from:
    | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
    | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
   | null, to:
    | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
    | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
   | null, listing: { id: string, kind: PartnershipListingKind, capability: { code: string, name: { ar: string | null, en: string | null } } } | null, partnership: { id: string } | null };

export type PartnershipRequestsQueryVariables = Exact<{
  partyId: string | number;
  inboxAfter?: string | null | undefined;
  outboxAfter?: string | null | undefined;
}>;


export type PartnershipRequestsQuery = { inbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PartnershipRequestStatus, message: string, declineReason: string | null, createdAt: string, answeredAt: string | null, from:
          | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
         | null, to:
          | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
         | null, listing: { id: string, kind: PartnershipListingKind, capability: { code: string, name: { ar: string | null, en: string | null } } } | null, partnership: { id: string } | null } }> }, outbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PartnershipRequestStatus, message: string, declineReason: string | null, createdAt: string, answeredAt: string | null, from:
          | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
         | null, to:
          | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
         | null, listing: { id: string, kind: PartnershipListingKind, capability: { code: string, name: { ar: string | null, en: string | null } } } | null, partnership: { id: string } | null } }> } };

export type PartnershipRequestTargetQueryVariables = Exact<{
  to: string | number;
  listing: string | number;
  withListing: boolean;
}>;


export type PartnershipRequestTargetQuery = { to:
    | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
    | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
    | Record<PropertyKey, never>
   | null, listing?:
    | { id: string, kind: PartnershipListingKind, capability: { code: string, name: { ar: string | null, en: string | null } }, party:
        | { __typename: 'Institution', id: string }
        | { __typename: 'Organization', id: string }
       | null }
    | Record<PropertyKey, never>
   | null };

export type PartnershipDetailFragment = { id: string, kind: PartnershipKind, status: PartnershipStatus, createdAt: string, activatedAt: string | null, startsOn: string | null, endsOn: string | null, mouSignedOn: string | null, agreementReference: string | null, terminationReason: string | null, governorateCodes: Array<string>, targetGroupCodes: Array<string>, agreementDocument: { sizeBytes: number, uploadedAt: string } | null, purpose: { ar: string | null, en: string | null }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, members: Array<{ id: string, role: PartnershipMemberRole, confirmed: boolean, confirmedAt: string | null, party:
      | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
      | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
     | null }>, history: Array<{ id: string, at: string, from: PartnershipStatus | null, to: PartnershipStatus, reason: string | null }> };

export type PartnershipQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnershipQuery = { partnership: { id: string, kind: PartnershipKind, status: PartnershipStatus, createdAt: string, activatedAt: string | null, startsOn: string | null, endsOn: string | null, mouSignedOn: string | null, agreementReference: string | null, terminationReason: string | null, governorateCodes: Array<string>, targetGroupCodes: Array<string>, agreementDocument: { sizeBytes: number, uploadedAt: string } | null, purpose: { ar: string | null, en: string | null }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, members: Array<{ id: string, role: PartnershipMemberRole, confirmed: boolean, confirmedAt: string | null, party:
        | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
        | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
       | null }>, history: Array<{ id: string, at: string, from: PartnershipStatus | null, to: PartnershipStatus, reason: string | null }> } | null, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipSummaryFragment = { id: string, kind: PartnershipKind, status: PartnershipStatus, startsOn: string | null, endsOn: string | null, purpose: { ar: string | null, en: string | null }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, members: Array<{ id: string, role: PartnershipMemberRole, party:
      | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
      | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
     | null }> };

export type PartnershipRegistryQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PartnershipRegistryQuery = { partnershipsByGovernorate: Array<{ key: string, count: number }>, partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, kind: PartnershipKind, status: PartnershipStatus, startsOn: string | null, endsOn: string | null, purpose: { ar: string | null, en: string | null }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, members: Array<{ id: string, role: PartnershipMemberRole, party:
            | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
            | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
           | null }> } }> }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipOrganizationPartnershipsQueryVariables = Exact<{
  slug: string;
}>;


export type PartnershipOrganizationPartnershipsQuery = { organizationBySlug: { id: string, partnerships: { totalCount: number, edges: Array<{ node: { id: string, kind: PartnershipKind, status: PartnershipStatus, startsOn: string | null, endsOn: string | null, purpose: { ar: string | null, en: string | null }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, members: Array<{ id: string, role: PartnershipMemberRole, party:
              | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
              | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
             | null }> } }> } } | null };

export type PartnershipRequestSendMutationVariables = Exact<{
  input: PartnershipRequestSendInput;
}>;


export type PartnershipRequestSendMutation = { partnershipRequestSend: { request: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipRequestAcceptMutationVariables = Exact<{
  input: PartnershipRequestAcceptInput;
}>;


export type PartnershipRequestAcceptMutation = { partnershipRequestAccept: { request: { id: string, partnership: { id: string } | null } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipRequestDeclineMutationVariables = Exact<{
  input: PartnershipRequestDeclineInput;
}>;


export type PartnershipRequestDeclineMutation = { partnershipRequestDecline: { request: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipRequestWithdrawMutationVariables = Exact<{
  input: PartnershipRequestWithdrawInput;
}>;


export type PartnershipRequestWithdrawMutation = { partnershipRequestWithdraw: { request: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipConfirmMutationVariables = Exact<{
  input: PartnershipConfirmInput;
}>;


export type PartnershipConfirmMutation = { partnershipConfirm: { partnership: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipUpdateMutationVariables = Exact<{
  input: PartnershipUpdateInput;
}>;


export type PartnershipUpdateMutation = { partnershipUpdate: { partnership: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipCompleteMutationVariables = Exact<{
  input: PartnershipCompleteInput;
}>;


export type PartnershipCompleteMutation = { partnershipComplete: { partnership: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipTerminateMutationVariables = Exact<{
  input: PartnershipTerminateInput;
}>;


export type PartnershipTerminateMutation = { partnershipTerminate: { partnership: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: PartnershipErrorCode, message: string }> } };

export type PartnershipOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipOverviewQuery = { partnershipOverview: { total: number, byStatus: Array<{ key: string, count: number }>, byKind: Array<{ key: string, count: number }>, byGovernorate: Array<{ key: string, count: number }>, requestsByStatus: Array<{ key: string, count: number }> }, pendingPartnershipRequests: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, from:
          | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
         | null, to:
          | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null } }
          | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null } }
         | null } }> }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type PartnershipAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnershipAgreementQuery = { partnership: { agreementDocument: { path: string } | null } | null };

export type SuggestionsViewerInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestionsViewerInstitutionsQuery = { viewer: { institutionMemberships: Array<{ institution: { id: string, slug: string, name: { ar: string | null, en: string | null } } }> } | null };

export type PartnerSuggestionsQueryVariables = Exact<{
  partyId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerSuggestionsQuery = { partnerSuggestions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, score: number, reasons: Array<{ ar: string | null, en: string | null }>, breakdown: Array<{ criterion: PartnerSuggestionCriterion, weight: number, points: number }>, node:
        | { __typename: 'Institution', id: string, slug: string, name: { ar: string | null, en: string | null }, institutionGovernorate: { code: string, name: { ar: string | null, en: string | null } } | null }
        | { __typename: 'Organization', id: string, slug: string, name: { ar: string | null, en: string | null }, governorate: { code: string, name: { ar: string | null, en: string | null } } }
       }> } };

export type DeinstFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type DeinstFiguresQuery = { deinstitutionalisationFigures: { quarters: Array<string>, tables: Array<{ measure: DeinstitutionalisationMeasure, rows: Array<{ governorate: { code: string, name: { ar: string | null, en: string | null } }, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } }>, nationalTotals: Array<{ value: number | null, suppressed: boolean }>, grandTotal: { value: number | null, suppressed: boolean } }> } };

export type DeinstInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeinstInstitutionsQuery = { careInstitutions: { totalCount: number, edges: Array<{ node: { id: string, ownership: CareOwnership, capacity: number, active: boolean, name: { ar: string | null, en: string | null }, governorate: { code: string, name: { ar: string | null, en: string | null } }, quarters: Array<{ period: string, year: number, quarter: number, residents: number, transitionsToFamily: number, transitionsToCommunity: number, communityPlaces: number, version: number }> } }> } };

export type DeinstGovernoratesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeinstGovernoratesQuery = { governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type DeinstInstitutionQueryVariables = Exact<{
  id: string | number;
}>;


export type DeinstInstitutionQuery = { careInstitution: { id: string, ownership: CareOwnership, capacity: number, active: boolean, version: number, name: { ar: string | null, en: string | null }, governorate: { code: string } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type DeinstInstitutionCreateMutationVariables = Exact<{
  input: CareInstitutionCreateInput;
}>;


export type DeinstInstitutionCreateMutation = { careInstitutionCreate: { institution: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: DeinstitutionalisationErrorCode, message: string }> } };

export type DeinstInstitutionUpdateMutationVariables = Exact<{
  input: CareInstitutionUpdateInput;
}>;


export type DeinstInstitutionUpdateMutation = { careInstitutionUpdate: { institution: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: DeinstitutionalisationErrorCode, message: string }> } };

export type DeinstQuarterRecordMutationVariables = Exact<{
  input: CareInstitutionQuarterRecordInput;
}>;


export type DeinstQuarterRecordMutation = { careInstitutionQuarterRecord: { figures: { period: string } | null, userErrors: Array<{ field: Array<string> | null, code: DeinstitutionalisationErrorCode, message: string }> } };

export type ResultsDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ResultsDashboardQuery = { resultsIndicators: Array<{ code: string, unit: ResultsIndicatorUnit, baseline: number, target: number | null, name: { ar: string | null, en: string | null }, definition: { ar: string | null, en: string | null }, actual: { value: number | null, suppressed: boolean }, quarters: Array<{ quarter: string, count: { value: number | null, suppressed: boolean }, cumulative: { value: number | null, suppressed: boolean } }>, breakdowns: Array<{ dimension: ResultsDimension, cells: Array<{ key: string, label: { ar: string | null, en: string | null }, count: { value: number | null, suppressed: boolean } }> }> }> };

export type ResultsIndicatorRecordsQueryVariables = Exact<{
  code: string;
  quarter?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResultsIndicatorRecordsQuery = { resultsIndicators: Array<{ code: string, name: { ar: string | null, en: string | null } }>, resultsIndicatorRecords: { totalCount: number, edges: Array<{ node: { recordId: string, recordType: string, countedAt: string, quarter: string, label: { ar: string | null, en: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceSummaryFragment = { id: string, uuid: string, fee: ServiceFee, delivery: Array<ServiceDelivery>, languages: Array<ServiceLanguage>, openNow: boolean, name: { ar: string | null, en: string | null }, category: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, organization: { slug: string, name: { ar: string | null, en: string | null } }, places: { available: number | null, waitingList: number | null, updatedAt: string | null, outdated: boolean } };

export type ServicesSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: ServiceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServicesSearchQuery = { services: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ distanceKm: number | null, node: { id: string, uuid: string, fee: ServiceFee, delivery: Array<ServiceDelivery>, languages: Array<ServiceLanguage>, openNow: boolean, name: { ar: string | null, en: string | null }, category: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, organization: { slug: string, name: { ar: string | null, en: string | null } }, places: { available: number | null, waitingList: number | null, updatedAt: string | null, outdated: boolean } } }>, facets: { categories: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, governorates: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, targetGroups: Array<{ count: number, value: { code: string, name: { ar: string | null, en: string | null } } }>, delivery: Array<{ value: ServiceDelivery, count: number }>, accessibility: Array<{ value: ServiceAccessibility, count: number }>, languages: Array<{ value: ServiceLanguage, count: number }> } } };

export type ServicePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ServicePageQuery = { service: { ageMin: number | null, ageMax: number | null, id: string, uuid: string, fee: ServiceFee, delivery: Array<ServiceDelivery>, languages: Array<ServiceLanguage>, openNow: boolean, description: { ar: string | null, en: string | null } | null, eligibility: { ar: string | null, en: string | null } | null, feeDetails: { ar: string | null, en: string | null } | null, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, contact: { phone: string | null, email: string | null }, referral: { intakeCriteria: { ar: string | null, en: string | null } | null, documents: { ar: string | null, en: string | null } | null, steps: { ar: string | null, en: string | null } | null, officeHours: { ar: string | null, en: string | null } | null, complaints: { ar: string | null, en: string | null } | null }, hours: Array<{ weekday: Weekday, opensAt: string, closesAt: string }>, locations: Array<{ id: string, district: string | null, localityType: ServiceLocalityType | null, latitude: number | null, longitude: number | null, accessibility: Array<ServiceAccessibility>, address: { ar: string | null, en: string | null } | null, governorate: { code: string, name: { ar: string | null, en: string | null } } }>, name: { ar: string | null, en: string | null }, category: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, organization: { slug: string, name: { ar: string | null, en: string | null } }, places: { available: number | null, waitingList: number | null, updatedAt: string | null, outdated: boolean } } | null };

export type OrganizationServicesQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationServicesQuery = { organizationBySlug: { id: string, slug: string, name: { ar: string | null, en: string | null }, services: Array<{ id: string, uuid: string, fee: ServiceFee, delivery: Array<ServiceDelivery>, languages: Array<ServiceLanguage>, openNow: boolean, name: { ar: string | null, en: string | null }, category: { code: string, name: { ar: string | null, en: string | null } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, organization: { slug: string, name: { ar: string | null, en: string | null } }, places: { available: number | null, waitingList: number | null, updatedAt: string | null, outdated: boolean } }> } | null, serviceCategories: Array<{ code: string, name: { ar: string | null, en: string | null } }>, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type ServicePlacesUpdateMutationVariables = Exact<{
  input: ServicePlacesUpdateInput;
}>;


export type ServicePlacesUpdateMutation = { servicePlacesUpdate: { service: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: ServiceErrorCode, message: string }> } };

export type ServiceCreateMutationVariables = Exact<{
  input: ServiceCreateInput;
}>;


export type ServiceCreateMutation = { serviceCreate: { service: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: ServiceErrorCode, message: string }> } };

export type ServiceDeleteMutationVariables = Exact<{
  input: ServiceDeleteInput;
}>;


export type ServiceDeleteMutation = { serviceDelete: { deletedServiceId: string | null, userErrors: Array<{ field: Array<string> | null, code: ServiceErrorCode, message: string }> } };

export type TrainingCalendarLinkResetMutationVariables = Exact<{ [key: string]: never; }>;


export type TrainingCalendarLinkResetMutation = { trainingCalendarLinkReset: { calendarLink: { url: string | null, createdAt: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingSessionSummaryFragment = { id: string, uuid: string, status: TrainingSessionStatus, startsAt: string, endsAt: string, online: boolean, language: TrainingLanguage, seats: number, seatsLeft: number, waitlistCount: number, registrationOpensAt: string, registrationDeadline: string, course: { id: string, level: TrainingLevel, audience: TrainingAudience, expectedHours: number, title: { ar: string | null, en: string | null }, topic: { code: string, name: { ar: string | null, en: string | null } } }, venue: { governorate: { code: string, name: { ar: string | null, en: string | null } } } | null };

export type TrainingCatalogueQueryVariables = Exact<{
  filter?: TrainingSessionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TrainingCatalogueQuery = { trainingSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, uuid: string, status: TrainingSessionStatus, startsAt: string, endsAt: string, online: boolean, language: TrainingLanguage, seats: number, seatsLeft: number, waitlistCount: number, registrationOpensAt: string, registrationDeadline: string, course: { id: string, level: TrainingLevel, audience: TrainingAudience, expectedHours: number, title: { ar: string | null, en: string | null }, topic: { code: string, name: { ar: string | null, en: string | null } } }, venue: { governorate: { code: string, name: { ar: string | null, en: string | null } } } | null } }> }, trainingTopics: Array<{ code: string, name: { ar: string | null, en: string | null } }>, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type TrainingCertificateVerifyQueryVariables = Exact<{
  code: string;
}>;


export type TrainingCertificateVerifyQuery = { certificateByCode: { code: string, participantName: string, startsAt: string, endsAt: string, issuedAt: string, status: TrainingCertificateStatus, revokedAt: string | null, courseTitle: { ar: string | null, en: string | null }, issuer: { ar: string | null, en: string | null } } | null };

export type TrainingMyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingMyCertificatesQuery = { viewer: { uuid: string, trainingCertificates: { edges: Array<{ node: { id: string, uuid: string, code: string, status: TrainingCertificateStatus, issuedAt: string, session: { uuid: string, startsAt: string, course: { title: { ar: string | null, en: string | null } } } } }> } } | null };

export type TrainingSessionCertificatesQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingSessionCertificatesQuery = { trainingSession: { id: string, viewerCertificateBatch: { id: string, total: number, processed: number, issued: number, alreadyIssued: number, incomplete: number, finishedAt: string | null } | null, registrations: { edges: Array<{ node: { id: string, certificate: { id: string, uuid: string, code: string, status: TrainingCertificateStatus, revocationReason: string | null } | null } }> } } | null };

export type TrainingCertificateIssueMutationVariables = Exact<{
  input: TrainingCertificateIssueInput;
}>;


export type TrainingCertificateIssueMutation = { trainingCertificateIssue: { certificate: { id: string, code: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: TrainingErrorCode }> } };

export type TrainingCertificateIssueBulkMutationVariables = Exact<{
  input: TrainingCertificateIssueBulkInput;
}>;


export type TrainingCertificateIssueBulkMutation = { trainingCertificateIssueBulk: { batch: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: TrainingErrorCode }> } };

export type TrainingCertificateRevokeMutationVariables = Exact<{
  input: TrainingCertificateRevokeInput;
}>;


export type TrainingCertificateRevokeMutation = { trainingCertificateRevoke: { certificate: { id: string, status: TrainingCertificateStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: TrainingErrorCode }> } };

export type TrainingDisaggregationWithdrawMutationVariables = Exact<{
  input: TrainingDisaggregationWithdrawInput;
}>;


export type TrainingDisaggregationWithdrawMutation = { trainingDisaggregationWithdraw: { registration: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingScoresRecordMutationVariables = Exact<{
  input: TrainingScoresRecordInput;
}>;


export type TrainingScoresRecordMutation = { trainingScoresRecord: { registration: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingSessionTrainersSetMutationVariables = Exact<{
  input: TrainingSessionTrainersSetInput;
}>;


export type TrainingSessionTrainersSetMutation = { trainingSessionTrainersSet: { session: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingCourseFormQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingCourseFormQuery = { trainingTopics: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type TrainingSessionFormQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingSessionFormQuery = { trainingCourses: { edges: Array<{ node: { id: string, audience: TrainingAudience, title: { ar: string | null, en: string | null } } }> }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type TrainingCourseCreateMutationVariables = Exact<{
  input: TrainingCourseCreateInput;
}>;


export type TrainingCourseCreateMutation = { trainingCourseCreate: { course: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingSessionCreateMutationVariables = Exact<{
  input: TrainingSessionCreateInput;
}>;


export type TrainingSessionCreateMutation = { trainingSessionCreate: { session: { id: string, uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingRegistrantsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type TrainingRegistrantsQuery = { trainingSession: { confirmedCount: number, viewerIsTrainer: boolean, id: string, uuid: string, status: TrainingSessionStatus, startsAt: string, endsAt: string, online: boolean, language: TrainingLanguage, seats: number, seatsLeft: number, waitlistCount: number, registrationOpensAt: string, registrationDeadline: string, registrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uuid: string, status: TrainingRegistrationStatus, waitlistPosition: number | null, createdAt: string, asPublicOfficial: boolean, cancellationReason: string | null, completed: boolean, participant: { name: string, email: string } | null, organization: { slug: string, name: { ar: string | null, en: string | null } } | null, accommodations: { signLanguage: boolean, accessibleVenue: boolean, transport: boolean, carerSeat: boolean, accessibleMaterials: boolean, note: string | null, confirmedAt: string | null }, scores: { preTest: number | null, postTest: number | null, learningGain: number | null } } }> }, learningGain: { mean: number | null, n: number }, trainerAccounts: Array<{ email: string }>, course: { id: string, level: TrainingLevel, audience: TrainingAudience, expectedHours: number, title: { ar: string | null, en: string | null }, topic: { code: string, name: { ar: string | null, en: string | null } } }, venue: { governorate: { code: string, name: { ar: string | null, en: string | null } } } | null } | null };

export type TrainingCourseSessionsQueryVariables = Exact<{
  courseId: string | number;
}>;


export type TrainingCourseSessionsQuery = { trainingSessions: { edges: Array<{ node: { id: string, uuid: string, startsAt: string, seatsLeft: number, venue: { governorate: { name: { ar: string | null, en: string | null } } } | null } }> } };

export type TrainingRegistrationMoveMutationVariables = Exact<{
  input: TrainingRegistrationMoveInput;
}>;


export type TrainingRegistrationMoveMutation = { trainingRegistrationMove: { registration: { id: string, status: TrainingRegistrationStatus } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingAccommodationsConfirmMutationVariables = Exact<{
  input: TrainingRegistrationAccommodationsConfirmInput;
}>;


export type TrainingAccommodationsConfirmMutation = { trainingRegistrationAccommodationsConfirm: { registration: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingCourseEditQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingCourseEditQuery = { trainingTopics: Array<{ code: string, name: { ar: string | null, en: string | null } }>, trainingCourse: { id: string, uuid: string, level: TrainingLevel, audience: TrainingAudience, expectedHours: number, title: { ar: string | null, en: string | null }, description: { ar: string | null, en: string | null }, prerequisites: { ar: string | null, en: string | null }, topic: { code: string }, completionRule: { attendancePercent: number, postTestPassMark: number | null } } | null };

export type TrainingCourseUpdateMutationVariables = Exact<{
  input: TrainingCourseUpdateInput;
}>;


export type TrainingCourseUpdateMutation = { trainingCourseUpdate: { course: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingSessionEditQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingSessionEditQuery = { governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, trainingSession: { id: string, uuid: string, status: TrainingSessionStatus, seats: number, confirmedCount: number, language: TrainingLanguage, trainers: Array<string>, onlineUrl: string | null, registrationOpensAt: string, registrationDeadline: string, cancellationDeadline: string, days: Array<{ position: number, startsAt: string, endsAt: string }>, eligibility: { audience: TrainingAudience, verifiedOrganizationsOnly: boolean, maxPerOrganization: number | null }, venue: { stepFreeAccess: boolean, accessibleToilet: boolean, hearingLoop: boolean, signLanguageInterpretation: boolean, governorate: { code: string }, address: { ar: string | null, en: string | null } } | null, course: { id: string, title: { ar: string | null, en: string | null } } } | null };

export type TrainingSessionUpdateMutationVariables = Exact<{
  input: TrainingSessionUpdateInput;
}>;


export type TrainingSessionUpdateMutation = { trainingSessionUpdate: { session: { id: string, uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingSessionCancelMutationVariables = Exact<{
  input: TrainingSessionCancelInput;
}>;


export type TrainingSessionCancelMutation = { trainingSessionCancel: { session: { id: string, uuid: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingAttendanceQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type TrainingAttendanceQuery = { trainingSession: { id: string, uuid: string, course: { title: { ar: string | null, en: string | null } }, days: Array<{ position: number, startsAt: string, endsAt: string }>, registrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uuid: string, participant: { name: string } | null, attendance: Array<{ dayPosition: number, present: boolean }> } }> } } | null };

export type TrainingAttendanceMarkMutationVariables = Exact<{
  input: TrainingAttendanceMarkInput;
}>;


export type TrainingAttendanceMarkMutation = { trainingAttendanceMark: { registration: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingOrganizationRegistrationsQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type TrainingOrganizationRegistrationsQuery = { organizationBySlug: { id: string, slug: string, name: { ar: string | null, en: string | null }, trainingRegistrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: TrainingRegistrationStatus, waitlistPosition: number | null, createdAt: string, participantName: string | null, session: { id: string, uuid: string, startsAt: string, status: TrainingSessionStatus, course: { title: { ar: string | null, en: string | null } } } } }> } } | null };

export type TrainingParticipationQueryVariables = Exact<{
  by: Array<TrainingParticipationDimension> | TrainingParticipationDimension;
}>;


export type TrainingParticipationQuery = { trainingParticipation: { by: Array<TrainingParticipationDimension>, threshold: number, cells: Array<{ sex: TrainingSex | null, ageBand: TrainingAgeBand | null, disability: boolean | null, governorateCode: string | null, organizationId: string | null, organizationName: string | null, counts: { confirmed: { value: number | null, suppressed: boolean }, attended: { value: number | null, suppressed: boolean }, completed: { value: number | null, suppressed: boolean } } }>, total: { confirmed: { value: number | null, suppressed: boolean }, attended: { value: number | null, suppressed: boolean }, completed: { value: number | null, suppressed: boolean } } }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type TrainingSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingSessionQuery = { trainingSession: { confirmedCount: number, cancellationDeadline: string, cancellationReason: string | null, trainers: Array<string>, onlineUrl: string | null, calendarFeedUrl: string, id: string, uuid: string, status: TrainingSessionStatus, startsAt: string, endsAt: string, online: boolean, language: TrainingLanguage, seats: number, seatsLeft: number, waitlistCount: number, registrationOpensAt: string, registrationDeadline: string, days: Array<{ position: number, startsAt: string, endsAt: string }>, eligibility: { audience: TrainingAudience, verifiedOrganizationsOnly: boolean, maxPerOrganization: number | null }, course: { id: string, level: TrainingLevel, audience: TrainingAudience, expectedHours: number, description: { ar: string | null, en: string | null }, prerequisites: { ar: string | null, en: string | null }, completionRule: { attendancePercent: number, postTestPassMark: number | null }, title: { ar: string | null, en: string | null }, topic: { code: string, name: { ar: string | null, en: string | null } } }, venue: { stepFreeAccess: boolean, accessibleToilet: boolean, hearingLoop: boolean, signLanguageInterpretation: boolean, address: { ar: string | null, en: string | null }, governorate: { code: string, name: { ar: string | null, en: string | null } } } | null, viewerRegistration: { id: string, uuid: string, status: TrainingRegistrationStatus, waitlistPosition: number | null, createdAt: string, confirmedAt: string | null, cancelledAt: string | null, asPublicOfficial: boolean, organization: { id: string, slug: string, name: { ar: string | null, en: string | null } } | null, accommodations: { signLanguage: boolean, accessibleVenue: boolean, transport: boolean, carerSeat: boolean, accessibleMaterials: boolean, note: string | null, confirmedAt: string | null }, disaggregationConsent: { consentedAt: string, withdrawnAt: string | null } | null } | null } | null };

export type TrainingOwnRegistrationFragment = { id: string, uuid: string, status: TrainingRegistrationStatus, waitlistPosition: number | null, createdAt: string, confirmedAt: string | null, cancelledAt: string | null, asPublicOfficial: boolean, organization: { id: string, slug: string, name: { ar: string | null, en: string | null } } | null, accommodations: { signLanguage: boolean, accessibleVenue: boolean, transport: boolean, carerSeat: boolean, accessibleMaterials: boolean, note: string | null, confirmedAt: string | null }, disaggregationConsent: { consentedAt: string, withdrawnAt: string | null } | null };

export type TrainingMyRegistrationsQueryVariables = Exact<{
  includeCancelled?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type TrainingMyRegistrationsQuery = { viewer: { uuid: string, trainingCalendarLink: { createdAt: string } | null, memberships: Array<{ organization: { id: string, slug: string, name: { ar: string | null, en: string | null } } }>, trainingSessionsAsTrainer: { edges: Array<{ node: { id: string, uuid: string, status: TrainingSessionStatus, startsAt: string, endsAt: string, online: boolean, language: TrainingLanguage, seats: number, seatsLeft: number, waitlistCount: number, registrationOpensAt: string, registrationDeadline: string, course: { id: string, level: TrainingLevel, audience: TrainingAudience, expectedHours: number, title: { ar: string | null, en: string | null }, topic: { code: string, name: { ar: string | null, en: string | null } } }, venue: { governorate: { code: string, name: { ar: string | null, en: string | null } } } | null } }> }, trainingRegistrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uuid: string, status: TrainingRegistrationStatus, waitlistPosition: number | null, createdAt: string, confirmedAt: string | null, cancelledAt: string | null, asPublicOfficial: boolean, session: { cancellationDeadline: string, id: string, uuid: string, status: TrainingSessionStatus, startsAt: string, endsAt: string, online: boolean, language: TrainingLanguage, seats: number, seatsLeft: number, waitlistCount: number, registrationOpensAt: string, registrationDeadline: string, course: { id: string, level: TrainingLevel, audience: TrainingAudience, expectedHours: number, title: { ar: string | null, en: string | null }, topic: { code: string, name: { ar: string | null, en: string | null } } }, venue: { governorate: { code: string, name: { ar: string | null, en: string | null } } } | null }, organization: { id: string, slug: string, name: { ar: string | null, en: string | null } } | null, accommodations: { signLanguage: boolean, accessibleVenue: boolean, transport: boolean, carerSeat: boolean, accessibleMaterials: boolean, note: string | null, confirmedAt: string | null }, disaggregationConsent: { consentedAt: string, withdrawnAt: string | null } | null } }> } } | null };

export type TrainingRegisterMutationVariables = Exact<{
  input: TrainingRegistrationCreateInput;
}>;


export type TrainingRegisterMutation = { trainingRegistrationCreate: { registration: { id: string, status: TrainingRegistrationStatus, waitlistPosition: number | null } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type TrainingRegistrationCancelMutationVariables = Exact<{
  input: TrainingRegistrationCancelInput;
}>;


export type TrainingRegistrationCancelMutation = { trainingRegistrationCancel: { registration: { id: string, status: TrainingRegistrationStatus } | null, userErrors: Array<{ field: Array<string> | null, code: TrainingErrorCode, message: string }> } };

export type VerificationQueueQueryVariables = Exact<{
  after?: string | null | undefined;
  search?: string | null | undefined;
  governorates?: Array<string> | string | null | undefined;
  status?: VerificationCaseStatus | null | undefined;
}>;


export type VerificationQueueQuery = { verificationCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: VerificationCaseStatus, submittedAt: string, waitingMinutes: number, organization: { id: string, slug: string, name: { ar: string | null, en: string | null }, governorate: { name: { ar: string | null, en: string | null } }, legalForm: { name: { ar: string | null, en: string | null } } } } }> }, governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type VerificationCaseQueryVariables = Exact<{
  slug: string;
}>;


export type VerificationCaseQuery = { organizationBySlug: { id: string, slug: string, verificationNote: string | null, name: { ar: string | null, en: string | null }, governorate: { name: { ar: string | null, en: string | null } }, legalForm: { name: { ar: string | null, en: string | null } }, identifiers: Array<{ scheme: IdentifierScheme, identifier: string }>, verification: { state: VerificationState, decidedAt: string | null }, verificationEvidence: Array<{ id: string, mediaType: string, sizeBytes: number, sha256: string, uploadedAt: string }> } | null };

export type VerificationHistoryQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type VerificationHistoryQuery = { auditEvents: { edges: Array<{ node: { id: string, action: string, fromState: string | null, toState: string | null, reason: string | null, occurredAt: string } }> } };

export type VerificationDecideMutationVariables = Exact<{
  input: OrganizationVerificationDecideInput;
}>;


export type VerificationDecideMutation = { organizationVerificationDecide: { organization: { verification: { state: VerificationState } } | null, userErrors: Array<{ field: Array<string> | null, code: VerificationErrorCode, message: string }> } };

export type ClaimQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ClaimQueueQuery = { organizationClaims: { totalCount: number, edges: Array<{ node: { id: string, claimantName: string, claimantEmail: string, message: string | null, createdAt: string, organization: { slug: string, name: { ar: string | null, en: string | null } } } }> } };

export type ClaimDecideMutationVariables = Exact<{
  input: OrganizationClaimDecideInput;
}>;


export type ClaimDecideMutation = { organizationClaimDecide: { userErrors: Array<{ field: Array<string> | null, code: MembershipErrorCode, message: string }> } };

export type WorkspaceProfileFragment = { slug: string, version: number, acronym: string | null, district: string | null, foundingYear: number | null, website: string | null, staffCount: number | null, volunteerCount: number | null, name: { ar: string | null, en: string | null }, mission: { ar: string | null, en: string | null }, address: { ar: string | null, en: string | null }, targetGroups: Array<{ code: string }>, sectors: Array<{ code: string }>, publicContacts: Array<{ name: string | null, role: string | null, email: string | null, phone: string | null }>, privateContacts: Array<{ name: string | null, role: string | null, email: string | null, phone: string | null }>, socialLinks: Array<{ kind: string, url: string }> };

export type WorkspaceCodeListsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceCodeListsQuery = { governorates: Array<{ code: string, name: { ar: string | null, en: string | null } }>, legalForms: Array<{ code: string, name: { ar: string | null, en: string | null } }>, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, sectors: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type WorkspaceOrganizationQueryVariables = Exact<{
  slug: string;
}>;


export type WorkspaceOrganizationQuery = { organizationBySlug: { id: string, logoUrl: string | null, verificationNote: string | null, slug: string, version: number, acronym: string | null, district: string | null, foundingYear: number | null, website: string | null, staffCount: number | null, volunteerCount: number | null, governorate: { code: string, name: { ar: string | null, en: string | null } }, legalForm: { code: string, name: { ar: string | null, en: string | null } }, verification: { state: VerificationState, decidedAt: string | null }, verificationEvidence: Array<{ id: string, mediaType: string, sizeBytes: number, uploadedAt: string }>, members: Array<{ userId: string, name: string, role: MemberRole }>, name: { ar: string | null, en: string | null }, mission: { ar: string | null, en: string | null }, address: { ar: string | null, en: string | null }, targetGroups: Array<{ code: string }>, sectors: Array<{ code: string }>, publicContacts: Array<{ name: string | null, role: string | null, email: string | null, phone: string | null }>, privateContacts: Array<{ name: string | null, role: string | null, email: string | null, phone: string | null }>, socialLinks: Array<{ kind: string, url: string }> } | null, targetGroups: Array<{ code: string, name: { ar: string | null, en: string | null } }>, sectors: Array<{ code: string, name: { ar: string | null, en: string | null } }> };

export type OrganizationRegisterMutationVariables = Exact<{
  input: OrganizationRegisterInput;
}>;


export type OrganizationRegisterMutation = { organizationRegister: { organization: { slug: string } | null, userErrors: Array<{ field: Array<string> | null, code: MembershipErrorCode, message: string }> } };

export type OrganizationClaimMutationVariables = Exact<{
  input: OrganizationClaimInput;
}>;


export type OrganizationClaimMutation = { organizationClaim: { claimId: string | null, userErrors: Array<{ field: Array<string> | null, code: MembershipErrorCode, message: string }> } };

export type ClaimTargetQueryVariables = Exact<{
  slug: string;
}>;


export type ClaimTargetQuery = { organizationBySlug: { id: string, slug: string, name: { ar: string | null, en: string | null }, governorate: { name: { ar: string | null, en: string | null } } } | null };

export type OrganizationUpdateMutationVariables = Exact<{
  input: OrganizationUpdateInput;
}>;


export type OrganizationUpdateMutation = { organizationUpdate: { organization: { slug: string, version: number, acronym: string | null, district: string | null, foundingYear: number | null, website: string | null, staffCount: number | null, volunteerCount: number | null, name: { ar: string | null, en: string | null }, mission: { ar: string | null, en: string | null }, address: { ar: string | null, en: string | null }, targetGroups: Array<{ code: string }>, sectors: Array<{ code: string }>, publicContacts: Array<{ name: string | null, role: string | null, email: string | null, phone: string | null }>, privateContacts: Array<{ name: string | null, role: string | null, email: string | null, phone: string | null }>, socialLinks: Array<{ kind: string, url: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: DirectoryErrorCode, message: string }> } };

export type MemberInviteMutationVariables = Exact<{
  input: OrganizationMemberInviteInput;
}>;


export type MemberInviteMutation = { organizationMemberInvite: { userErrors: Array<{ field: Array<string> | null, code: MembershipErrorCode, message: string }> } };

export type MemberUpdateMutationVariables = Exact<{
  input: OrganizationMemberUpdateInput;
}>;


export type MemberUpdateMutation = { organizationMemberUpdate: { userErrors: Array<{ field: Array<string> | null, code: MembershipErrorCode, message: string, organizationNames: Array<{ ar: string | null, en: string | null }> | null }> } };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { organizationInvitation: { role: MemberRole, inviterName: string | null, expiresAt: string, organization: { slug: string, name: { ar: string | null, en: string | null } } } | null };

export type InvitationAcceptMutationVariables = Exact<{
  input: OrganizationInvitationAcceptInput;
}>;


export type InvitationAcceptMutation = { organizationInvitationAccept: { organization: { slug: string, name: { ar: string | null, en: string | null } } | null, userErrors: Array<{ field: Array<string> | null, code: MembershipErrorCode, message: string }> } };

export type VerificationSubmitMutationVariables = Exact<{
  input: OrganizationVerificationSubmitInput;
}>;


export type VerificationSubmitMutation = { organizationVerificationSubmit: { organization: { verification: { state: VerificationState } } | null, userErrors: Array<{ field: Array<string> | null, code: VerificationErrorCode, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PartnershipListingSummaryFragmentDoc = new TypedDocumentString(`
    fragment PartnershipListingSummary on PartnershipListing {
  id
  uuid
  kind
  status
  expiresAt
  description {
    ar
    en
  }
  capability {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  party {
    __typename
    ... on Organization {
      id
      slug
      name {
        ar
        en
      }
    }
    ... on Institution {
      id
      slug
      name {
        ar
        en
      }
    }
  }
}
    `, {"fragmentName":"PartnershipListingSummary"}) as unknown as TypedDocumentString<PartnershipListingSummaryFragment, unknown>;
export const PartnershipEditorListsFragmentDoc = new TypedDocumentString(`
    fragment PartnershipEditorLists on Query {
  partnershipCapabilities {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
}
    `, {"fragmentName":"PartnershipEditorLists"}) as unknown as TypedDocumentString<PartnershipEditorListsFragment, unknown>;
export const MatchmakingMeetingItemFragmentDoc = new TypedDocumentString(`
    fragment MatchmakingMeetingItem on MatchmakingMeeting {
  id
  uuid
  status
  message
  declineReason
  createdAt
  slot {
    id
    startsAt
    endsAt
  }
  requester {
    id
    party {
      __typename
      ... on Organization {
        name {
          ar
          en
        }
      }
      ... on Institution {
        name {
          ar
          en
        }
      }
    }
  }
  invitee {
    id
    party {
      __typename
      ... on Organization {
        name {
          ar
          en
        }
      }
      ... on Institution {
        name {
          ar
          en
        }
      }
    }
  }
}
    `, {"fragmentName":"MatchmakingMeetingItem"}) as unknown as TypedDocumentString<MatchmakingMeetingItemFragment, unknown>;
export const PartnershipPartyNameFragmentDoc = new TypedDocumentString(`
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}
    `, {"fragmentName":"PartnershipPartyName"}) as unknown as TypedDocumentString<PartnershipPartyNameFragment, unknown>;
export const PartnershipRequestSummaryFragmentDoc = new TypedDocumentString(`
    fragment PartnershipRequestSummary on PartnershipRequest {
  id
  status
  message
  declineReason
  createdAt
  answeredAt
  from {
    ...PartnershipPartyName
  }
  to {
    ...PartnershipPartyName
  }
  listing {
    id
    kind
    capability {
      code
      name {
        ar
        en
      }
    }
  }
  partnership {
    id
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}`, {"fragmentName":"PartnershipRequestSummary"}) as unknown as TypedDocumentString<PartnershipRequestSummaryFragment, unknown>;
export const PartnershipDetailFragmentDoc = new TypedDocumentString(`
    fragment PartnershipDetail on Partnership {
  id
  agreementDocument {
    sizeBytes
    uploadedAt
  }
  kind
  status
  createdAt
  activatedAt
  startsOn
  endsOn
  mouSignedOn
  agreementReference
  terminationReason
  purpose {
    ar
    en
  }
  governorateCodes
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroupCodes
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  members {
    id
    role
    confirmed
    confirmedAt
    party {
      ...PartnershipPartyName
    }
  }
  history {
    id
    at
    from
    to
    reason
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}`, {"fragmentName":"PartnershipDetail"}) as unknown as TypedDocumentString<PartnershipDetailFragment, unknown>;
export const PartnershipSummaryFragmentDoc = new TypedDocumentString(`
    fragment PartnershipSummary on Partnership {
  id
  kind
  status
  startsOn
  endsOn
  purpose {
    ar
    en
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  members {
    id
    role
    party {
      ...PartnershipPartyName
    }
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}`, {"fragmentName":"PartnershipSummary"}) as unknown as TypedDocumentString<PartnershipSummaryFragment, unknown>;
export const ServiceSummaryFragmentDoc = new TypedDocumentString(`
    fragment ServiceSummary on Service {
  id
  uuid
  name {
    ar
    en
  }
  fee
  delivery
  languages
  openNow
  category {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  organization {
    slug
    name {
      ar
      en
    }
  }
  places {
    available
    waitingList
    updatedAt
    outdated
  }
}
    `, {"fragmentName":"ServiceSummary"}) as unknown as TypedDocumentString<ServiceSummaryFragment, unknown>;
export const TrainingSessionSummaryFragmentDoc = new TypedDocumentString(`
    fragment TrainingSessionSummary on TrainingSession {
  id
  uuid
  status
  startsAt
  endsAt
  online
  language
  seats
  seatsLeft
  waitlistCount
  registrationOpensAt
  registrationDeadline
  course {
    id
    title {
      ar
      en
    }
    level
    audience
    expectedHours
    topic {
      code
      name {
        ar
        en
      }
    }
  }
  venue {
    governorate {
      code
      name {
        ar
        en
      }
    }
  }
}
    `, {"fragmentName":"TrainingSessionSummary"}) as unknown as TypedDocumentString<TrainingSessionSummaryFragment, unknown>;
export const TrainingOwnRegistrationFragmentDoc = new TypedDocumentString(`
    fragment TrainingOwnRegistration on TrainingRegistration {
  id
  uuid
  status
  waitlistPosition
  createdAt
  confirmedAt
  cancelledAt
  asPublicOfficial
  organization {
    id
    slug
    name {
      ar
      en
    }
  }
  accommodations {
    signLanguage
    accessibleVenue
    transport
    carerSeat
    accessibleMaterials
    note
    confirmedAt
  }
  disaggregationConsent {
    consentedAt
    withdrawnAt
  }
}
    `, {"fragmentName":"TrainingOwnRegistration"}) as unknown as TypedDocumentString<TrainingOwnRegistrationFragment, unknown>;
export const WorkspaceProfileFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceProfile on Organization {
  slug
  version
  acronym
  name {
    ar
    en
  }
  mission {
    ar
    en
  }
  address {
    ar
    en
  }
  district
  foundingYear
  website
  staffCount
  volunteerCount
  targetGroups {
    code
  }
  sectors {
    code
  }
  publicContacts {
    name
    role
    email
    phone
  }
  privateContacts {
    name
    role
    email
    phone
  }
  socialLinks {
    kind
    url
  }
}
    `, {"fragmentName":"WorkspaceProfile"}) as unknown as TypedDocumentString<WorkspaceProfileFragment, unknown>;
export const DirectoryHomeDocument = new TypedDocumentString(`
    query DirectoryHome {
  platform {
    name {
      ar
      en
    }
    tagline {
      ar
      en
    }
  }
  organizations(first: 1) {
    totalCount
    facets {
      governorates {
        count
        value {
          code
          name {
            ar
            en
          }
        }
      }
      verificationStates {
        count
        value
      }
    }
  }
}
    `, {"hash":"sha256:fd2f298c72d69aadf3b9ad1756f6f013053bbc9fd9c7c978f53228bda76a932e"}) as unknown as TypedDocumentString<DirectoryHomeQuery, DirectoryHomeQueryVariables>;
export const OrganizationProfileDocument = new TypedDocumentString(`
    query OrganizationProfile($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    slug
    acronym
    name {
      ar
      en
    }
    mission {
      ar
      en
    }
    address {
      ar
      en
    }
    district
    foundingYear
    staffCount
    volunteerCount
    website
    logoUrl
    status
    updatedAt
    governorate {
      code
      name {
        ar
        en
      }
    }
    legalForm {
      code
      name {
        ar
        en
      }
    }
    identifiers {
      scheme
      identifier
    }
    verification {
      state
      decidedAt
    }
    targetGroups {
      code
      name {
        ar
        en
      }
    }
    sectors {
      code
      name {
        ar
        en
      }
    }
    publicContacts {
      name
      role
      phone
      email
    }
    socialLinks {
      kind
      url
    }
    capacityAssessments {
      assessedOn
      governance
      finance
      humanResources
      programmeDelivery
      monitoringEvaluation
      advocacy
    }
  }
}
    `, {"hash":"sha256:99fc6454dab1e801d1253051d05002f15453ebea3c21bf605b26687cd8b9daff"}) as unknown as TypedDocumentString<OrganizationProfileQuery, OrganizationProfileQueryVariables>;
export const DirectorySearchDocument = new TypedDocumentString(`
    query DirectorySearch($search: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int, $after: String, $last: Int, $before: String) {
  organizations(
    search: $search
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    totalCountIsExact
    fuzzy
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      highlight {
        nameAr {
          text
          match
        }
        nameEn {
          text
          match
        }
        mission {
          text
          match
        }
      }
      node {
        id
        slug
        acronym
        name {
          ar
          en
        }
        mission {
          ar
          en
        }
        district
        governorate {
          code
          name {
            ar
            en
          }
        }
        legalForm {
          code
          name {
            ar
            en
          }
        }
        verification {
          state
        }
        targetGroups {
          code
          name {
            ar
            en
          }
        }
      }
    }
    facets {
      governorates {
        count
        value {
          code
          name {
            ar
            en
          }
        }
      }
      targetGroups {
        count
        value {
          code
          name {
            ar
            en
          }
        }
      }
      sectors {
        count
        value {
          code
          name {
            ar
            en
          }
        }
      }
      legalForms {
        count
        value {
          code
          name {
            ar
            en
          }
        }
      }
      verificationStates {
        count
        value
      }
    }
  }
}
    `, {"hash":"sha256:f365e8361f1907e9928fe6457916ba487d6ecca8a99a986b19e8dab18a36c0aa"}) as unknown as TypedDocumentString<DirectorySearchQuery, DirectorySearchQueryVariables>;
export const GrantCallsDocument = new TypedDocumentString(`
    query GrantCalls($first: Int) {
  grantCalls(first: $first) {
    totalCount
    edges {
      node {
        id
        uuid
        status
        isOpen
        opensAt
        deadlineAt
        title {
          ar
          en
        }
        maxGrant {
          amountMinor
          currency
        }
        lots {
          id
          theme
          title {
            ar
            en
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:f2ad33092f813053f93a123ffc87b770aa043306e7e33a3f209bebd6b27efea9"}) as unknown as TypedDocumentString<GrantCallsQuery, GrantCallsQueryVariables>;
export const GrantCallDocument = new TypedDocumentString(`
    query GrantCall($id: ID!) {
  grantCall(id: $id) {
    id
    uuid
    status
    isOpen
    opensAt
    deadlineAt
    title {
      ar
      en
    }
    guidelines {
      ar
      en
    }
    currency
    minGrant {
      amountMinor
      currency
    }
    maxGrant {
      amountMinor
      currency
    }
    maxGrantJod {
      amountMinor
      currency
    }
    cofinancingRateBps
    eligibility {
      requiresVerified
      minYearsRegistered
      governorateCodes
      minCoApplicants
      maxCoApplicants
      publicAssociatesAllowed
      maxDurationMonths
    }
    requiredDocuments {
      code
      name {
        ar
        en
      }
    }
    guidelinesDocument {
      sizeBytes
    }
    lots {
      id
      position
      theme
      title {
        ar
        en
      }
      envelope {
        amountMinor
        currency
      }
      applicationsReceived
    }
    questions {
      id
      question {
        ar
        en
      }
      answer {
        ar
        en
      }
      publishedAt
    }
  }
}
    `, {"hash":"sha256:810d672179e380689f3d18ac3d7edb3992474f6002d4f2b7ddac30c5e8f02f9f"}) as unknown as TypedDocumentString<GrantCallQuery, GrantCallQueryVariables>;
export const GrantApplicationPageDocument = new TypedDocumentString(`
    query GrantApplicationPage($id: ID!) {
  grantApplication(id: $id) {
    id
    uuid
    status
    version
    viewerCanEdit
    receiptNumber
    submittedAt
    title {
      ar
      en
    }
    summary {
      ar
      en
    }
    description {
      ar
      en
    }
    durationMonths
    locality
    governorateCodes
    targetGroups {
      code
      expectedBeneficiaries
    }
    logframe {
      text {
        ar
        en
      }
      indicators {
        text {
          ar
          en
        }
        baseline
        target
      }
    }
    budgetLines {
      category
      description
      requested {
        amountMinor
        currency
      }
      cofinancing {
        amountMinor
        currency
      }
    }
    budgetTotals {
      requested {
        amountMinor
      }
      cofinancing {
        amountMinor
      }
      total {
        amountMinor
      }
      cofinancingBps
    }
    lot {
      id
    }
    lead {
      id
      name {
        ar
        en
      }
    }
    partners {
      role
      confirmed
      confirmedAt
      organization {
        id
        name {
          ar
          en
        }
      }
      institution {
        id
        name {
          ar
          en
        }
      }
    }
    attachments {
      id
      documentCode
      mediaType
      sizeBytes
      uploadedAt
    }
    call {
      id
      uuid
      deadlineAt
      cofinancingRateBps
      requiredDocuments {
        code
        name {
          ar
          en
        }
      }
      title {
        ar
        en
      }
      lots {
        id
        position
        title {
          ar
          en
        }
      }
    }
  }
}
    `, {"hash":"sha256:007ad7c8f42b223b0f47db98ba16b7f14e1c869d412ed39a7b6c7e011a7a38b5"}) as unknown as TypedDocumentString<GrantApplicationPageQuery, GrantApplicationPageQueryVariables>;
export const GrantApplicationCreateDocument = new TypedDocumentString(`
    mutation GrantApplicationCreate($input: GrantApplicationCreateInput!) {
  grantApplicationCreate(input: $input) {
    application {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:cbae6c53f5543e6d310eed44bdf1a9d8485f89ba2c5b635f01eade4e06879bd3"}) as unknown as TypedDocumentString<GrantApplicationCreateMutation, GrantApplicationCreateMutationVariables>;
export const GrantApplicationUpdateDocument = new TypedDocumentString(`
    mutation GrantApplicationUpdate($input: GrantApplicationUpdateInput!) {
  grantApplicationUpdate(input: $input) {
    application {
      uuid
      version
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:6ac7f7d712a3d00a0b782409581e7bb929cb83c64c888381f1441b2d10bf5736"}) as unknown as TypedDocumentString<GrantApplicationUpdateMutation, GrantApplicationUpdateMutationVariables>;
export const GrantApplicationSubmitDocument = new TypedDocumentString(`
    mutation GrantApplicationSubmit($input: GrantApplicationSubmitInput!) {
  grantApplicationSubmit(input: $input) {
    application {
      uuid
      receiptNumber
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:4e2f2253c4f316b0e178258afbbb472cf11e324c1cd182eb2d7809ee7629f557"}) as unknown as TypedDocumentString<GrantApplicationSubmitMutation, GrantApplicationSubmitMutationVariables>;
export const GrantViewerApplicationsDocument = new TypedDocumentString(`
    query GrantViewerApplications {
  viewer {
    grantApplications(first: 50) {
      edges {
        node {
          id
          uuid
          status
          receiptNumber
          updatedAt
          title {
            ar
            en
          }
          call {
            uuid
            title {
              ar
              en
            }
          }
          lead {
            name {
              ar
              en
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:54606caf0edf0f25ab02d125e528dc9224beb174e522d7ddc17d44aa3007e050"}) as unknown as TypedDocumentString<GrantViewerApplicationsQuery, GrantViewerApplicationsQueryVariables>;
export const GrantPartnerSearchDocument = new TypedDocumentString(`
    query GrantPartnerSearch($search: String!) {
  organizations(search: $search, first: 10) {
    edges {
      node {
        id
        name {
          ar
          en
        }
      }
    }
  }
  institutions(first: 100) {
    edges {
      node {
        id
        name {
          ar
          en
        }
      }
    }
  }
}
    `, {"hash":"sha256:4f23f9dd47a45a6af80d955e27618f25aecb7a4107050e8982ea26c21cd28d6e"}) as unknown as TypedDocumentString<GrantPartnerSearchQuery, GrantPartnerSearchQueryVariables>;
export const GrantViewerInstitutionsDocument = new TypedDocumentString(`
    query GrantViewerInstitutions {
  viewer {
    institutionMemberships {
      role
      institution {
        id
      }
    }
  }
}
    `, {"hash":"sha256:b7f1241e01ed4234235c70b359fa77fd5851d5a7090fa3c317020ef333ec54ea"}) as unknown as TypedDocumentString<GrantViewerInstitutionsQuery, GrantViewerInstitutionsQueryVariables>;
export const GrantApplicationPartnerConfirmDocument = new TypedDocumentString(`
    mutation GrantApplicationPartnerConfirm($input: GrantApplicationPartnerConfirmInput!) {
  grantApplicationPartnerConfirm(input: $input) {
    application {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:5cb7390f48c4e7b17d62969f70dabeccc30a098bec1b18ed0d05c564e5b7a745"}) as unknown as TypedDocumentString<GrantApplicationPartnerConfirmMutation, GrantApplicationPartnerConfirmMutationVariables>;
export const GrantCallQuestionAskDocument = new TypedDocumentString(`
    mutation GrantCallQuestionAsk($input: GrantCallQuestionAskInput!) {
  grantCallQuestionAsk(input: $input) {
    question {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:4f6e3c62baa49f9b51f9c11f56842865944f0afc40166c55e19f0cc8c57505f9"}) as unknown as TypedDocumentString<GrantCallQuestionAskMutation, GrantCallQuestionAskMutationVariables>;
export const GrantCallAskedQuestionsDocument = new TypedDocumentString(`
    query GrantCallAskedQuestions($id: ID!) {
  grantCall(id: $id) {
    id
    uuid
    title {
      ar
      en
    }
    askedQuestions {
      id
      askedAt
      answeredAt
      question {
        ar
        en
      }
    }
  }
}
    `, {"hash":"sha256:8221ca533f5d3f0a59ae5556d99cc5af5ebb1166d07f8c486974b039a40cc8b9"}) as unknown as TypedDocumentString<GrantCallAskedQuestionsQuery, GrantCallAskedQuestionsQueryVariables>;
export const GrantCallQuestionPublishDocument = new TypedDocumentString(`
    mutation GrantCallQuestionPublish($input: GrantCallQuestionPublishInput!) {
  grantCallQuestionPublish(input: $input) {
    call {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:b9d36990c1b142b6d2500a2d983f93ff35d3509159179eb3978a638ae9c53bad"}) as unknown as TypedDocumentString<GrantCallQuestionPublishMutation, GrantCallQuestionPublishMutationVariables>;
export const GrantApplicationPartnerDeclineDocument = new TypedDocumentString(`
    mutation GrantApplicationPartnerDecline($input: GrantApplicationPartnerDeclineInput!) {
  grantApplicationPartnerDecline(input: $input) {
    application {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:11fe81811567100481363eb394a9e326e34ae74aa5ac09427fdf9c9728104901"}) as unknown as TypedDocumentString<GrantApplicationPartnerDeclineMutation, GrantApplicationPartnerDeclineMutationVariables>;
export const GrantAttachmentPathDocument = new TypedDocumentString(`
    query GrantAttachmentPath($id: ID!) {
  grantApplication(id: $id) {
    id
    attachments {
      id
      path
    }
  }
}
    `, {"hash":"sha256:7fe8be4054845e5b1c878d009df89f6310872352c99fa0b0b76242685ded7f81"}) as unknown as TypedDocumentString<GrantAttachmentPathQuery, GrantAttachmentPathQueryVariables>;
export const GrantGuidelinesPathDocument = new TypedDocumentString(`
    query GrantGuidelinesPath($id: ID!) {
  grantCall(id: $id) {
    id
    guidelinesDocument {
      path
    }
  }
}
    `, {"hash":"sha256:780fe8fa9a6c8e5dd6a9891fb9076733c69253fbf63cc07dc18f9694319d8f68"}) as unknown as TypedDocumentString<GrantGuidelinesPathQuery, GrantGuidelinesPathQueryVariables>;
export const ReviewViewerAssignmentsDocument = new TypedDocumentString(`
    query ReviewViewerAssignments {
  viewer {
    reviewAssignments(first: 100) {
      totalCount
      edges {
        node {
          uuid
          status
          assignedAt
          submittedAt
          grantApplication {
            uuid
            receiptNumber
            title {
              ar
              en
            }
            call {
              title {
                ar
                en
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:8e3d281b6c8d7bcb8e1d8de1080c53ff9ce9ab6bef0d11de625dc94b15e9aa9b"}) as unknown as TypedDocumentString<ReviewViewerAssignmentsQuery, ReviewViewerAssignmentsQueryVariables>;
export const ReviewAssignmentDocument = new TypedDocumentString(`
    query ReviewAssignment($id: ID!) {
  reviewAssignment(id: $id) {
    id
    uuid
    status
    submittedAt
    rubric {
      divergenceMargin
      criteria {
        code
        weight
        title {
          ar
          en
        }
      }
    }
    scores {
      criterionCode
      score
      comment
    }
    peerReviews {
      uuid
      scores {
        criterionCode
        score
        comment
      }
    }
    grantApplication {
      uuid
      receiptNumber
      submittedAt
      title {
        ar
        en
      }
      summary {
        ar
        en
      }
      description {
        ar
        en
      }
      lead {
        name {
          ar
          en
        }
      }
      lot {
        title {
          ar
          en
        }
      }
      call {
        title {
          ar
          en
        }
      }
      budgetTotals {
        requested {
          amountMinor
          currency
        }
        cofinancing {
          amountMinor
          currency
        }
      }
    }
  }
}
    `, {"hash":"sha256:81882982391291de91f27be71932ed507471cf939ceec2d31fae36303af305e1"}) as unknown as TypedDocumentString<ReviewAssignmentQuery, ReviewAssignmentQueryVariables>;
export const ReviewScoresSaveDocument = new TypedDocumentString(`
    mutation ReviewScoresSave($input: ReviewScoresSaveInput!) {
  reviewScoresSave(input: $input) {
    assignment {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:39cf3826afbd0f7d169bb450ba8b8d64e6427cf978593f67a24f98986657a7bd"}) as unknown as TypedDocumentString<ReviewScoresSaveMutation, ReviewScoresSaveMutationVariables>;
export const ReviewSubmitDocument = new TypedDocumentString(`
    mutation ReviewSubmit($input: ReviewSubmitInput!) {
  reviewSubmit(input: $input) {
    assignment {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:978352d14098b2d5494f234e2ec36e1360f978eb578ab30d52366d1761cf23ba"}) as unknown as TypedDocumentString<ReviewSubmitMutation, ReviewSubmitMutationVariables>;
export const ReviewConflictDeclareDocument = new TypedDocumentString(`
    mutation ReviewConflictDeclare($input: ReviewConflictDeclareInput!) {
  reviewConflictDeclare(input: $input) {
    assignment {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:5aee8007a903cb1866417d51f8646c0a2c8bcffbe292aa14c12ba09caf25b270"}) as unknown as TypedDocumentString<ReviewConflictDeclareMutation, ReviewConflictDeclareMutationVariables>;
export const GrantReviewCallApplicationsDocument = new TypedDocumentString(`
    query GrantReviewCallApplications($id: ID!) {
  grantCall(id: $id) {
    id
    uuid
    title {
      ar
      en
    }
    lots {
      id
      title {
        ar
        en
      }
    }
  }
  grantApplications(callId: $id, first: 100) {
    totalCount
    edges {
      node {
        id
        uuid
        status
        receiptNumber
        ineligibleReason
        title {
          ar
          en
        }
        lot {
          id
        }
        lead {
          name {
            ar
            en
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:50f26f666bd914fddee05bb43fa796ace497781ca80cca439f932f2f616a07db"}) as unknown as TypedDocumentString<GrantReviewCallApplicationsQuery, GrantReviewCallApplicationsQueryVariables>;
export const GrantReviewEligibilityDecideDocument = new TypedDocumentString(`
    mutation GrantReviewEligibilityDecide($input: GrantApplicationEligibilityDecideInput!) {
  grantApplicationEligibilityDecide(input: $input) {
    application {
      uuid
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:51a6ac3d188e1192b83a6ddc144c55df8cb6667632ecf51d0bfd88ea17055b8f"}) as unknown as TypedDocumentString<GrantReviewEligibilityDecideMutation, GrantReviewEligibilityDecideMutationVariables>;
export const GrantReviewAssignDocument = new TypedDocumentString(`
    query GrantReviewAssign($id: ID!) {
  grantApplication(id: $id) {
    id
    uuid
    status
    receiptNumber
    title {
      ar
      en
    }
    call {
      uuid
      title {
        ar
        en
      }
    }
    reviewerCandidates {
      userId
      name
      conflict
      assigned
    }
    reviewAssignments {
      uuid
      status
      reviewerName
    }
  }
}
    `, {"hash":"sha256:64ca711ab56636912add07b3e15f8c00a6dbb034d382129bfed7e579f64e17b5"}) as unknown as TypedDocumentString<GrantReviewAssignQuery, GrantReviewAssignQueryVariables>;
export const GrantReviewReviewersAssignDocument = new TypedDocumentString(`
    mutation GrantReviewReviewersAssign($input: GrantApplicationReviewersAssignInput!) {
  grantApplicationReviewersAssign(input: $input) {
    application {
      uuid
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:87be3c15c03a98df7db390b80a5fd1336c3e32736b3d773d6aaacaed7d32aabe"}) as unknown as TypedDocumentString<GrantReviewReviewersAssignMutation, GrantReviewReviewersAssignMutationVariables>;
export const GrantReviewRankingDocument = new TypedDocumentString(`
    query GrantReviewRanking($id: ID!) {
  grantCall(id: $id) {
    uuid
    title {
      ar
      en
    }
  }
  grantCallRanking(callId: $id) {
    lot {
      id
      title {
        ar
        en
      }
    }
    entries {
      rank
      application {
        id
        uuid
        status
        receiptNumber
        rankingNote
        decisionNote
        title {
          ar
          en
        }
        lead {
          name {
            ar
            en
          }
        }
      }
      result {
        assignedCount
        submittedCount
        totals
        meanScore
        divergent
      }
    }
  }
}
    `, {"hash":"sha256:53ad59983f7e31dacf45c73cc99675e64bf790ea2a1d1c4bf54c8f1a6335dcf7"}) as unknown as TypedDocumentString<GrantReviewRankingQuery, GrantReviewRankingQueryVariables>;
export const GrantReviewAnnotateDocument = new TypedDocumentString(`
    mutation GrantReviewAnnotate($input: GrantApplicationRankingAnnotateInput!) {
  grantApplicationRankingAnnotate(input: $input) {
    application {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:3bc1bee16b4242071e77fb3c4e2e968c2cdb88c50e4d44132b14687aa990609b"}) as unknown as TypedDocumentString<GrantReviewAnnotateMutation, GrantReviewAnnotateMutationVariables>;
export const GrantReviewDecideDocument = new TypedDocumentString(`
    mutation GrantReviewDecide($input: GrantApplicationReviewDecideInput!) {
  grantApplicationReviewDecide(input: $input) {
    application {
      uuid
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:24921226ece1cbd962de583d012ce77504e15fbaa86306885fa7179273420574"}) as unknown as TypedDocumentString<GrantReviewDecideMutation, GrantReviewDecideMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SessionCreateInput!) {
  sessionCreate(input: $input) {
    viewer {
      name
    }
    userErrors {
      field
      code
      message
      retryAfterSeconds
    }
  }
}
    `, {"hash":"sha256:f5571b821cff5c0858263dfc617e3d45af055aff4433c02d06e59614c37f8bde"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: AccountSignUpInput!) {
  accountSignUp(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:53818bc22adccfe6601320333e5bc42c798ed1c48f674b70b98e702b80edd75e"}) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  sessionDelete {
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:53f36db2bcdeecd38fe276b66fde01b89d8f8402174467e89637138b30734c80"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const EmailVerifyDocument = new TypedDocumentString(`
    mutation EmailVerify($input: AccountEmailVerifyInput!) {
  accountEmailVerify(input: $input) {
    viewer {
      name
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:0cb1cec2d3642681bc8d9adc84b883441c4141455f4590333deca63b2c15366d"}) as unknown as TypedDocumentString<EmailVerifyMutation, EmailVerifyMutationVariables>;
export const EmailChangeUndoDocument = new TypedDocumentString(`
    mutation EmailChangeUndo($input: AccountEmailChangeUndoInput!) {
  accountEmailChangeUndo(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:d21a4afa9729b0460a50b476bab347fa12c3e5ef02eec31fa24c931b2aa1f46f"}) as unknown as TypedDocumentString<EmailChangeUndoMutation, EmailChangeUndoMutationVariables>;
export const PasswordResetRequestDocument = new TypedDocumentString(`
    mutation PasswordResetRequest($input: AccountPasswordResetRequestInput!) {
  accountPasswordResetRequest(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:d68fc7653ef512ccc0a163ea421f23eeaa193f45f0c5c17e8df6f9525089a28e"}) as unknown as TypedDocumentString<PasswordResetRequestMutation, PasswordResetRequestMutationVariables>;
export const PasswordResetDocument = new TypedDocumentString(`
    mutation PasswordReset($input: AccountPasswordResetInput!) {
  accountPasswordReset(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:3353a0defe46ff28daa2bbc3f7755078237c329a258f6dc5d0312b8c6c3506ae"}) as unknown as TypedDocumentString<PasswordResetMutation, PasswordResetMutationVariables>;
export const SessionRevokeDocument = new TypedDocumentString(`
    mutation SessionRevoke($input: SessionRevokeInput!) {
  sessionRevoke(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:81ca5bfd1c0c54997002ee47dc8caafb429c9214d20f71c9e5458677b929c441"}) as unknown as TypedDocumentString<SessionRevokeMutation, SessionRevokeMutationVariables>;
export const ApiTokenCreateDocument = new TypedDocumentString(`
    mutation ApiTokenCreate($input: ApiTokenCreateInput!) {
  apiTokenCreate(input: $input) {
    secret
    apiToken {
      id
      name
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:7b3386db81f89f6ef766244800b1b395d6832266b9176d79f5dee4c642bb01e5"}) as unknown as TypedDocumentString<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenRevokeDocument = new TypedDocumentString(`
    mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {
  apiTokenRevoke(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:199410fd57a8af34b6e19568278b8af47e7f82fa056af5e03e648d0b2730a315"}) as unknown as TypedDocumentString<ApiTokenRevokeMutation, ApiTokenRevokeMutationVariables>;
export const AccountViewerDocument = new TypedDocumentString(`
    query AccountViewer {
  viewer {
    uuid
    name
    email
    emailVerified
    roles
    memberships {
      role
      organization {
        id
        slug
        name {
          ar
          en
        }
        verification {
          state
        }
      }
    }
  }
}
    `, {"hash":"sha256:4879f750d1b9328fd6e12ef28fd61fd03f8489f5906b6fbb29501f32b7678491"}) as unknown as TypedDocumentString<AccountViewerQuery, AccountViewerQueryVariables>;
export const AccountOverviewDocument = new TypedDocumentString(`
    query AccountOverview {
  viewer {
    uuid
    name
    email
    emailVerified
    credential
    roles
    memberships {
      role
      organization {
        id
        slug
        name {
          ar
          en
        }
        verification {
          state
        }
      }
    }
    sessions {
      id
      createdAt
      expiresAt
      ipAddress
      userAgent
      current
    }
    apiTokens {
      id
      name
      prefix
      scope
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `, {"hash":"sha256:349814aeeb038a3c95a85e9d0c7359830fe08db8a5282ca6988c0d5fe2ab34cc"}) as unknown as TypedDocumentString<AccountOverviewQuery, AccountOverviewQueryVariables>;
export const ParticipationConsultationsDocument = new TypedDocumentString(`
    query ParticipationConsultations($first: Int) {
  consultations(first: $first) {
    totalCount
    edges {
      node {
        id
        uuid
        phase
        ownerKind
        opensAt
        closesAt
        title {
          ar
          en
        }
        summary {
          ar
          en
        }
      }
    }
  }
}
    `, {"hash":"sha256:9082fe442ade56e9d5d43eab19860f953323ec4fa30afa2966e5252e0a1eb694"}) as unknown as TypedDocumentString<ParticipationConsultationsQuery, ParticipationConsultationsQueryVariables>;
export const ParticipationConsultationDocument = new TypedDocumentString(`
    query ParticipationConsultation($id: ID!) {
  consultation(id: $id) {
    id
    uuid
    phase
    ownerKind
    opensAt
    closesAt
    answerDueAt
    answeredAt
    viewerIsOwner
    governorateCodes
    targetGroupCodes
    title {
      ar
      en
    }
    summary {
      ar
      en
    }
    documents {
      language
      url
    }
    sections {
      id
      uuid
      position
      title {
        ar
        en
      }
      text {
        ar
        en
      }
      whatChanged {
        ar
        en
      }
      positionCounts {
        support
        supportWithChanges
        oppose
      }
      contributions {
        id
        uuid
        position
        comment
        version
        evidenceUrl
        endorsementCount
        viewerCanEdit
        answer
        answerReason
        organization {
          id
          slug
          name {
            ar
            en
          }
        }
        endorsements {
          id
          name {
            ar
            en
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:9e7c641229341acc82fea4af2604943315a3ad974c5f5e2d68a8a26a9dbcdb14"}) as unknown as TypedDocumentString<ParticipationConsultationQuery, ParticipationConsultationQueryVariables>;
export const ParticipationReportDocument = new TypedDocumentString(`
    query ParticipationReport($id: ID!) {
  consultation(id: $id) {
    id
    uuid
    phase
    title {
      ar
      en
    }
    report {
      contributions
      organizations {
        value
        fewerThanFive
      }
      byGovernorate {
        key
        organizations {
          value
          fewerThanFive
        }
      }
      bySize {
        key
        organizations {
          value
          fewerThanFive
        }
      }
      byTargetGroup {
        key
        organizations {
          value
          fewerThanFive
        }
      }
      sections {
        sectionId
        accepted
        title {
          ar
          en
        }
        positions {
          support
          supportWithChanges
          oppose
        }
        whatChanged {
          ar
          en
        }
      }
    }
  }
}
    `, {"hash":"sha256:2acc953afee1f7a10168d8f8efd76f556ae803e3d78cb4e6e66f8ae9c30d8201"}) as unknown as TypedDocumentString<ParticipationReportQuery, ParticipationReportQueryVariables>;
export const ParticipationContributeDocument = new TypedDocumentString(`
    mutation ParticipationContribute($input: ConsultationContributionCreateInput!) {
  consultationContributionCreate(input: $input) {
    contribution {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:95d670b45a649a5167c72914091296a00274edc376a0d873a7e94271d347a4eb"}) as unknown as TypedDocumentString<ParticipationContributeMutation, ParticipationContributeMutationVariables>;
export const ParticipationContributionUpdateDocument = new TypedDocumentString(`
    mutation ParticipationContributionUpdate($input: ConsultationContributionUpdateInput!) {
  consultationContributionUpdate(input: $input) {
    contribution {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:848a7844afd239873feb3708edd00619d203f331e4e955880cb7ea2627c1808d"}) as unknown as TypedDocumentString<ParticipationContributionUpdateMutation, ParticipationContributionUpdateMutationVariables>;
export const ParticipationEndorseDocument = new TypedDocumentString(`
    mutation ParticipationEndorse($input: ConsultationContributionEndorseInput!) {
  consultationContributionEndorse(input: $input) {
    contribution {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:30ae051a1def478256fac8ddc547baa2c94eb94252706f547a266bdc06d997b3"}) as unknown as TypedDocumentString<ParticipationEndorseMutation, ParticipationEndorseMutationVariables>;
export const ParticipationAnswerDocument = new TypedDocumentString(`
    mutation ParticipationAnswer($input: ConsultationContributionAnswerInput!) {
  consultationContributionAnswer(input: $input) {
    contribution {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:729ce2514a56ef23b73a1dd38e8d3d38a548c55acfb7bbd8cb5d9d30e809cb9b"}) as unknown as TypedDocumentString<ParticipationAnswerMutation, ParticipationAnswerMutationVariables>;
export const ParticipationSectionChangesDocument = new TypedDocumentString(`
    mutation ParticipationSectionChanges($input: ConsultationSectionChangesSetInput!) {
  consultationSectionChangesSet(input: $input) {
    section {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:9b2240b3e8637308f6e95dabf5ae89dfe55c096bb493c2e469773295ecf5ade4"}) as unknown as TypedDocumentString<ParticipationSectionChangesMutation, ParticipationSectionChangesMutationVariables>;
export const ParticipationReportPublishDocument = new TypedDocumentString(`
    mutation ParticipationReportPublish($input: ConsultationReportPublishInput!) {
  consultationReportPublish(input: $input) {
    consultation {
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:6fdd8e000b6f4486de8cd4d8be6f56cf44567e9318f6706d0c68a24032598aec"}) as unknown as TypedDocumentString<ParticipationReportPublishMutation, ParticipationReportPublishMutationVariables>;
export const PartnershipListingsDocument = new TypedDocumentString(`
    query PartnershipListings($filter: PartnershipListingFilter, $first: Int, $after: String, $last: Int, $before: String) {
  partnershipListings(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        ...PartnershipListingSummary
      }
    }
  }
  partnershipCapabilities {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
}
    fragment PartnershipListingSummary on PartnershipListing {
  id
  uuid
  kind
  status
  expiresAt
  description {
    ar
    en
  }
  capability {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  party {
    __typename
    ... on Organization {
      id
      slug
      name {
        ar
        en
      }
    }
    ... on Institution {
      id
      slug
      name {
        ar
        en
      }
    }
  }
}`, {"hash":"sha256:8db4c845d4c5325d4a7b2f7c81be81ca060f099be6ab983b30207528d99c5cd8"}) as unknown as TypedDocumentString<PartnershipListingsQuery, PartnershipListingsQueryVariables>;
export const PartnershipInstitutionsDocument = new TypedDocumentString(`
    query PartnershipInstitutions($filter: InstitutionFilter, $first: Int, $after: String, $last: Int, $before: String) {
  institutions(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        slug
        acronym
        type
        name {
          ar
          en
        }
        governorate {
          code
          name {
            ar
            en
          }
        }
      }
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:d5c79d52bee1067996faebaa038a3b9b25ae70363bf5d5353b6665f07590b212"}) as unknown as TypedDocumentString<PartnershipInstitutionsQuery, PartnershipInstitutionsQueryVariables>;
export const PartnershipInstitutionDocument = new TypedDocumentString(`
    query PartnershipInstitution($slug: String!, $after: String) {
  institution(slug: $slug) {
    id
    slug
    acronym
    type
    website
    name {
      ar
      en
    }
    governorate {
      code
      name {
        ar
        en
      }
    }
    partnerships(first: 20) {
      totalCount
      edges {
        node {
          ...PartnershipSummary
        }
      }
    }
    partnershipListings(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnershipListingSummary
        }
      }
    }
  }
}
    fragment PartnershipListingSummary on PartnershipListing {
  id
  uuid
  kind
  status
  expiresAt
  description {
    ar
    en
  }
  capability {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  party {
    __typename
    ... on Organization {
      id
      slug
      name {
        ar
        en
      }
    }
    ... on Institution {
      id
      slug
      name {
        ar
        en
      }
    }
  }
}
fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}
fragment PartnershipSummary on Partnership {
  id
  kind
  status
  startsOn
  endsOn
  purpose {
    ar
    en
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  members {
    id
    role
    party {
      ...PartnershipPartyName
    }
  }
}`, {"hash":"sha256:7c454dcbc7dd04620b9f03e645308869e2e9ff30ab3d4370227d2693d41c3f08"}) as unknown as TypedDocumentString<PartnershipInstitutionQuery, PartnershipInstitutionQueryVariables>;
export const PartnershipViewerInstitutionsDocument = new TypedDocumentString(`
    query PartnershipViewerInstitutions {
  viewer {
    institutionMemberships {
      role
      institution {
        id
        slug
      }
    }
  }
}
    `, {"hash":"sha256:c9f9df9fe28068ed1af46328577acab0740ab8b9235bbfd6401a9f775d7e3197"}) as unknown as TypedDocumentString<PartnershipViewerInstitutionsQuery, PartnershipViewerInstitutionsQueryVariables>;
export const PartnershipOrganizationListingsDocument = new TypedDocumentString(`
    query PartnershipOrganizationListings($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    partnershipListings(first: 50) {
      totalCount
      edges {
        node {
          ...PartnershipListingSummary
        }
      }
    }
  }
}
    fragment PartnershipListingSummary on PartnershipListing {
  id
  uuid
  kind
  status
  expiresAt
  description {
    ar
    en
  }
  capability {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  party {
    __typename
    ... on Organization {
      id
      slug
      name {
        ar
        en
      }
    }
    ... on Institution {
      id
      slug
      name {
        ar
        en
      }
    }
  }
}`, {"hash":"sha256:5a8eccd20b8e46fbb61929aa2f4bc488f4b08e73190649516e7d4acf1bea7869"}) as unknown as TypedDocumentString<PartnershipOrganizationListingsQuery, PartnershipOrganizationListingsQueryVariables>;
export const PartnershipOrganizationEditorDocument = new TypedDocumentString(`
    query PartnershipOrganizationEditor($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    slug
    name {
      ar
      en
    }
    partnershipListings(first: 100) {
      edges {
        node {
          ...PartnershipListingSummary
          targetGroupCodes
          governorateCodes
        }
      }
    }
  }
  ...PartnershipEditorLists
}
    fragment PartnershipListingSummary on PartnershipListing {
  id
  uuid
  kind
  status
  expiresAt
  description {
    ar
    en
  }
  capability {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  party {
    __typename
    ... on Organization {
      id
      slug
      name {
        ar
        en
      }
    }
    ... on Institution {
      id
      slug
      name {
        ar
        en
      }
    }
  }
}
fragment PartnershipEditorLists on Query {
  partnershipCapabilities {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
}`, {"hash":"sha256:7e11e6095f1f9b6e35fde3251b22f03af4f0703167484199a13ba3b034851b43"}) as unknown as TypedDocumentString<PartnershipOrganizationEditorQuery, PartnershipOrganizationEditorQueryVariables>;
export const PartnershipInstitutionEditorDocument = new TypedDocumentString(`
    query PartnershipInstitutionEditor($slug: String!) {
  institution(slug: $slug) {
    id
    slug
    type
    name {
      ar
      en
    }
    partnershipListings(first: 100) {
      edges {
        node {
          ...PartnershipListingSummary
          targetGroupCodes
          governorateCodes
        }
      }
    }
  }
  viewer {
    institutionMemberships {
      role
      institution {
        slug
      }
    }
  }
  ...PartnershipEditorLists
}
    fragment PartnershipListingSummary on PartnershipListing {
  id
  uuid
  kind
  status
  expiresAt
  description {
    ar
    en
  }
  capability {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  party {
    __typename
    ... on Organization {
      id
      slug
      name {
        ar
        en
      }
    }
    ... on Institution {
      id
      slug
      name {
        ar
        en
      }
    }
  }
}
fragment PartnershipEditorLists on Query {
  partnershipCapabilities {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
}`, {"hash":"sha256:8872da6a6257f5ba2588d53fca8f281ffb75eba211681d4cf169d866eafd464a"}) as unknown as TypedDocumentString<PartnershipInstitutionEditorQuery, PartnershipInstitutionEditorQueryVariables>;
export const PartnershipListingPublishDocument = new TypedDocumentString(`
    mutation PartnershipListingPublish($input: PartnershipListingPublishInput!) {
  partnershipListingPublish(input: $input) {
    listing {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:c88d66a86dddb1009b5337e3cecb24bd0e09b015a2e8e4c5822498fa63382d60"}) as unknown as TypedDocumentString<PartnershipListingPublishMutation, PartnershipListingPublishMutationVariables>;
export const PartnershipListingUpdateDocument = new TypedDocumentString(`
    mutation PartnershipListingUpdate($input: PartnershipListingUpdateInput!) {
  partnershipListingUpdate(input: $input) {
    listing {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:6aba24d05d0c62bdfa4d23ad1ad0fcc2f31b02a111477696cecedf8798349e89"}) as unknown as TypedDocumentString<PartnershipListingUpdateMutation, PartnershipListingUpdateMutationVariables>;
export const PartnershipListingWithdrawDocument = new TypedDocumentString(`
    mutation PartnershipListingWithdraw($input: PartnershipListingWithdrawInput!) {
  partnershipListingWithdraw(input: $input) {
    listing {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:b970a059bf8bcade58a096a536c541d0e573323bc01ad4e07709d6f614d7c1ec"}) as unknown as TypedDocumentString<PartnershipListingWithdrawMutation, PartnershipListingWithdrawMutationVariables>;
export const MatchmakingDaysDocument = new TypedDocumentString(`
    query MatchmakingDays($first: Int, $after: String) {
  matchmakingDays(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        uuid
        status
        startsAt
        endsAt
        slotMinutes
        online
        governorateCode
        title {
          ar
          en
        }
        venue {
          ar
          en
        }
        participants(first: 1) {
          totalCount
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:2d3e5934b19fd1b4eb7e712d3b3aa8bc277bb60b2f57eb7af9f8ad8b4db32cac"}) as unknown as TypedDocumentString<MatchmakingDaysQuery, MatchmakingDaysQueryVariables>;
export const MatchmakingDayDocument = new TypedDocumentString(`
    query MatchmakingDay($id: ID!, $first: Int) {
  matchmakingDay(id: $id) {
    id
    uuid
    status
    startsAt
    endsAt
    slotMinutes
    online
    onlineUrl
    governorateCode
    title {
      ar
      en
    }
    venue {
      ar
      en
    }
    slots {
      id
      position
      startsAt
      endsAt
    }
    viewerParticipants {
      id
      uuid
      party {
        __typename
        ... on Organization {
          id
          name {
            ar
            en
          }
        }
        ... on Institution {
          id
          name {
            ar
            en
          }
        }
      }
    }
    participants(first: $first) {
      totalCount
      edges {
        node {
          id
          uuid
          note {
            ar
            en
          }
          party {
            __typename
            ... on Organization {
              id
              slug
              name {
                ar
                en
              }
              partnershipListings(first: 6) {
                edges {
                  node {
                    id
                    kind
                    capability {
                      code
                    }
                  }
                }
              }
            }
            ... on Institution {
              id
              slug
              name {
                ar
                en
              }
              partnershipListings(first: 6) {
                edges {
                  node {
                    id
                    kind
                    capability {
                      code
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:85d37e8d398b8e6076e4c75c03c11fec1c1d47dbd456ae69b87338d6eb28c35a"}) as unknown as TypedDocumentString<MatchmakingDayQuery, MatchmakingDayQueryVariables>;
export const MatchmakingViewerPartiesDocument = new TypedDocumentString(`
    query MatchmakingViewerParties {
  viewer {
    memberships {
      role
      organization {
        id
        name {
          ar
          en
        }
      }
    }
    institutionMemberships {
      role
      institution {
        id
        name {
          ar
          en
        }
      }
    }
  }
}
    `, {"hash":"sha256:ad911100fe3d3371126121607984f611a618380df0b540a93333b1c86c3efd88"}) as unknown as TypedDocumentString<MatchmakingViewerPartiesQuery, MatchmakingViewerPartiesQueryVariables>;
export const MatchmakingParticipantDocument = new TypedDocumentString(`
    query MatchmakingParticipant($id: ID!) {
  matchmakingParticipant(id: $id) {
    id
    uuid
    viewerActsFor
    availableSlotIds
    agendaLink {
      createdAt
    }
    party {
      __typename
      ... on Organization {
        name {
          ar
          en
        }
      }
      ... on Institution {
        name {
          ar
          en
        }
      }
    }
    day {
      id
      uuid
      title {
        ar
        en
      }
      startsAt
      endsAt
      online
      onlineUrl
      venue {
        ar
        en
      }
      governorateCode
      slots {
        id
        position
        startsAt
        endsAt
      }
    }
    agenda {
      ...MatchmakingMeetingItem
    }
    meetingsSent {
      ...MatchmakingMeetingItem
    }
    meetingsReceived {
      ...MatchmakingMeetingItem
      commonFreeSlots {
        id
        startsAt
        endsAt
      }
    }
  }
}
    fragment MatchmakingMeetingItem on MatchmakingMeeting {
  id
  uuid
  status
  message
  declineReason
  createdAt
  slot {
    id
    startsAt
    endsAt
  }
  requester {
    id
    party {
      __typename
      ... on Organization {
        name {
          ar
          en
        }
      }
      ... on Institution {
        name {
          ar
          en
        }
      }
    }
  }
  invitee {
    id
    party {
      __typename
      ... on Organization {
        name {
          ar
          en
        }
      }
      ... on Institution {
        name {
          ar
          en
        }
      }
    }
  }
}`, {"hash":"sha256:61dc5dd437a5cf5efa8dad5bef6a65e8c4e99776341e6ea67ec0e73918eb73bf"}) as unknown as TypedDocumentString<MatchmakingParticipantQuery, MatchmakingParticipantQueryVariables>;
export const MatchmakingDayCreateDocument = new TypedDocumentString(`
    mutation MatchmakingDayCreate($input: MatchmakingDayCreateInput!) {
  matchmakingDayCreate(input: $input) {
    day {
      id
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:21af53751ca6b68e6ffe2bad85403dd0798a2b02dab0f697637656ac652807a6"}) as unknown as TypedDocumentString<MatchmakingDayCreateMutation, MatchmakingDayCreateMutationVariables>;
export const MatchmakingDayPublishDocument = new TypedDocumentString(`
    mutation MatchmakingDayPublish($input: MatchmakingDayPublishInput!) {
  matchmakingDayPublish(input: $input) {
    day {
      id
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:416f8a645c46fbe2b4011c1b8e9045af3d0692af6c0d8814a6711806ead49475"}) as unknown as TypedDocumentString<MatchmakingDayPublishMutation, MatchmakingDayPublishMutationVariables>;
export const MatchmakingParticipantRegisterDocument = new TypedDocumentString(`
    mutation MatchmakingParticipantRegister($input: MatchmakingParticipantRegisterInput!) {
  matchmakingParticipantRegister(input: $input) {
    participant {
      id
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:297a963e50ed6856fdc5dea6e65f809652f02226d4d2f92e9db9b681c5d85752"}) as unknown as TypedDocumentString<MatchmakingParticipantRegisterMutation, MatchmakingParticipantRegisterMutationVariables>;
export const MatchmakingAvailabilitySetDocument = new TypedDocumentString(`
    mutation MatchmakingAvailabilitySet($input: MatchmakingAvailabilitySetInput!) {
  matchmakingAvailabilitySet(input: $input) {
    participant {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:aebc6c05c261c7f5acd0f998d5f9395963c37d6cadb31b69cbfbf5bf8b665eeb"}) as unknown as TypedDocumentString<MatchmakingAvailabilitySetMutation, MatchmakingAvailabilitySetMutationVariables>;
export const MatchmakingMeetingRequestDocument = new TypedDocumentString(`
    mutation MatchmakingMeetingRequest($input: MatchmakingMeetingRequestInput!) {
  matchmakingMeetingRequest(input: $input) {
    meeting {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:6745ec5aa3ea36585c0c276cf9c1eb54db06bb4a2fb1615446d44587a4665ced"}) as unknown as TypedDocumentString<MatchmakingMeetingRequestMutation, MatchmakingMeetingRequestMutationVariables>;
export const MatchmakingMeetingAcceptDocument = new TypedDocumentString(`
    mutation MatchmakingMeetingAccept($input: MatchmakingMeetingAcceptInput!) {
  matchmakingMeetingAccept(input: $input) {
    meeting {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:9469cc8b803408f78470a943fe1a51dbd610c4a7965d169cd090644849bef6f3"}) as unknown as TypedDocumentString<MatchmakingMeetingAcceptMutation, MatchmakingMeetingAcceptMutationVariables>;
export const MatchmakingMeetingDeclineDocument = new TypedDocumentString(`
    mutation MatchmakingMeetingDecline($input: MatchmakingMeetingDeclineInput!) {
  matchmakingMeetingDecline(input: $input) {
    meeting {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:ac1ea68f2672b535f85a3162d4a2bc52af24ba86cb21372e346f05296d2fe912"}) as unknown as TypedDocumentString<MatchmakingMeetingDeclineMutation, MatchmakingMeetingDeclineMutationVariables>;
export const MatchmakingMeetingCancelDocument = new TypedDocumentString(`
    mutation MatchmakingMeetingCancel($input: MatchmakingMeetingCancelInput!) {
  matchmakingMeetingCancel(input: $input) {
    meeting {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:a8756fb4b62983df390f63c5e375fde8944d2a3026090fc58802ce121fc96911"}) as unknown as TypedDocumentString<MatchmakingMeetingCancelMutation, MatchmakingMeetingCancelMutationVariables>;
export const MatchmakingAgendaLinkResetDocument = new TypedDocumentString(`
    mutation MatchmakingAgendaLinkReset($input: MatchmakingAgendaLinkResetInput!) {
  matchmakingAgendaLinkReset(input: $input) {
    agendaLink {
      url
      createdAt
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:89f47793cbb59cdcff88868b9195df409fcd0b9bb9a77ac31863562cf1cc2888"}) as unknown as TypedDocumentString<MatchmakingAgendaLinkResetMutation, MatchmakingAgendaLinkResetMutationVariables>;
export const MatchmakingCapabilitiesDocument = new TypedDocumentString(`
    query MatchmakingCapabilities {
  partnershipCapabilities {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:a7259ab2a90a6ee547c53f90412ab8dea0f5051846dc74ae4beb8f568b97f4b2"}) as unknown as TypedDocumentString<MatchmakingCapabilitiesQuery, MatchmakingCapabilitiesQueryVariables>;
export const MatchmakingGovernoratesDocument = new TypedDocumentString(`
    query MatchmakingGovernorates {
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:eb78712d90b8b2d58765695c0a9f61689395a8a2c10878487a38ca615638bf30"}) as unknown as TypedDocumentString<MatchmakingGovernoratesQuery, MatchmakingGovernoratesQueryVariables>;
export const PartnershipViewerPartiesDocument = new TypedDocumentString(`
    query PartnershipViewerParties {
  viewer {
    roles
    memberships {
      role
      organization {
        id
        slug
        name {
          ar
          en
        }
      }
    }
    institutionMemberships {
      role
      institution {
        id
        slug
        name {
          ar
          en
        }
      }
    }
  }
}
    `, {"hash":"sha256:ec0292bb8aabd9c302aa5820601290eef2245dfe9fa2422fc73e41ae51a02416"}) as unknown as TypedDocumentString<PartnershipViewerPartiesQuery, PartnershipViewerPartiesQueryVariables>;
export const PartnershipRequestsDocument = new TypedDocumentString(`
    query PartnershipRequests($partyId: ID!, $inboxAfter: String, $outboxAfter: String) {
  inbox: partnershipRequests(
    partyId: $partyId
    box: INBOX
    first: 20
    after: $inboxAfter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PartnershipRequestSummary
      }
    }
  }
  outbox: partnershipRequests(
    partyId: $partyId
    box: OUTBOX
    first: 20
    after: $outboxAfter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PartnershipRequestSummary
      }
    }
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}
fragment PartnershipRequestSummary on PartnershipRequest {
  id
  status
  message
  declineReason
  createdAt
  answeredAt
  from {
    ...PartnershipPartyName
  }
  to {
    ...PartnershipPartyName
  }
  listing {
    id
    kind
    capability {
      code
      name {
        ar
        en
      }
    }
  }
  partnership {
    id
  }
}`, {"hash":"sha256:691749a735024c0e7a8d0e45f2406014a85b0aaed69277da95c2a6b91ba0c45a"}) as unknown as TypedDocumentString<PartnershipRequestsQuery, PartnershipRequestsQueryVariables>;
export const PartnershipRequestTargetDocument = new TypedDocumentString(`
    query PartnershipRequestTarget($to: ID!, $listing: ID!, $withListing: Boolean!) {
  to: node(id: $to) {
    ... on Organization {
      ...PartnershipPartyName
    }
    ... on Institution {
      ...PartnershipPartyName
    }
  }
  listing: node(id: $listing) @include(if: $withListing) {
    ... on PartnershipListing {
      id
      kind
      capability {
        code
        name {
          ar
          en
        }
      }
      party {
        __typename
        ... on Organization {
          id
        }
        ... on Institution {
          id
        }
      }
    }
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}`, {"hash":"sha256:05de2e77332f89b937fb33fa539bbc2cbe201899378494162a4b45a2c3a46a0c"}) as unknown as TypedDocumentString<PartnershipRequestTargetQuery, PartnershipRequestTargetQueryVariables>;
export const PartnershipDocument = new TypedDocumentString(`
    query Partnership($id: ID!) {
  partnership(id: $id) {
    ...PartnershipDetail
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}
fragment PartnershipDetail on Partnership {
  id
  agreementDocument {
    sizeBytes
    uploadedAt
  }
  kind
  status
  createdAt
  activatedAt
  startsOn
  endsOn
  mouSignedOn
  agreementReference
  terminationReason
  purpose {
    ar
    en
  }
  governorateCodes
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroupCodes
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  members {
    id
    role
    confirmed
    confirmedAt
    party {
      ...PartnershipPartyName
    }
  }
  history {
    id
    at
    from
    to
    reason
  }
}`, {"hash":"sha256:5634cfa9bd0792980be454ae2b6684c8e92eb2ae83f4d1f74f245f8f1cd77ef5"}) as unknown as TypedDocumentString<PartnershipQuery, PartnershipQueryVariables>;
export const PartnershipRegistryDocument = new TypedDocumentString(`
    query PartnershipRegistry($filter: PartnershipFilter, $first: Int, $after: String, $last: Int, $before: String) {
  partnershipsByGovernorate(filter: $filter) {
    key
    count
  }
  partnerships(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        ...PartnershipSummary
      }
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}
fragment PartnershipSummary on Partnership {
  id
  kind
  status
  startsOn
  endsOn
  purpose {
    ar
    en
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  members {
    id
    role
    party {
      ...PartnershipPartyName
    }
  }
}`, {"hash":"sha256:b22534aa915bf834a5e8062c4989f8ce8320c31d93fc06274379297fa1ea5fb9"}) as unknown as TypedDocumentString<PartnershipRegistryQuery, PartnershipRegistryQueryVariables>;
export const PartnershipOrganizationPartnershipsDocument = new TypedDocumentString(`
    query PartnershipOrganizationPartnerships($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    partnerships(first: 20) {
      totalCount
      edges {
        node {
          ...PartnershipSummary
        }
      }
    }
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}
fragment PartnershipSummary on Partnership {
  id
  kind
  status
  startsOn
  endsOn
  purpose {
    ar
    en
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  members {
    id
    role
    party {
      ...PartnershipPartyName
    }
  }
}`, {"hash":"sha256:c49664e47d0a5c1a825e99e80b550b0e35db7daca3c83ea1ccf7960e4e6cdd77"}) as unknown as TypedDocumentString<PartnershipOrganizationPartnershipsQuery, PartnershipOrganizationPartnershipsQueryVariables>;
export const PartnershipRequestSendDocument = new TypedDocumentString(`
    mutation PartnershipRequestSend($input: PartnershipRequestSendInput!) {
  partnershipRequestSend(input: $input) {
    request {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:5d8be924cd2b603fa3a0f404d7ceb81fc4a324d1fe151fc3650bb77356a73e37"}) as unknown as TypedDocumentString<PartnershipRequestSendMutation, PartnershipRequestSendMutationVariables>;
export const PartnershipRequestAcceptDocument = new TypedDocumentString(`
    mutation PartnershipRequestAccept($input: PartnershipRequestAcceptInput!) {
  partnershipRequestAccept(input: $input) {
    request {
      id
      partnership {
        id
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:43a3792636e9fdf6d59d0462b89f5641a052a8ef89fc169219a71928d8ff99fd"}) as unknown as TypedDocumentString<PartnershipRequestAcceptMutation, PartnershipRequestAcceptMutationVariables>;
export const PartnershipRequestDeclineDocument = new TypedDocumentString(`
    mutation PartnershipRequestDecline($input: PartnershipRequestDeclineInput!) {
  partnershipRequestDecline(input: $input) {
    request {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:67e7dce60e70e2f60d047e932e2da5f1a3f8797397bba77990e146e7075cff76"}) as unknown as TypedDocumentString<PartnershipRequestDeclineMutation, PartnershipRequestDeclineMutationVariables>;
export const PartnershipRequestWithdrawDocument = new TypedDocumentString(`
    mutation PartnershipRequestWithdraw($input: PartnershipRequestWithdrawInput!) {
  partnershipRequestWithdraw(input: $input) {
    request {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:760ff6c057927429ccd1f3bf8e56a478fa5d1010dc94d0f654acb18d7c3e7ed9"}) as unknown as TypedDocumentString<PartnershipRequestWithdrawMutation, PartnershipRequestWithdrawMutationVariables>;
export const PartnershipConfirmDocument = new TypedDocumentString(`
    mutation PartnershipConfirm($input: PartnershipConfirmInput!) {
  partnershipConfirm(input: $input) {
    partnership {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:a795644367e103746668a85a4dd9c04adf548a3f2b31695ffb337853603f2cbe"}) as unknown as TypedDocumentString<PartnershipConfirmMutation, PartnershipConfirmMutationVariables>;
export const PartnershipUpdateDocument = new TypedDocumentString(`
    mutation PartnershipUpdate($input: PartnershipUpdateInput!) {
  partnershipUpdate(input: $input) {
    partnership {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:6a8e1317e65898c45243df6744387fd658d21c3c376b480c360cbc37824fa3be"}) as unknown as TypedDocumentString<PartnershipUpdateMutation, PartnershipUpdateMutationVariables>;
export const PartnershipCompleteDocument = new TypedDocumentString(`
    mutation PartnershipComplete($input: PartnershipCompleteInput!) {
  partnershipComplete(input: $input) {
    partnership {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:50b67c4a3ce4474b218005a9d846d51d9b99a3f9a4e2395e893df8f43df0d44e"}) as unknown as TypedDocumentString<PartnershipCompleteMutation, PartnershipCompleteMutationVariables>;
export const PartnershipTerminateDocument = new TypedDocumentString(`
    mutation PartnershipTerminate($input: PartnershipTerminateInput!) {
  partnershipTerminate(input: $input) {
    partnership {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:883dfea325874d5b9a757f65521cae6b27acf6ccbdf84de379826e72074b5794"}) as unknown as TypedDocumentString<PartnershipTerminateMutation, PartnershipTerminateMutationVariables>;
export const PartnershipOverviewDocument = new TypedDocumentString(`
    query PartnershipOverview {
  partnershipOverview {
    total
    byStatus {
      key
      count
    }
    byKind {
      key
      count
    }
    byGovernorate {
      key
      count
    }
    requestsByStatus {
      key
      count
    }
  }
  pendingPartnershipRequests(first: 25) {
    totalCount
    edges {
      node {
        id
        createdAt
        from {
          ...PartnershipPartyName
        }
        to {
          ...PartnershipPartyName
        }
      }
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    fragment PartnershipPartyName on PartnershipParty {
  __typename
  ... on Organization {
    id
    slug
    name {
      ar
      en
    }
  }
  ... on Institution {
    id
    slug
    name {
      ar
      en
    }
  }
}`, {"hash":"sha256:a2c45dc6cd14905cd0c797e6b08ca123cd395c1c98319d2c4a6b8fff64a5f089"}) as unknown as TypedDocumentString<PartnershipOverviewQuery, PartnershipOverviewQueryVariables>;
export const PartnershipAgreementDocument = new TypedDocumentString(`
    query PartnershipAgreement($id: ID!) {
  partnership(id: $id) {
    agreementDocument {
      path
    }
  }
}
    `, {"hash":"sha256:aadf6a9725c01b3c9e0e8a42038df867581a27bf939394f13c0364e592fe78ab"}) as unknown as TypedDocumentString<PartnershipAgreementQuery, PartnershipAgreementQueryVariables>;
export const SuggestionsViewerInstitutionsDocument = new TypedDocumentString(`
    query SuggestionsViewerInstitutions {
  viewer {
    institutionMemberships {
      institution {
        id
        slug
        name {
          ar
          en
        }
      }
    }
  }
}
    `, {"hash":"sha256:da19e286d7f686825c942b5effe01506a3f73211c3518285e05d7d291e51ccd7"}) as unknown as TypedDocumentString<SuggestionsViewerInstitutionsQuery, SuggestionsViewerInstitutionsQueryVariables>;
export const PartnerSuggestionsDocument = new TypedDocumentString(`
    query PartnerSuggestions($partyId: ID!, $first: Int, $after: String) {
  partnerSuggestions(partyId: $partyId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      score
      reasons {
        ar
        en
      }
      breakdown {
        criterion
        weight
        points
      }
      node {
        __typename
        ... on Organization {
          id
          slug
          name {
            ar
            en
          }
          governorate {
            code
            name {
              ar
              en
            }
          }
        }
        ... on Institution {
          id
          slug
          name {
            ar
            en
          }
          institutionGovernorate: governorate {
            code
            name {
              ar
              en
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:87500a52f160054d142b1fe25c68fb3a88aec8fe5532e6f4b50a3c72398ff45a"}) as unknown as TypedDocumentString<PartnerSuggestionsQuery, PartnerSuggestionsQueryVariables>;
export const DeinstFiguresDocument = new TypedDocumentString(`
    query DeinstFigures {
  deinstitutionalisationFigures {
    quarters
    tables {
      measure
      rows {
        governorate {
          code
          name {
            ar
            en
          }
        }
        cells {
          value
          suppressed
        }
        total {
          value
          suppressed
        }
      }
      nationalTotals {
        value
        suppressed
      }
      grandTotal {
        value
        suppressed
      }
    }
  }
}
    `, {"hash":"sha256:c30e971ebda3ebf09a87c81e25dd6b8f9c489ada975c6634422438bf6dc47cba"}) as unknown as TypedDocumentString<DeinstFiguresQuery, DeinstFiguresQueryVariables>;
export const DeinstInstitutionsDocument = new TypedDocumentString(`
    query DeinstInstitutions {
  careInstitutions(first: 100) {
    totalCount
    edges {
      node {
        id
        name {
          ar
          en
        }
        ownership
        governorate {
          code
          name {
            ar
            en
          }
        }
        capacity
        active
        quarters {
          period
          year
          quarter
          residents
          transitionsToFamily
          transitionsToCommunity
          communityPlaces
          version
        }
      }
    }
  }
}
    `, {"hash":"sha256:c6f978ed330b11a3e761c141e7e1affd5a1e945461a602ff6446174b505470ef"}) as unknown as TypedDocumentString<DeinstInstitutionsQuery, DeinstInstitutionsQueryVariables>;
export const DeinstGovernoratesDocument = new TypedDocumentString(`
    query DeinstGovernorates {
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:753513ec62856e0ea4177cb61066f9486516787d2e8f23cf78bc74a8e5a1f6b7"}) as unknown as TypedDocumentString<DeinstGovernoratesQuery, DeinstGovernoratesQueryVariables>;
export const DeinstInstitutionDocument = new TypedDocumentString(`
    query DeinstInstitution($id: ID!) {
  careInstitution(id: $id) {
    id
    name {
      ar
      en
    }
    ownership
    governorate {
      code
    }
    capacity
    active
    version
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:f2f63302e58a42e32bb901f11f6803c66562d56c66d2258839a947461857f93e"}) as unknown as TypedDocumentString<DeinstInstitutionQuery, DeinstInstitutionQueryVariables>;
export const DeinstInstitutionCreateDocument = new TypedDocumentString(`
    mutation DeinstInstitutionCreate($input: CareInstitutionCreateInput!) {
  careInstitutionCreate(input: $input) {
    institution {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:2386d6e08960318cc897e7b88856d5cf3c996b3b4efa50506df29f7fb39ba24e"}) as unknown as TypedDocumentString<DeinstInstitutionCreateMutation, DeinstInstitutionCreateMutationVariables>;
export const DeinstInstitutionUpdateDocument = new TypedDocumentString(`
    mutation DeinstInstitutionUpdate($input: CareInstitutionUpdateInput!) {
  careInstitutionUpdate(input: $input) {
    institution {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:c2bd102bea755da77ca38b247238b4d3766e17bd48ac5d3179fdc971e0278c07"}) as unknown as TypedDocumentString<DeinstInstitutionUpdateMutation, DeinstInstitutionUpdateMutationVariables>;
export const DeinstQuarterRecordDocument = new TypedDocumentString(`
    mutation DeinstQuarterRecord($input: CareInstitutionQuarterRecordInput!) {
  careInstitutionQuarterRecord(input: $input) {
    figures {
      period
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:2776c6cee8effd0e22a8d43afac0234cc2ae4498d1caafe47397ab749822d862"}) as unknown as TypedDocumentString<DeinstQuarterRecordMutation, DeinstQuarterRecordMutationVariables>;
export const ResultsDashboardDocument = new TypedDocumentString(`
    query ResultsDashboard {
  resultsIndicators {
    code
    name {
      ar
      en
    }
    definition {
      ar
      en
    }
    unit
    baseline
    target
    actual {
      value
      suppressed
    }
    quarters {
      quarter
      count {
        value
        suppressed
      }
      cumulative {
        value
        suppressed
      }
    }
    breakdowns {
      dimension
      cells {
        key
        label {
          ar
          en
        }
        count {
          value
          suppressed
        }
      }
    }
  }
}
    `, {"hash":"sha256:7a8ec95819a4d7f1979013f4edfcb72ec28b330d54380a425f7f97398b391b83"}) as unknown as TypedDocumentString<ResultsDashboardQuery, ResultsDashboardQueryVariables>;
export const ResultsIndicatorRecordsDocument = new TypedDocumentString(`
    query ResultsIndicatorRecords($code: String!, $quarter: String, $first: Int, $after: String) {
  resultsIndicators {
    code
    name {
      ar
      en
    }
  }
  resultsIndicatorRecords(
    code: $code
    quarter: $quarter
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      node {
        recordId
        recordType
        label {
          ar
          en
        }
        countedAt
        quarter
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:663c8de3bed6bfa9de9c8b67f84771ca4097e483f1788968fdaa14cd2619c6e3"}) as unknown as TypedDocumentString<ResultsIndicatorRecordsQuery, ResultsIndicatorRecordsQueryVariables>;
export const ServicesSearchDocument = new TypedDocumentString(`
    query ServicesSearch($search: String, $filter: ServiceFilter, $first: Int, $after: String) {
  services(search: $search, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      distanceKm
      node {
        ...ServiceSummary
      }
    }
    facets {
      categories {
        value {
          code
          name {
            ar
            en
          }
        }
        count
      }
      governorates {
        value {
          code
          name {
            ar
            en
          }
        }
        count
      }
      targetGroups {
        value {
          code
          name {
            ar
            en
          }
        }
        count
      }
      delivery {
        value
        count
      }
      accessibility {
        value
        count
      }
      languages {
        value
        count
      }
    }
  }
}
    fragment ServiceSummary on Service {
  id
  uuid
  name {
    ar
    en
  }
  fee
  delivery
  languages
  openNow
  category {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  organization {
    slug
    name {
      ar
      en
    }
  }
  places {
    available
    waitingList
    updatedAt
    outdated
  }
}`, {"hash":"sha256:aa77f6e8ce6f576503eff8d4245479bfdf8ef1b0e1f5b6edafad9c46a1af156c"}) as unknown as TypedDocumentString<ServicesSearchQuery, ServicesSearchQueryVariables>;
export const ServicePageDocument = new TypedDocumentString(`
    query ServicePage($id: ID!) {
  service(id: $id) {
    ...ServiceSummary
    description {
      ar
      en
    }
    eligibility {
      ar
      en
    }
    feeDetails {
      ar
      en
    }
    ageMin
    ageMax
    targetGroups {
      code
      name {
        ar
        en
      }
    }
    contact {
      phone
      email
    }
    referral {
      intakeCriteria {
        ar
        en
      }
      documents {
        ar
        en
      }
      steps {
        ar
        en
      }
      officeHours {
        ar
        en
      }
      complaints {
        ar
        en
      }
    }
    hours {
      weekday
      opensAt
      closesAt
    }
    locations {
      id
      district
      localityType
      address {
        ar
        en
      }
      latitude
      longitude
      accessibility
      governorate {
        code
        name {
          ar
          en
        }
      }
    }
  }
}
    fragment ServiceSummary on Service {
  id
  uuid
  name {
    ar
    en
  }
  fee
  delivery
  languages
  openNow
  category {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  organization {
    slug
    name {
      ar
      en
    }
  }
  places {
    available
    waitingList
    updatedAt
    outdated
  }
}`, {"hash":"sha256:6a3c75c956ba49bec6044905647c6e6fa7602676802530c7e3a886a9eb1d3b9c"}) as unknown as TypedDocumentString<ServicePageQuery, ServicePageQueryVariables>;
export const OrganizationServicesDocument = new TypedDocumentString(`
    query OrganizationServices($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    slug
    name {
      ar
      en
    }
    services {
      ...ServiceSummary
    }
  }
  serviceCategories {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    fragment ServiceSummary on Service {
  id
  uuid
  name {
    ar
    en
  }
  fee
  delivery
  languages
  openNow
  category {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
  organization {
    slug
    name {
      ar
      en
    }
  }
  places {
    available
    waitingList
    updatedAt
    outdated
  }
}`, {"hash":"sha256:fccdba98f8ee7a41f192b74bf6a86ed403ae0b00eea7f0e6ef2cead595ccb62f"}) as unknown as TypedDocumentString<OrganizationServicesQuery, OrganizationServicesQueryVariables>;
export const ServicePlacesUpdateDocument = new TypedDocumentString(`
    mutation ServicePlacesUpdate($input: ServicePlacesUpdateInput!) {
  servicePlacesUpdate(input: $input) {
    service {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:5835ee4efd10229c49661b58033b36a473637cf165b68a031d84661a9a577a9a"}) as unknown as TypedDocumentString<ServicePlacesUpdateMutation, ServicePlacesUpdateMutationVariables>;
export const ServiceCreateDocument = new TypedDocumentString(`
    mutation ServiceCreate($input: ServiceCreateInput!) {
  serviceCreate(input: $input) {
    service {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:31a47892bd92e42315f392c29c6b0ff48f5a90ab8a488a5e481ca1db12a6dc2c"}) as unknown as TypedDocumentString<ServiceCreateMutation, ServiceCreateMutationVariables>;
export const ServiceDeleteDocument = new TypedDocumentString(`
    mutation ServiceDelete($input: ServiceDeleteInput!) {
  serviceDelete(input: $input) {
    deletedServiceId
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:0efb96875c4983f1ddcc458ee1e6b0102a594b385e436362d204868d48e8c4c7"}) as unknown as TypedDocumentString<ServiceDeleteMutation, ServiceDeleteMutationVariables>;
export const TrainingCalendarLinkResetDocument = new TypedDocumentString(`
    mutation TrainingCalendarLinkReset {
  trainingCalendarLinkReset {
    calendarLink {
      url
      createdAt
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:fe444438c01bb703121ead5258f3a6c43b8286eee651f382a935569c94eae9d5"}) as unknown as TypedDocumentString<TrainingCalendarLinkResetMutation, TrainingCalendarLinkResetMutationVariables>;
export const TrainingCatalogueDocument = new TypedDocumentString(`
    query TrainingCatalogue($filter: TrainingSessionFilter, $first: Int, $after: String, $last: Int, $before: String) {
  trainingSessions(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...TrainingSessionSummary
      }
    }
  }
  trainingTopics {
    code
    name {
      ar
      en
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    fragment TrainingSessionSummary on TrainingSession {
  id
  uuid
  status
  startsAt
  endsAt
  online
  language
  seats
  seatsLeft
  waitlistCount
  registrationOpensAt
  registrationDeadline
  course {
    id
    title {
      ar
      en
    }
    level
    audience
    expectedHours
    topic {
      code
      name {
        ar
        en
      }
    }
  }
  venue {
    governorate {
      code
      name {
        ar
        en
      }
    }
  }
}`, {"hash":"sha256:d3cc98bdb77739fa235cda9f0b90e5eafbe9a2769f5c837d2f7e4c6c5bac6f80"}) as unknown as TypedDocumentString<TrainingCatalogueQuery, TrainingCatalogueQueryVariables>;
export const TrainingCertificateVerifyDocument = new TypedDocumentString(`
    query TrainingCertificateVerify($code: String!) {
  certificateByCode(code: $code) {
    code
    participantName
    courseTitle {
      ar
      en
    }
    startsAt
    endsAt
    issuer {
      ar
      en
    }
    issuedAt
    status
    revokedAt
  }
}
    `, {"hash":"sha256:8dc0d34c23fef1c4304b117954be437dd49099118a9d61586590bd679d9aaa01"}) as unknown as TypedDocumentString<TrainingCertificateVerifyQuery, TrainingCertificateVerifyQueryVariables>;
export const TrainingMyCertificatesDocument = new TypedDocumentString(`
    query TrainingMyCertificates {
  viewer {
    uuid
    trainingCertificates(first: 100) {
      edges {
        node {
          id
          uuid
          code
          status
          issuedAt
          session {
            uuid
            startsAt
            course {
              title {
                ar
                en
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:3bd4735e3eafeca27d801de4d38ed3d47c91062c17231ae41474e17cfa989098"}) as unknown as TypedDocumentString<TrainingMyCertificatesQuery, TrainingMyCertificatesQueryVariables>;
export const TrainingSessionCertificatesDocument = new TypedDocumentString(`
    query TrainingSessionCertificates($id: ID!) {
  trainingSession(id: $id) {
    id
    viewerCertificateBatch {
      id
      total
      processed
      issued
      alreadyIssued
      incomplete
      finishedAt
    }
    registrations(first: 100, status: CONFIRMED) {
      edges {
        node {
          id
          certificate {
            id
            uuid
            code
            status
            revocationReason
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:c115345e20b24c9775052e98b8af0fa2eef4a880cfa6062222c7f423f8f44842"}) as unknown as TypedDocumentString<TrainingSessionCertificatesQuery, TrainingSessionCertificatesQueryVariables>;
export const TrainingCertificateIssueDocument = new TypedDocumentString(`
    mutation TrainingCertificateIssue($input: TrainingCertificateIssueInput!) {
  trainingCertificateIssue(input: $input) {
    certificate {
      id
      code
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:49eb19c5e6b0ff727b5feecb8d4b2928f155d47157eb9059538bcf6c1172ad3d"}) as unknown as TypedDocumentString<TrainingCertificateIssueMutation, TrainingCertificateIssueMutationVariables>;
export const TrainingCertificateIssueBulkDocument = new TypedDocumentString(`
    mutation TrainingCertificateIssueBulk($input: TrainingCertificateIssueBulkInput!) {
  trainingCertificateIssueBulk(input: $input) {
    batch {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:2022311ace5496cbd5e731d91ab05354921ca54c600cd7f3cf4413805468fff2"}) as unknown as TypedDocumentString<TrainingCertificateIssueBulkMutation, TrainingCertificateIssueBulkMutationVariables>;
export const TrainingCertificateRevokeDocument = new TypedDocumentString(`
    mutation TrainingCertificateRevoke($input: TrainingCertificateRevokeInput!) {
  trainingCertificateRevoke(input: $input) {
    certificate {
      id
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:5b48a87f4197b4c6647e412eb84e8fbda0ba59bd8df03e7c7e06a53fa61bf30b"}) as unknown as TypedDocumentString<TrainingCertificateRevokeMutation, TrainingCertificateRevokeMutationVariables>;
export const TrainingDisaggregationWithdrawDocument = new TypedDocumentString(`
    mutation TrainingDisaggregationWithdraw($input: TrainingDisaggregationWithdrawInput!) {
  trainingDisaggregationWithdraw(input: $input) {
    registration {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:09f06f9e4795d9caf541d3325944c8e1a22fd6d055d056fd83fe4101c6e46f19"}) as unknown as TypedDocumentString<TrainingDisaggregationWithdrawMutation, TrainingDisaggregationWithdrawMutationVariables>;
export const TrainingScoresRecordDocument = new TypedDocumentString(`
    mutation TrainingScoresRecord($input: TrainingScoresRecordInput!) {
  trainingScoresRecord(input: $input) {
    registration {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:5653878cc64c859876cec44180f5fdb3150ab3c06105c7b7c8ef38c9118dd88c"}) as unknown as TypedDocumentString<TrainingScoresRecordMutation, TrainingScoresRecordMutationVariables>;
export const TrainingSessionTrainersSetDocument = new TypedDocumentString(`
    mutation TrainingSessionTrainersSet($input: TrainingSessionTrainersSetInput!) {
  trainingSessionTrainersSet(input: $input) {
    session {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:032a8fa3a0be46cd7869cf3cf3ad9ab724dd9c86d14a94dc71ed12928671f402"}) as unknown as TypedDocumentString<TrainingSessionTrainersSetMutation, TrainingSessionTrainersSetMutationVariables>;
export const TrainingCourseFormDocument = new TypedDocumentString(`
    query TrainingCourseForm {
  trainingTopics {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:e94ffce092359f0b9ae74c14573f66c6f9caeca2840b5abf69d40358b7d3759e"}) as unknown as TypedDocumentString<TrainingCourseFormQuery, TrainingCourseFormQueryVariables>;
export const TrainingSessionFormDocument = new TypedDocumentString(`
    query TrainingSessionForm {
  trainingCourses(first: 100) {
    edges {
      node {
        id
        title {
          ar
          en
        }
        audience
      }
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:c3835afbc1755f2a10763a4ad058ce4362aad0d4f8d9b9ada2fc0b2724c071d7"}) as unknown as TypedDocumentString<TrainingSessionFormQuery, TrainingSessionFormQueryVariables>;
export const TrainingCourseCreateDocument = new TypedDocumentString(`
    mutation TrainingCourseCreate($input: TrainingCourseCreateInput!) {
  trainingCourseCreate(input: $input) {
    course {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:3098a3814d4ff14492b81c8772ae30a1889f35296281a8fbb588d7ffe8a29d0a"}) as unknown as TypedDocumentString<TrainingCourseCreateMutation, TrainingCourseCreateMutationVariables>;
export const TrainingSessionCreateDocument = new TypedDocumentString(`
    mutation TrainingSessionCreate($input: TrainingSessionCreateInput!) {
  trainingSessionCreate(input: $input) {
    session {
      id
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:1aee276b236aa12c3be1b991f1dbe1fd44069d13620a86e54abad6725a72c31b"}) as unknown as TypedDocumentString<TrainingSessionCreateMutation, TrainingSessionCreateMutationVariables>;
export const TrainingRegistrantsDocument = new TypedDocumentString(`
    query TrainingRegistrants($id: ID!, $after: String) {
  trainingSession(id: $id) {
    ...TrainingSessionSummary
    confirmedCount
    registrations(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          uuid
          status
          waitlistPosition
          createdAt
          asPublicOfficial
          cancellationReason
          participant {
            name
            email
          }
          organization {
            slug
            name {
              ar
              en
            }
          }
          accommodations {
            signLanguage
            accessibleVenue
            transport
            carerSeat
            accessibleMaterials
            note
            confirmedAt
          }
          scores {
            preTest
            postTest
            learningGain
          }
          completed
        }
      }
    }
    learningGain {
      mean
      n
    }
    viewerIsTrainer
    trainerAccounts {
      email
    }
  }
}
    fragment TrainingSessionSummary on TrainingSession {
  id
  uuid
  status
  startsAt
  endsAt
  online
  language
  seats
  seatsLeft
  waitlistCount
  registrationOpensAt
  registrationDeadline
  course {
    id
    title {
      ar
      en
    }
    level
    audience
    expectedHours
    topic {
      code
      name {
        ar
        en
      }
    }
  }
  venue {
    governorate {
      code
      name {
        ar
        en
      }
    }
  }
}`, {"hash":"sha256:079a138cd7d31f49773faf3b299c294c33dadcbe38e1ef98de343fa2c12200af"}) as unknown as TypedDocumentString<TrainingRegistrantsQuery, TrainingRegistrantsQueryVariables>;
export const TrainingCourseSessionsDocument = new TypedDocumentString(`
    query TrainingCourseSessions($courseId: ID!) {
  trainingSessions(first: 50, filter: {courseId: $courseId}) {
    edges {
      node {
        id
        uuid
        startsAt
        seatsLeft
        venue {
          governorate {
            name {
              ar
              en
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:0cce2fbdf0ce6e544b6e8e61c57716b78c339a5b0b4a0a4aa3d6199ab0be4786"}) as unknown as TypedDocumentString<TrainingCourseSessionsQuery, TrainingCourseSessionsQueryVariables>;
export const TrainingRegistrationMoveDocument = new TypedDocumentString(`
    mutation TrainingRegistrationMove($input: TrainingRegistrationMoveInput!) {
  trainingRegistrationMove(input: $input) {
    registration {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:27141a3db6efdac2ccc5a0e051b8b7b45e758a22e967acbdf238c14985670205"}) as unknown as TypedDocumentString<TrainingRegistrationMoveMutation, TrainingRegistrationMoveMutationVariables>;
export const TrainingAccommodationsConfirmDocument = new TypedDocumentString(`
    mutation TrainingAccommodationsConfirm($input: TrainingRegistrationAccommodationsConfirmInput!) {
  trainingRegistrationAccommodationsConfirm(input: $input) {
    registration {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:5168f4c71ff5807ccffdfe020acb25f6a4592deace05b174a45f392c38c68e8d"}) as unknown as TypedDocumentString<TrainingAccommodationsConfirmMutation, TrainingAccommodationsConfirmMutationVariables>;
export const TrainingCourseEditDocument = new TypedDocumentString(`
    query TrainingCourseEdit($id: ID!) {
  trainingTopics {
    code
    name {
      ar
      en
    }
  }
  trainingCourse(id: $id) {
    id
    uuid
    title {
      ar
      en
    }
    description {
      ar
      en
    }
    prerequisites {
      ar
      en
    }
    topic {
      code
    }
    level
    audience
    expectedHours
    completionRule {
      attendancePercent
      postTestPassMark
    }
  }
}
    `, {"hash":"sha256:68d1545b9386286bdf1907f873d5003d44f1d1fb98bbc172298e9f000111060d"}) as unknown as TypedDocumentString<TrainingCourseEditQuery, TrainingCourseEditQueryVariables>;
export const TrainingCourseUpdateDocument = new TypedDocumentString(`
    mutation TrainingCourseUpdate($input: TrainingCourseUpdateInput!) {
  trainingCourseUpdate(input: $input) {
    course {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:024bb05f18c1a2d21e546d83dc3596e7ece655b1f2dfce3bd731d72dcf63e0cf"}) as unknown as TypedDocumentString<TrainingCourseUpdateMutation, TrainingCourseUpdateMutationVariables>;
export const TrainingSessionEditDocument = new TypedDocumentString(`
    query TrainingSessionEdit($id: ID!) {
  governorates {
    code
    name {
      ar
      en
    }
  }
  trainingSession(id: $id) {
    id
    uuid
    status
    seats
    confirmedCount
    language
    trainers
    onlineUrl
    registrationOpensAt
    registrationDeadline
    cancellationDeadline
    days {
      position
      startsAt
      endsAt
    }
    eligibility {
      audience
      verifiedOrganizationsOnly
      maxPerOrganization
    }
    venue {
      governorate {
        code
      }
      address {
        ar
        en
      }
      stepFreeAccess
      accessibleToilet
      hearingLoop
      signLanguageInterpretation
    }
    course {
      id
      title {
        ar
        en
      }
    }
  }
}
    `, {"hash":"sha256:f3fbd886c9acbfe088299ba376132268da23aa7440577e6a65c0adbc0f92a485"}) as unknown as TypedDocumentString<TrainingSessionEditQuery, TrainingSessionEditQueryVariables>;
export const TrainingSessionUpdateDocument = new TypedDocumentString(`
    mutation TrainingSessionUpdate($input: TrainingSessionUpdateInput!) {
  trainingSessionUpdate(input: $input) {
    session {
      id
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:3e579b1e9ce463b746a4b4651f330d076184536d29e1b686716b85c0e69d7ea9"}) as unknown as TypedDocumentString<TrainingSessionUpdateMutation, TrainingSessionUpdateMutationVariables>;
export const TrainingSessionCancelDocument = new TypedDocumentString(`
    mutation TrainingSessionCancel($input: TrainingSessionCancelInput!) {
  trainingSessionCancel(input: $input) {
    session {
      id
      uuid
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:39c3045f68d291e38a03ec5cabca6fcb6ec3deccbdac68dafdf110f43c926349"}) as unknown as TypedDocumentString<TrainingSessionCancelMutation, TrainingSessionCancelMutationVariables>;
export const TrainingAttendanceDocument = new TypedDocumentString(`
    query TrainingAttendance($id: ID!, $after: String) {
  trainingSession(id: $id) {
    id
    uuid
    course {
      title {
        ar
        en
      }
    }
    days {
      position
      startsAt
      endsAt
    }
    registrations(first: 100, after: $after, status: CONFIRMED) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          uuid
          participant {
            name
          }
          attendance {
            dayPosition
            present
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:391651c907bfcebd0fd257da1ac5615aa83fb9cf0163ff8b7c010935e3ea8bc6"}) as unknown as TypedDocumentString<TrainingAttendanceQuery, TrainingAttendanceQueryVariables>;
export const TrainingAttendanceMarkDocument = new TypedDocumentString(`
    mutation TrainingAttendanceMark($input: TrainingAttendanceMarkInput!) {
  trainingAttendanceMark(input: $input) {
    registration {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:1fbdf14b840850fcb5313e10bfa858fdd4b836655ffcfa1265a4d18fcbf3b1e7"}) as unknown as TypedDocumentString<TrainingAttendanceMarkMutation, TrainingAttendanceMarkMutationVariables>;
export const TrainingOrganizationRegistrationsDocument = new TypedDocumentString(`
    query TrainingOrganizationRegistrations($slug: String!, $after: String) {
  organizationBySlug(slug: $slug) {
    id
    slug
    name {
      ar
      en
    }
    trainingRegistrations(first: 50, after: $after, includeCancelled: true) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          waitlistPosition
          createdAt
          participantName
          session {
            id
            uuid
            startsAt
            status
            course {
              title {
                ar
                en
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:496281efb1d3486d347103a7c182dcd147295d8e2e0caed1f17df827289090e1"}) as unknown as TypedDocumentString<TrainingOrganizationRegistrationsQuery, TrainingOrganizationRegistrationsQueryVariables>;
export const TrainingParticipationDocument = new TypedDocumentString(`
    query TrainingParticipation($by: [TrainingParticipationDimension!]!) {
  trainingParticipation(by: $by) {
    by
    threshold
    cells {
      sex
      ageBand
      disability
      governorateCode
      organizationId
      organizationName
      counts {
        confirmed {
          value
          suppressed
        }
        attended {
          value
          suppressed
        }
        completed {
          value
          suppressed
        }
      }
    }
    total {
      confirmed {
        value
        suppressed
      }
      attended {
        value
        suppressed
      }
      completed {
        value
        suppressed
      }
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:045c001f3a73de47d100aba35de927524b995dfa21fa96714f3ba0b546cfdb2e"}) as unknown as TypedDocumentString<TrainingParticipationQuery, TrainingParticipationQueryVariables>;
export const TrainingSessionDocument = new TypedDocumentString(`
    query TrainingSession($id: ID!) {
  trainingSession(id: $id) {
    ...TrainingSessionSummary
    confirmedCount
    cancellationDeadline
    cancellationReason
    trainers
    onlineUrl
    calendarFeedUrl
    days {
      position
      startsAt
      endsAt
    }
    eligibility {
      audience
      verifiedOrganizationsOnly
      maxPerOrganization
    }
    course {
      id
      description {
        ar
        en
      }
      prerequisites {
        ar
        en
      }
      completionRule {
        attendancePercent
        postTestPassMark
      }
    }
    venue {
      address {
        ar
        en
      }
      stepFreeAccess
      accessibleToilet
      hearingLoop
      signLanguageInterpretation
    }
    viewerRegistration {
      ...TrainingOwnRegistration
    }
  }
}
    fragment TrainingSessionSummary on TrainingSession {
  id
  uuid
  status
  startsAt
  endsAt
  online
  language
  seats
  seatsLeft
  waitlistCount
  registrationOpensAt
  registrationDeadline
  course {
    id
    title {
      ar
      en
    }
    level
    audience
    expectedHours
    topic {
      code
      name {
        ar
        en
      }
    }
  }
  venue {
    governorate {
      code
      name {
        ar
        en
      }
    }
  }
}
fragment TrainingOwnRegistration on TrainingRegistration {
  id
  uuid
  status
  waitlistPosition
  createdAt
  confirmedAt
  cancelledAt
  asPublicOfficial
  organization {
    id
    slug
    name {
      ar
      en
    }
  }
  accommodations {
    signLanguage
    accessibleVenue
    transport
    carerSeat
    accessibleMaterials
    note
    confirmedAt
  }
  disaggregationConsent {
    consentedAt
    withdrawnAt
  }
}`, {"hash":"sha256:6705f17bd751d2e46fba3eba870199af2ddaa498e4690396ab6ab0b76358219c"}) as unknown as TypedDocumentString<TrainingSessionQuery, TrainingSessionQueryVariables>;
export const TrainingMyRegistrationsDocument = new TypedDocumentString(`
    query TrainingMyRegistrations($includeCancelled: Boolean, $after: String) {
  viewer {
    uuid
    trainingCalendarLink {
      createdAt
    }
    memberships {
      organization {
        id
        slug
        name {
          ar
          en
        }
      }
    }
    trainingSessionsAsTrainer(first: 50) {
      edges {
        node {
          ...TrainingSessionSummary
        }
      }
    }
    trainingRegistrations(
      first: 50
      after: $after
      includeCancelled: $includeCancelled
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TrainingOwnRegistration
          session {
            ...TrainingSessionSummary
            cancellationDeadline
          }
        }
      }
    }
  }
}
    fragment TrainingSessionSummary on TrainingSession {
  id
  uuid
  status
  startsAt
  endsAt
  online
  language
  seats
  seatsLeft
  waitlistCount
  registrationOpensAt
  registrationDeadline
  course {
    id
    title {
      ar
      en
    }
    level
    audience
    expectedHours
    topic {
      code
      name {
        ar
        en
      }
    }
  }
  venue {
    governorate {
      code
      name {
        ar
        en
      }
    }
  }
}
fragment TrainingOwnRegistration on TrainingRegistration {
  id
  uuid
  status
  waitlistPosition
  createdAt
  confirmedAt
  cancelledAt
  asPublicOfficial
  organization {
    id
    slug
    name {
      ar
      en
    }
  }
  accommodations {
    signLanguage
    accessibleVenue
    transport
    carerSeat
    accessibleMaterials
    note
    confirmedAt
  }
  disaggregationConsent {
    consentedAt
    withdrawnAt
  }
}`, {"hash":"sha256:87019aef7286243d4d34fe165c0785e91e1e6863f55cfbf4f80da5db9d9740a7"}) as unknown as TypedDocumentString<TrainingMyRegistrationsQuery, TrainingMyRegistrationsQueryVariables>;
export const TrainingRegisterDocument = new TypedDocumentString(`
    mutation TrainingRegister($input: TrainingRegistrationCreateInput!) {
  trainingRegistrationCreate(input: $input) {
    registration {
      id
      status
      waitlistPosition
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:8677a609dc7108bc3a63b833bb1de9e9dbe2409d726efa3be711fb019d6c97bf"}) as unknown as TypedDocumentString<TrainingRegisterMutation, TrainingRegisterMutationVariables>;
export const TrainingRegistrationCancelDocument = new TypedDocumentString(`
    mutation TrainingRegistrationCancel($input: TrainingRegistrationCancelInput!) {
  trainingRegistrationCancel(input: $input) {
    registration {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:f195f35f6d30ec6c6dee4f8589ac32bb61c7817441afe327bed4aaaf5557e241"}) as unknown as TypedDocumentString<TrainingRegistrationCancelMutation, TrainingRegistrationCancelMutationVariables>;
export const VerificationQueueDocument = new TypedDocumentString(`
    query VerificationQueue($after: String, $search: String, $governorates: [String!], $status: VerificationCaseStatus) {
  verificationCases(
    search: $search
    governorates: $governorates
    status: $status
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        submittedAt
        waitingMinutes
        organization {
          id
          slug
          name {
            ar
            en
          }
          governorate {
            name {
              ar
              en
            }
          }
          legalForm {
            name {
              ar
              en
            }
          }
        }
      }
    }
  }
  governorates {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:4860ae88ed65ffd29a63c28a966064fb0684dc022dcfa19954e140da22a5c1fa"}) as unknown as TypedDocumentString<VerificationQueueQuery, VerificationQueueQueryVariables>;
export const VerificationCaseDocument = new TypedDocumentString(`
    query VerificationCase($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    slug
    name {
      ar
      en
    }
    governorate {
      name {
        ar
        en
      }
    }
    legalForm {
      name {
        ar
        en
      }
    }
    identifiers {
      scheme
      identifier
    }
    verification {
      state
      decidedAt
    }
    verificationNote
    verificationEvidence {
      id
      mediaType
      sizeBytes
      sha256
      uploadedAt
    }
  }
}
    `, {"hash":"sha256:8d16bd9214c367808ada1646e5ba322cabf4078cfedea31aab9601583b26a30d"}) as unknown as TypedDocumentString<VerificationCaseQuery, VerificationCaseQueryVariables>;
export const VerificationHistoryDocument = new TypedDocumentString(`
    query VerificationHistory($subjectId: ID!) {
  auditEvents(subjectId: $subjectId, first: 50) {
    edges {
      node {
        id
        action
        fromState
        toState
        reason
        occurredAt
      }
    }
  }
}
    `, {"hash":"sha256:a3b8db8e642a38f1edf4d166b1d9558c7758094c547e96e318241fe980cb55e4"}) as unknown as TypedDocumentString<VerificationHistoryQuery, VerificationHistoryQueryVariables>;
export const VerificationDecideDocument = new TypedDocumentString(`
    mutation VerificationDecide($input: OrganizationVerificationDecideInput!) {
  organizationVerificationDecide(input: $input) {
    organization {
      verification {
        state
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:c8d47a4eb7e40c7c716f2e7350b1bb09f8c88d8c5a40e61f599765e8f84bb515"}) as unknown as TypedDocumentString<VerificationDecideMutation, VerificationDecideMutationVariables>;
export const ClaimQueueDocument = new TypedDocumentString(`
    query ClaimQueue {
  organizationClaims(first: 50) {
    totalCount
    edges {
      node {
        id
        claimantName
        claimantEmail
        message
        createdAt
        organization {
          slug
          name {
            ar
            en
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:1165ac24fe67e8f1c4bbe436907842a7c1cca43aa45a8016249a283621c2dbff"}) as unknown as TypedDocumentString<ClaimQueueQuery, ClaimQueueQueryVariables>;
export const ClaimDecideDocument = new TypedDocumentString(`
    mutation ClaimDecide($input: OrganizationClaimDecideInput!) {
  organizationClaimDecide(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:ca7086948588b911ba68d049c4e32285ceeccbd834e77c5d856f79a689ecb3d2"}) as unknown as TypedDocumentString<ClaimDecideMutation, ClaimDecideMutationVariables>;
export const WorkspaceCodeListsDocument = new TypedDocumentString(`
    query WorkspaceCodeLists {
  governorates {
    code
    name {
      ar
      en
    }
  }
  legalForms {
    code
    name {
      ar
      en
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  sectors {
    code
    name {
      ar
      en
    }
  }
}
    `, {"hash":"sha256:afebff6995904fe370f93296798215d3e8d56e75a6743d0bc9a295b7b9cba680"}) as unknown as TypedDocumentString<WorkspaceCodeListsQuery, WorkspaceCodeListsQueryVariables>;
export const WorkspaceOrganizationDocument = new TypedDocumentString(`
    query WorkspaceOrganization($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    logoUrl
    ...WorkspaceProfile
    governorate {
      code
      name {
        ar
        en
      }
    }
    legalForm {
      code
      name {
        ar
        en
      }
    }
    verification {
      state
      decidedAt
    }
    verificationNote
    verificationEvidence {
      id
      mediaType
      sizeBytes
      uploadedAt
    }
    members {
      userId
      name
      role
    }
  }
  targetGroups {
    code
    name {
      ar
      en
    }
  }
  sectors {
    code
    name {
      ar
      en
    }
  }
}
    fragment WorkspaceProfile on Organization {
  slug
  version
  acronym
  name {
    ar
    en
  }
  mission {
    ar
    en
  }
  address {
    ar
    en
  }
  district
  foundingYear
  website
  staffCount
  volunteerCount
  targetGroups {
    code
  }
  sectors {
    code
  }
  publicContacts {
    name
    role
    email
    phone
  }
  privateContacts {
    name
    role
    email
    phone
  }
  socialLinks {
    kind
    url
  }
}`, {"hash":"sha256:2c220550fb8b41ad240d80a2f4f526e4bd9ee1e4083f8edb539d20c854da6d5b"}) as unknown as TypedDocumentString<WorkspaceOrganizationQuery, WorkspaceOrganizationQueryVariables>;
export const OrganizationRegisterDocument = new TypedDocumentString(`
    mutation OrganizationRegister($input: OrganizationRegisterInput!) {
  organizationRegister(input: $input) {
    organization {
      slug
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:96546ad93b79a77bbe03392d91e13b972d3bfa7d5804e4a10236e96c577f4207"}) as unknown as TypedDocumentString<OrganizationRegisterMutation, OrganizationRegisterMutationVariables>;
export const OrganizationClaimDocument = new TypedDocumentString(`
    mutation OrganizationClaim($input: OrganizationClaimInput!) {
  organizationClaim(input: $input) {
    claimId
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:320c23edd30e00cb8bf661c6b457ffbdde064ad20c5c2d82fbb5793e74978968"}) as unknown as TypedDocumentString<OrganizationClaimMutation, OrganizationClaimMutationVariables>;
export const ClaimTargetDocument = new TypedDocumentString(`
    query ClaimTarget($slug: String!) {
  organizationBySlug(slug: $slug) {
    id
    slug
    name {
      ar
      en
    }
    governorate {
      name {
        ar
        en
      }
    }
  }
}
    `, {"hash":"sha256:bee0e8c604ce29ae7adef316f38e185f288fa09b788ceb2f97743b31b4b7a6e3"}) as unknown as TypedDocumentString<ClaimTargetQuery, ClaimTargetQueryVariables>;
export const OrganizationUpdateDocument = new TypedDocumentString(`
    mutation OrganizationUpdate($input: OrganizationUpdateInput!) {
  organizationUpdate(input: $input) {
    organization {
      ...WorkspaceProfile
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment WorkspaceProfile on Organization {
  slug
  version
  acronym
  name {
    ar
    en
  }
  mission {
    ar
    en
  }
  address {
    ar
    en
  }
  district
  foundingYear
  website
  staffCount
  volunteerCount
  targetGroups {
    code
  }
  sectors {
    code
  }
  publicContacts {
    name
    role
    email
    phone
  }
  privateContacts {
    name
    role
    email
    phone
  }
  socialLinks {
    kind
    url
  }
}`, {"hash":"sha256:106f62fafb56ba9dc9e7547e0413568756c88c249c28d8cb9290c5b516c32fcf"}) as unknown as TypedDocumentString<OrganizationUpdateMutation, OrganizationUpdateMutationVariables>;
export const MemberInviteDocument = new TypedDocumentString(`
    mutation MemberInvite($input: OrganizationMemberInviteInput!) {
  organizationMemberInvite(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:a497e2e9763e4248f887f7b6fc8724cef7ee74c1a6ed2a75f811f432b6eed221"}) as unknown as TypedDocumentString<MemberInviteMutation, MemberInviteMutationVariables>;
export const MemberUpdateDocument = new TypedDocumentString(`
    mutation MemberUpdate($input: OrganizationMemberUpdateInput!) {
  organizationMemberUpdate(input: $input) {
    userErrors {
      field
      code
      message
      organizationNames {
        ar
        en
      }
    }
  }
}
    `, {"hash":"sha256:b9f905574aa2f8c4f705f127e787702db495b737079b982309d7fab1c55691ec"}) as unknown as TypedDocumentString<MemberUpdateMutation, MemberUpdateMutationVariables>;
export const InvitationDocument = new TypedDocumentString(`
    query Invitation($token: String!) {
  organizationInvitation(token: $token) {
    role
    inviterName
    expiresAt
    organization {
      slug
      name {
        ar
        en
      }
    }
  }
}
    `, {"hash":"sha256:49e5a1b501b49956a23f62c40a4e790871aaf61184c369e3e7d7951a4d73b7d0"}) as unknown as TypedDocumentString<InvitationQuery, InvitationQueryVariables>;
export const InvitationAcceptDocument = new TypedDocumentString(`
    mutation InvitationAccept($input: OrganizationInvitationAcceptInput!) {
  organizationInvitationAccept(input: $input) {
    organization {
      slug
      name {
        ar
        en
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:11d8e7b2da17643ff97218ce6d0003cce74a0ae194d23610a532c4b9ab638bf9"}) as unknown as TypedDocumentString<InvitationAcceptMutation, InvitationAcceptMutationVariables>;
export const VerificationSubmitDocument = new TypedDocumentString(`
    mutation VerificationSubmit($input: OrganizationVerificationSubmitInput!) {
  organizationVerificationSubmit(input: $input) {
    organization {
      verification {
        state
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `, {"hash":"sha256:fb34b475be1eb049699dae50b5e343652bff0d99273555f3db28308b50f54a6a"}) as unknown as TypedDocumentString<VerificationSubmitMutation, VerificationSubmitMutationVariables>;