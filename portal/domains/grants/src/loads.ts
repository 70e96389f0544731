import { error } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, type Execute } from '@shabaka/graphql';
import type { ViewerLocals } from '@shabaka/ui';
import { currentViewer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import {
  GrantApplicationQuery,
  GrantCallQuery,
  GrantCallsQuery,
  GrantViewerApplicationsQuery,
} from './graphql/grants.js';

/** What the grants pages need from a SvelteKit event (the shell provides it). */
export interface GrantsEvent {
  locals: { api: Execute; signedIn: boolean } & ViewerLocals;
  url: URL;
  params: Record<string, string>;
}

/** Runs a public load's queries; an unreachable API becomes a designed "unavailable" state, not an error page. */
async function orUnavailable<T extends object>(work: () => Promise<T>): Promise<T | { state: 'unavailable' }> {
  try {
    return await work();
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw failure;
  }
}

/** The calls for proposals: open and past ones. */
export async function loadCalls(event: GrantsEvent) {
  return orUnavailable(async () => {
    const answer = await event.locals.api(GrantCallsQuery, { first: 50 });
    return { state: 'ready' as const, calls: answer.grantCalls.edges.map((e) => e.node) };
  });
}

/** A call's page: its rules, lots and questions, and the organisations the viewer may apply for. */
export async function loadCall(event: GrantsEvent) {
  const viewer = await currentViewer(event);
  return orUnavailable(async () => {
    const answer = await event.locals.api(GrantCallQuery, { id: event.params.id ?? '' });
    if (!answer.grantCall) error(404, 'Not found');
    const applicants = (viewer?.memberships ?? [])
      .filter((m) => m.role === 'OWNER' || m.role === 'EDITOR')
      .map((m) => m.organization);
    const call = answer.grantCall;
    // the applications of the viewer's organisations to this call (lead, co-applicant or associate)
    const mine = viewer
      ? ((await event.locals.api(GrantViewerApplicationsQuery, {})).viewer?.grantApplications.edges ?? [])
          .map((e) => e.node)
          .filter((a) => a.call.uuid === call.uuid)
      : [];
    return { state: 'ready' as const, call, signedIn: viewer !== null, applicants, mine };
  });
}

/** An application's page: only its consortium's members and officers see it (the API decides). */
export async function loadApplication(event: GrantsEvent) {
  await requireViewer(event);
  let answer;
  try {
    answer = await event.locals.api(GrantApplicationQuery, { id: event.params.id ?? '' });
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
    throw failure;
  }
  if (!answer.grantApplication) error(404, 'Not found');
  return {
    state: 'ready' as const,
    application: answer.grantApplication,
    submitted: event.url.searchParams.has('submitted'),
  };
}
