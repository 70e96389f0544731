import { error, redirect } from '@sveltejs/kit';
import type { ApiFiles, Execute } from '@shabaka/graphql';
import { pagePath, type ViewerLocals } from '@shabaka/ui';
import { isOfficer, refused, requireViewer, roleIn, signInFirst } from '@shabaka/ui/viewer';
import {
  ClaimQueueQuery,
  VerificationCaseQuery,
  VerificationHistoryQuery,
  VerificationQueueQuery,
} from './graphql/console.js';
import {
  ClaimTargetQuery,
  InvitationQuery,
  WorkspaceCodeListsQuery,
  WorkspaceOrganizationQuery,
} from './graphql/workspace.js';

/** What the workspace pages need from a SvelteKit event (the shell provides it). */
export interface AccountEvent {
  locals: { api: Execute; files: ApiFiles; signedIn: boolean } & ViewerLocals;
  url: URL;
  params: Record<string, string>;
}

/** Pages opened from an emailed link (an invitation): the token from the link. */
function tokenOf({ url }: AccountEvent): string {
  return url.searchParams.get('token') ?? '';
}

/** The invitation of the link: its organisation, role, inviter and expiry (null when wrong, expired or used). */
export async function loadInvitation(event: AccountEvent) {
  await requireViewer(event);
  const token = tokenOf(event);
  const { organizationInvitation } = token
    ? await event.locals.api(InvitationQuery, { token })
    : { organizationInvitation: null };
  return { token, invitation: organizationInvitation ?? null };
}
export type InvitationData = Awaited<ReturnType<typeof loadInvitation>>;

export async function loadRegister(event: AccountEvent) {
  await requireViewer(event);
  return { lists: await event.locals.api(WorkspaceCodeListsQuery) };
}
export type RegisterData = Awaited<ReturnType<typeof loadRegister>>;

export async function loadClaim(event: AccountEvent) {
  await requireViewer(event);
  const slug = event.url.searchParams.get('organization') ?? '';
  try {
    const { organizationBySlug } = await event.locals.api(ClaimTargetQuery, { slug });
    if (!organizationBySlug) error(404, 'Not found');
    return { organization: organizationBySlug };
  } catch (failure) {
    refused(event, failure);
  }
}
export type ClaimData = Awaited<ReturnType<typeof loadClaim>>;

export async function loadWorkspace(event: AccountEvent) {
  const viewer = await requireViewer(event);
  try {
    const data = await event.locals.api(WorkspaceOrganizationQuery, { slug: event.params.slug ?? '' });
    const organization = data.organizationBySlug;
    if (!organization) error(404, 'Not found');
    return {
      organization,
      targetGroups: data.targetGroups,
      sectors: data.sectors,
      role: roleIn(viewer, organization.slug),
      viewerId: viewer.uuid,
      officer: isOfficer(viewer),
      uploadMaxBytes: event.locals.files.maxBytes,
    };
  } catch (failure) {
    refused(event, failure);
  }
}
export type WorkspaceData = Awaited<ReturnType<typeof loadWorkspace>>;

export async function loadConsole(event: AccountEvent) {
  if (!event.locals.signedIn) signInFirst(event);
  try {
    // both are officers' reads: the API refuses anyone else (403 here)
    const params = event.url.searchParams;
    const status = params.get('status');
    const filter = {
      search: params.get('search')?.trim() ?? '',
      governorate: params.get('governorate') ?? '',
      status: status === 'WAITING' || status === 'INFORMATION_REQUESTED' ? status : '',
    } as const;
    const [{ verificationCases, governorates }, { organizationClaims }] = await Promise.all([
      event.locals.api(VerificationQueueQuery, {
        after: params.get('after'),
        search: filter.search || null,
        governorates: filter.governorate ? [filter.governorate] : null,
        status: filter.status || null,
      }),
      event.locals.api(ClaimQueueQuery),
    ]);
    return { queue: verificationCases, governorates, filter, claims: organizationClaims };
  } catch (failure) {
    refused(event, failure);
  }
}
export type ConsoleData = Awaited<ReturnType<typeof loadConsole>>;

export async function loadCase(event: AccountEvent) {
  if (!event.locals.signedIn) signInFirst(event);
  try {
    const { organizationBySlug } = await event.locals.api(VerificationCaseQuery, { slug: event.params.slug ?? '' });
    if (!organizationBySlug) error(404, 'Not found');
    const { auditEvents } = await event.locals.api(VerificationHistoryQuery, { subjectId: organizationBySlug.id });
    return { organization: organizationBySlug, history: auditEvents.edges.map((edge) => edge.node) };
  } catch (failure) {
    refused(event, failure);
  }
}
export type CaseData = Awaited<ReturnType<typeof loadCase>>;

/** GET of an evidence file for its organisation's members and officers: the API decides, the portal relays. */
export async function downloadEvidence(event: AccountEvent): Promise<Response> {
  const id = event.params.id ?? '';
  if (!/^[0-9a-f-]{36}$/.test(id)) error(404, 'Not found');
  const response = await event.locals.files.download(`/uploads/verification-evidence/${id}`);
  if (response.status === 401) redirect(303, pagePath(event.locals.locale, 'account/sign-in'));
  if (!response.ok) error(response.status === 403 ? 403 : 404, 'Not found');
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-length', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
