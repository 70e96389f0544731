/** The review pages' words for the API's userError codes. */
import { formErrors } from '@shabaka/ui/forms';
import * as m from '../paraglide/messages.js';

export const { rejected: rejectedReview } = formErrors({
  codes: {
    SCORE_OUT_OF_RANGE: m.grants_review_err_score_range,
    SCORES_INCOMPLETE: m.grants_review_err_scores_incomplete,
    CONFLICT_OF_INTEREST: m.grants_review_err_conflict,
    CONFLICT_DECLARED: m.grants_review_err_conflict_declared,
    TOO_FEW_REVIEWERS: m.grants_review_err_too_few,
    ALREADY_SUBMITTED: m.grants_review_err_submitted,
    REQUIRED: m.grants_review_err_required,
    REVIEWS_INCOMPLETE: m.grants_review_err_reviews_incomplete,
    WRONG_STATE: m.grants_review_err_wrong_state,
    RUBRIC_REQUIRED: m.grants_review_err_rubric_required,
  },
});
