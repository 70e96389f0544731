/** The review pages' data: reviewers' assignments, and the officers' applications per call, assignment and ranking. */
import { error } from '@sveltejs/kit';
import { ApiError } from '@shabaka/graphql';
import { refused, requireViewer } from '@shabaka/ui/viewer';
import type { GrantsEvent } from '../loads.js';
import {
  GrantReviewAssignQuery,
  GrantReviewCallApplicationsQuery,
  GrantReviewRankingQuery,
  ReviewAssignmentQuery,
  ReviewViewerAssignmentsQuery,
} from './review.graphql.js';

async function asked<T>(event: GrantsEvent, work: () => Promise<T>): Promise<T> {
  await requireViewer(event);
  try {
    return await work();
  } catch (failure) {
    if (failure instanceof ApiError) refused(event, failure);
    throw failure;
  }
}

/** A reviewer's assignments, newest first. */
export async function loadReviewAssignments(event: GrantsEvent) {
  return asked(event, async () => {
    const answer = await event.locals.api(ReviewViewerAssignmentsQuery, {});
    return { state: 'ready' as const, assignments: (answer.viewer?.reviewAssignments.edges ?? []).map((e) => e.node) };
  });
}

/** One of the reviewer's assignments with its application (read-only), rubric and scores; 404 for anyone else's. */
export async function loadReviewAssignment(event: GrantsEvent) {
  return asked(event, async () => {
    const answer = await event.locals.api(ReviewAssignmentQuery, { id: event.params.assignmentId ?? '' });
    if (!answer.reviewAssignment) error(404, 'Not found');
    return { state: 'ready' as const, assignment: answer.reviewAssignment, saved: event.url.searchParams.has('saved') };
  });
}

/** A call's submitted applications, per lot, with their state (officers). */
export async function loadCallApplications(event: GrantsEvent) {
  return asked(event, async () => {
    const answer = await event.locals.api(GrantReviewCallApplicationsQuery, { id: event.params.id ?? '' });
    if (!answer.grantCall) error(404, 'Not found');
    return {
      state: 'ready' as const,
      call: answer.grantCall,
      applications: answer.grantApplications.edges.map((e) => e.node),
    };
  });
}

/** The reviewer picker of an application (officers): conflicted reviewers are not offered. */
export async function loadAssign(event: GrantsEvent) {
  return asked(event, async () => {
    const answer = await event.locals.api(GrantReviewAssignQuery, { id: event.params.id ?? '' });
    if (!answer.grantApplication) error(404, 'Not found');
    return {
      state: 'ready' as const,
      application: answer.grantApplication,
      offered: answer.grantApplication.reviewerCandidates.filter((c) => !c.conflict && !c.assigned),
      assigned: event.url.searchParams.has('assigned'),
    };
  });
}

/** The ranking of each lot of a call (officers). */
export async function loadRanking(event: GrantsEvent) {
  return asked(event, async () => {
    const answer = await event.locals.api(GrantReviewRankingQuery, { id: event.params.id ?? '' });
    if (!answer.grantCall) error(404, 'Not found');
    return { state: 'ready' as const, call: answer.grantCall, lots: answer.grantCallRanking };
  });
}
