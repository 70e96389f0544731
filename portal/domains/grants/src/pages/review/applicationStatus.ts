import * as m from '../../paraglide/messages.js';

/** The words of an application's state on the review pages. */
export const APPLICATION_STATUS = {
  DRAFT: m.grants_review_app_status_DRAFT,
  SUBMITTED: m.grants_review_app_status_SUBMITTED,
  WITHDRAWN: m.grants_review_app_status_WITHDRAWN,
  INELIGIBLE: m.grants_review_app_status_INELIGIBLE,
  ELIGIBLE: m.grants_review_app_status_ELIGIBLE,
  UNDER_REVIEW: m.grants_review_app_status_UNDER_REVIEW,
  SHORTLISTED: m.grants_review_app_status_SHORTLISTED,
  REJECTED: m.grants_review_app_status_REJECTED,
} as const;
