/**
 * The review pages' form actions: each reads its form, calls one mutation, and either redirects (303) or answers the
 * form as typed with the API's errors next to their fields. They work without JavaScript.
 */
import { redirect } from '@sveltejs/kit';
import { pagePath } from '@shabaka/ui';
import { act, invalid, required, text } from '@shabaka/ui/forms';
import type { GrantsActionEvent } from '../actions.js';
import { rejectedReview } from './review.errors.js';
import {
  GrantReviewAnnotateMutation,
  GrantReviewAssignMutation,
  GrantReviewDecideMutation,
  GrantReviewEligibilityDecideMutation,
  ReviewAssignmentQuery,
  ReviewConflictDeclareMutation,
  ReviewScoresSaveMutation,
  ReviewSubmitMutation,
} from './review.graphql.js';

/** Saves the rubric form's scores; with `submit`, submits the review after saving. */
export async function saveReview(event: GrantsActionEvent) {
  return act('scores', event, async (data, values) => {
    const id = event.params.assignmentId ?? '';
    const rubric = (await event.locals.api(ReviewAssignmentQuery, { id })).reviewAssignment?.rubric;
    const scores = (rubric?.criteria ?? [])
      .filter((c) => text(data, `score-${c.code}`) !== '')
      .map((c) => ({
        criterionCode: c.code,
        score: Number(text(data, `score-${c.code}`)),
        comment: text(data, `comment-${c.code}`) || null,
      }));
    const saved = (await event.locals.api(ReviewScoresSaveMutation, { input: { assignmentId: id, scores } }))
      .reviewScoresSave;
    if (saved.userErrors.length > 0) {
      // a score's path names its row: scores.<i>.score becomes the criterion's field
      const errors = saved.userErrors.map((e) => {
        const row = e.field?.[2] !== undefined ? scores[Number(e.field[2])] : undefined;
        return row ? { ...e, field: [`score-${row.criterionCode}`] } : e;
      });
      return rejectedReview('scores', event, values, errors);
    }
    if (text(data, 'intent') === 'submit') {
      const done = (await event.locals.api(ReviewSubmitMutation, { input: { assignmentId: id } })).reviewSubmit;
      if (done.userErrors.length > 0) return rejectedReview('scores', event, values, done.userErrors);
    }
    redirect(303, pagePath(event.locals.locale, `grants/review/${id}?saved`));
  });
}

export async function declareConflict(event: GrantsActionEvent) {
  return act('conflict', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['reason']);
    if (Object.keys(missing).length) return invalid('conflict', values, missing);
    const id = event.params.assignmentId ?? '';
    const result = (
      await event.locals.api(ReviewConflictDeclareMutation, {
        input: { assignmentId: id, reason: text(data, 'reason') },
      })
    ).reviewConflictDeclare;
    if (result.userErrors.length > 0) return rejectedReview('conflict', event, values, result.userErrors);
    redirect(303, pagePath(event.locals.locale, 'grants/review'));
  });
}

export async function decideEligibility(event: GrantsActionEvent) {
  return act('eligibility', event, async (data, values) => {
    const result = (
      await event.locals.api(GrantReviewEligibilityDecideMutation, {
        input: {
          applicationId: text(data, 'applicationId'),
          eligible: text(data, 'eligible') === 'yes',
          reasons: text(data, 'reasons') || null,
        },
      })
    ).grantApplicationEligibilityDecide;
    if (result.userErrors.length > 0) return rejectedReview('eligibility', event, values, result.userErrors);
    redirect(303, pagePath(event.locals.locale, `grants/officer/calls/${event.params.id ?? ''}/applications`));
  });
}

export async function assignReviewers(event: GrantsActionEvent) {
  return act('assign', event, async (data, values) => {
    const reviewerIds = data.getAll('reviewerIds').filter((v): v is string => typeof v === 'string');
    const id = event.params.id ?? '';
    const result = (await event.locals.api(GrantReviewAssignMutation, { input: { applicationId: id, reviewerIds } }))
      .grantApplicationReviewersAssign;
    if (result.userErrors.length > 0) return rejectedReview('assign', event, values, result.userErrors);
    redirect(303, pagePath(event.locals.locale, `grants/officer/applications/${id}/assign?assigned`));
  });
}

export async function annotateRanking(event: GrantsActionEvent) {
  return act('annotate', event, async (data, values) => {
    const result = (
      await event.locals.api(GrantReviewAnnotateMutation, {
        input: { applicationId: text(data, 'applicationId'), note: text(data, 'note') || null },
      })
    ).grantApplicationRankingAnnotate;
    if (result.userErrors.length > 0) return rejectedReview('annotate', event, values, result.userErrors);
    redirect(303, pagePath(event.locals.locale, `grants/officer/calls/${event.params.id ?? ''}/ranking`));
  });
}

export async function decideReview(event: GrantsActionEvent) {
  return act('decide', event, async (data, values) => {
    const decision = text(data, 'decision') === 'REJECT' ? 'REJECT' : 'SHORTLIST';
    const result = (
      await event.locals.api(GrantReviewDecideMutation, {
        input: { applicationId: text(data, 'applicationId'), decision, note: text(data, 'note') || null },
      })
    ).grantApplicationReviewDecide;
    if (result.userErrors.length > 0) return rejectedReview('decide', event, values, result.userErrors);
    redirect(303, pagePath(event.locals.locale, `grants/officer/calls/${event.params.id ?? ''}/ranking`));
  });
}
