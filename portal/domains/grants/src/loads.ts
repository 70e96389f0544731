import { error } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, type Execute } from '@shabaka/graphql';
import type { ViewerLocals } from '@shabaka/ui';
import { currentViewer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import {
  GrantApplicationQuery,
  GrantCallQuery,
  GrantCallsQuery,
  GrantPartnerSearchQuery,
  GrantViewerApplicationsQuery,
  GrantViewerInstitutionsQuery,
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
    return {
      state: 'ready' as const,
      call,
      signedIn: viewer !== null,
      applicants,
      mine,
      asked: event.url.searchParams.has('asked'),
    };
  });
}

/** The application as the viewer may see it (the API decides); signed-out readers are sent to sign in. */
async function applicationOf(event: GrantsEvent) {
  await requireViewer(event);
  let answer;
  try {
    answer = await event.locals.api(GrantApplicationQuery, { id: event.params.id ?? '' });
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
    throw failure;
  }
  if (!answer.grantApplication) error(404, 'Not found');
  return answer.grantApplication;
}

/** A partner found by name for the consortium step: a CSO (co-applicant) or a public institution (associate). */
export interface PartnerCandidate {
  id: string;
  role: 'CO_APPLICANT' | 'ASSOCIATE';
  name: { ar: string | null; en: string | null };
}

/** The directory's CSOs and the institutions whose name holds the words searched (case and diacritics aside). */
async function partnerCandidates(event: GrantsEvent, search: string): Promise<PartnerCandidate[]> {
  const answer = await event.locals.api(GrantPartnerSearchQuery, { search });
  const fold = (value: string | null | undefined) =>
    (value ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f\u064b-\u065f]/g, '')
      .toLowerCase();
  const words = fold(search).split(/\s+/).filter(Boolean);
  const institutions = answer.institutions.edges
    .map((e) => e.node)
    .filter((i) => words.every((w) => fold(i.name.ar).includes(w) || fold(i.name.en).includes(w)))
    .slice(0, 10);
  return [
    ...answer.organizations.edges.map((e) => ({ id: e.node.id, role: 'CO_APPLICANT' as const, name: e.node.name })),
    ...institutions.map((i) => ({ id: i.id, role: 'ASSOCIATE' as const, name: i.name })),
  ];
}

/** An application's page: only its consortium's members and officers see it; `?partnerSearch=` finds partners. */
export async function loadApplication(event: GrantsEvent) {
  const application = await applicationOf(event);
  const partnerSearch = (event.url.searchParams.get('partnerSearch') ?? '').trim().slice(0, 200);
  const taken = new Set([
    application.lead?.id,
    ...application.partners.map((p) => p.organization?.id ?? p.institution?.id),
  ]);
  const candidates =
    application.viewerCanEdit && partnerSearch
      ? (await partnerCandidates(event, partnerSearch)).filter((c) => !taken.has(c.id))
      : [];
  return {
    state: 'ready' as const,
    application,
    partnerSearch,
    candidates,
    submitted: event.url.searchParams.has('submitted'),
    saved: event.url.searchParams.has('saved'),
  };
}

/** The confirmation page of an invited partner: the partners the viewer edits for (organisation or institution). */
export async function loadConfirm(event: GrantsEvent) {
  const viewer = await requireViewer(event);
  const application = await applicationOf(event);
  const editsFor = new Set(
    viewer.memberships.filter((m) => m.role === 'OWNER' || m.role === 'EDITOR').map((m) => m.organization.id),
  );
  const institutions = (await event.locals.api(GrantViewerInstitutionsQuery, {})).viewer?.institutionMemberships ?? [];
  for (const membership of institutions) {
    if (membership.role === 'OWNER' || membership.role === 'EDITOR') editsFor.add(membership.institution.id);
  }
  const mine = application.partners.filter((p) => editsFor.has(p.organization?.id ?? p.institution?.id ?? ''));
  return { state: 'ready' as const, application, mine, confirmed: event.url.searchParams.has('confirmed') };
}

/** The viewer's applications (as lead, co-applicant or associate), newest first. */
export async function loadMine(event: GrantsEvent) {
  await requireViewer(event);
  const answer = await event.locals.api(GrantViewerApplicationsQuery, {});
  return {
    state: 'ready' as const,
    applications: (answer.viewer?.grantApplications.edges ?? []).map((e) => e.node),
    declined: event.url.searchParams.has('declined'),
  };
}

/** A step of the application form: the application as the viewer may see it. */
export async function loadApplicationStep(event: GrantsEvent) {
  const application = await applicationOf(event);
  return {
    state: 'ready' as const,
    application,
    saved: event.url.searchParams.has('saved'),
    attached: event.url.searchParams.has('attached'),
  };
}
