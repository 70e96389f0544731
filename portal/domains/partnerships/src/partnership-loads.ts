/**
 * Loads of the requests, partnership and registry pages. The API decides who sees what; these only turn its
 * refusals into sign-in, 403 or 404 and pick the party (organisation or institution) the viewer acts for.
 */
import { error } from '@sveltejs/kit';
import {
  ApiError,
  ApiUnavailableError,
  type Execute,
  type PartnershipKind,
  type PartnershipStatus,
} from '@shabaka/graphql';
import { currentViewer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import {
  PartnershipOrganizationPartnershipsQuery,
  PartnershipOverviewQuery,
  PartnershipQuery,
  PartnershipRegistryQuery,
  PartnershipRequestTargetQuery,
  PartnershipRequestsQuery,
  PartnershipViewerPartiesQuery,
} from './graphql/partnerships.js';
import type { PartnershipsEvent } from './loads.js';

const PAGE_SIZE = 20;
const PARTNERSHIP_KINDS: readonly PartnershipKind[] = ['CSO_CSO', 'CSO_INSTITUTION'];
/** The statuses the public registry lists. */
const PUBLIC_STATUSES: readonly PartnershipStatus[] = ['ACTIVE', 'COMPLETED'];

/** A party the viewer belongs to: an organisation or an institution, and whether their role lets them act. */
export interface ActingParty {
  id: string;
  slug: string;
  kind: 'organization' | 'institution';
  name: { ar?: string | null; en?: string | null };
  canAct: boolean;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function guard(event: PartnershipsEvent, failure: unknown): never {
  if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
  if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
  if (failure instanceof ApiError && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
    error(404, 'Not found');
  }
  throw failure;
}

async function orUnavailable<T extends object>(work: () => Promise<T>): Promise<T | { state: 'unavailable' }> {
  try {
    return await work();
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw failure;
  }
}

type PartyName = {
  __typename: 'Organization' | 'Institution';
  id: string;
  slug: string;
  name: { ar: string | null; en: string | null };
};

/** A node that is an organisation or an institution (a node of another type, or none: not a party). */
function isParty(node: unknown): node is PartyName {
  return typeof node === 'object' && node !== null && 'slug' in node && 'id' in node;
}

/** The organisations and institutions the signed-in person belongs to. */
export async function viewerParties(api: Execute): Promise<{ parties: ActingParty[]; officer: boolean }> {
  const { viewer } = await api(PartnershipViewerPartiesQuery, {});
  if (!viewer) return { parties: [], officer: false };
  const parties: ActingParty[] = [
    ...viewer.memberships.map((entry) => ({
      id: entry.organization.id,
      slug: entry.organization.slug,
      kind: 'organization' as const,
      name: entry.organization.name,
      canAct: entry.role !== 'VIEWER',
    })),
    ...viewer.institutionMemberships.map((entry) => ({
      id: entry.institution.id,
      slug: entry.institution.slug,
      kind: 'institution' as const,
      name: entry.institution.name,
      canAct: entry.role !== 'VIEWER',
    })),
  ];
  const officer = viewer.roles.some((role) => ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'].includes(role));
  return { parties, officer };
}

/** The inbox and outbox of one of the viewer's parties (`?party=`, else the first). */
export async function loadRequests(event: PartnershipsEvent) {
  await requireViewer(event);
  const params = event.url.searchParams;
  try {
    const { parties, officer } = await viewerParties(event.locals.api);
    const party =
      parties.find((entry) => entry.id === params.get('party')) ??
      parties.find((entry) => entry.kind === 'organization' && entry.slug === params.get('organization')) ??
      parties[0] ??
      null;
    if (!party) return { state: 'noParty' as const, parties, officer };
    const boxes = await event.locals.api(PartnershipRequestsQuery, {
      partyId: party.id,
      inboxAfter: params.get('inboxAfter'),
      outboxAfter: params.get('outboxAfter'),
    });
    return {
      state: 'ready' as const,
      parties,
      officer,
      party,
      inbox: boxes.inbox,
      outbox: boxes.outbox,
      done: params.get('done'),
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type RequestsData = Awaited<ReturnType<typeof loadRequests>>;

/** The form to send a request to `?to=` (an organisation or institution), answering `?listing=` when given. */
export async function loadRequestNew(event: PartnershipsEvent) {
  await requireViewer(event);
  const params = event.url.searchParams;
  const to = params.get('to') ?? '';
  const listingId = params.get('listing');
  if (!to) error(404, 'Not found');
  try {
    const answer = await event.locals.api(PartnershipRequestTargetQuery, {
      to,
      listing: listingId ?? to,
      withListing: Boolean(listingId),
    });
    const target = isParty(answer.to) ? answer.to : null;
    if (!target) error(404, 'Not found');
    const listing = answer.listing && 'capability' in answer.listing ? answer.listing : null;
    const { parties } = await viewerParties(event.locals.api);
    const senders = parties.filter((party) => party.canAct && party.id !== target.id);
    return {
      target,
      listing,
      senders,
      initial: { fromPartyId: senders[0]?.id ?? '', message: '' } as Record<string, string>,
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type RequestNewData = Awaited<ReturnType<typeof loadRequestNew>>;

/** A partnership's page; for a member party's editors, the forms to confirm, record the agreement, end it. */
export async function loadPartnership(event: PartnershipsEvent) {
  const viewer = await currentViewer(event);
  return orUnavailable(async () => {
    try {
      const { partnership, governorates, targetGroups } = await event.locals.api(PartnershipQuery, {
        id: event.params.id ?? '',
      });
      if (!partnership) error(404, 'Not found');
      const memberIds = new Set(partnership.members.map((member) => member.party?.id).filter(Boolean));
      const acting = viewer
        ? (await viewerParties(event.locals.api)).parties.filter((party) => party.canAct && memberIds.has(party.id))
        : [];
      return {
        state: 'ready' as const,
        partnership,
        acting: acting.map((party) => party.id),
        governorates,
        targetGroups,
        done: event.url.searchParams.get('done'),
        uploadMaxBytes: event.locals.files?.maxBytes ?? 0,
      };
    } catch (failure) {
      guard(event, failure);
    }
  });
}
export type PartnershipData = Awaited<ReturnType<typeof loadPartnership>>;

/** The public registry: active and completed partnerships by governorate, target group and kind. */
export async function loadRegistry(event: PartnershipsEvent) {
  const params = event.url.searchParams;
  const filter = {
    governorate: params.get('governorate') || null,
    targetGroup: params.get('targetGroup') || null,
    kind: oneOf(params.get('kind'), PARTNERSHIP_KINDS),
    status: oneOf(params.get('status'), PUBLIC_STATUSES),
  };
  const run = (paged: boolean) => {
    const before = paged ? params.get('before') : null;
    return event.locals.api(PartnershipRegistryQuery, {
      filter,
      first: before ? null : PAGE_SIZE,
      after: paged && !before ? params.get('after') : null,
      last: before ? PAGE_SIZE : null,
      before,
    });
  };
  return orUnavailable(async () => {
    let answer;
    try {
      answer = await run(true);
    } catch (failure) {
      // a cursor of another search (an edited address): the first page
      const paged = params.has('after') || params.has('before');
      if (!(failure instanceof ApiError && failure.code === 'BAD_USER_INPUT' && paged)) throw failure;
      answer = await run(false);
    }
    return {
      state: 'ready' as const,
      filter,
      partnerships: answer.partnerships,
      governorates: answer.governorates,
      targetGroups: answer.targetGroups,
      // the map: every governorate with its count under the other filters (none: 0)
      byGovernorate: answer.governorates.map((governorate) => ({
        ...governorate,
        count: answer.partnershipsByGovernorate.find((row) => row.key === governorate.code)?.count ?? 0,
      })),
    };
  });
}
export type RegistryData = Awaited<ReturnType<typeof loadRegistry>>;

/** An organisation's partnerships for its public page, with the link to ask it for one. */
export async function loadOrganizationPartnerships(api: Execute, organization: { slug: string }) {
  const { organizationBySlug } = await api(PartnershipOrganizationPartnershipsQuery, { slug: organization.slug });
  if (!organizationBySlug) return null;
  return {
    partyId: organizationBySlug.id,
    partnerships: organizationBySlug.partnerships.edges.map((edge) => edge.node),
  };
}
export type OrganizationPartnershipsData = NonNullable<Awaited<ReturnType<typeof loadOrganizationPartnerships>>>;

/** The officers' overview of partnerships and requests (the API refuses anyone else: 403). */
export async function loadOverview(event: PartnershipsEvent) {
  await requireViewer(event);
  try {
    const answer = await event.locals.api(PartnershipOverviewQuery, {});
    const overview = answer.partnershipOverview;
    const counts = new Map(overview.byGovernorate.map((row) => [row.key, row.count]));
    return {
      overview,
      pending: answer.pendingPartnershipRequests.edges.map((edge) => edge.node),
      pendingCount: answer.pendingPartnershipRequests.totalCount,
      governorates: answer.governorates.map((governorate) => ({
        code: governorate.code,
        name: governorate.name,
        count: counts.get(governorate.code) ?? 0,
      })),
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type OverviewData = Awaited<ReturnType<typeof loadOverview>>;
