import { error } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, type Execute, type PartnershipListingKind } from '@shabaka/graphql';
import type { ViewerLocals } from '@shabaka/ui';
import { currentViewer, requireViewer, signInFirst } from '@shabaka/ui/viewer';
import { ammanDay } from './dates.js';
import { INSTITUTION_TYPES } from './labels.js';
import {
  PartnershipInstitutionEditorQuery,
  PartnershipInstitutionQuery,
  PartnershipInstitutionsQuery,
  PartnershipListingsQuery,
  PartnershipOrganizationEditorQuery,
  PartnershipOrganizationListingsQuery,
  PartnershipViewerInstitutionsQuery,
} from './graphql/listings.js';
import { PartnerSuggestionsQuery, SuggestionsViewerInstitutionsQuery } from './graphql/suggestions.js';

/** What the partnerships pages need from a SvelteKit event (the shell provides it). */
export interface PartnershipsEvent {
  locals: { api: Execute; signedIn: boolean; files?: { readonly maxBytes: number } } & ViewerLocals;
  url: URL;
  params: Record<string, string>;
}

const PAGE_SIZE = 20;
const KINDS: readonly PartnershipListingKind[] = ['NEED', 'OFFER'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
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

/** The API's refusals become what the reader needs: sign in, 403 or 404. */
function guard(event: PartnershipsEvent, failure: unknown): never {
  if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
  if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
  if (failure instanceof ApiError && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
    error(404, 'Not found');
  }
  throw failure;
}

/** Pages through a connection with `after`/`before` from the query string; a stale cursor starts again. */
function paging(params: URLSearchParams, paged: boolean) {
  const before = paged ? params.get('before') : null;
  return {
    first: before ? null : PAGE_SIZE,
    after: paged && !before ? params.get('after') : null,
    last: before ? PAGE_SIZE : null,
    before,
  };
}

async function withCursorRetry<T>(params: URLSearchParams, run: (paged: boolean) => Promise<T>): Promise<T> {
  try {
    return await run(true);
  } catch (failure) {
    // a cursor from another search (an edited address): the first page
    const paged = params.has('after') || params.has('before');
    if (!(failure instanceof ApiError && failure.code === 'BAD_USER_INPUT' && paged)) throw failure;
    return run(false);
  }
}

/** The public needs and offers, filtered by the GET form's kind, capability, governorate and target group. */
export async function loadListings(event: PartnershipsEvent) {
  const params = event.url.searchParams;
  const filter = {
    kind: oneOf(params.get('kind'), KINDS),
    capability: params.get('capability') || null,
    governorate: params.get('governorate') || null,
    targetGroup: params.get('targetGroup') || null,
  };
  return orUnavailable(async () => {
    const answer = await withCursorRetry(params, (paged) =>
      event.locals.api(PartnershipListingsQuery, {
        filter,
        ...paging(params, paged),
      }),
    );
    return {
      state: 'ready' as const,
      filter,
      listings: answer.partnershipListings,
      capabilities: answer.partnershipCapabilities,
      governorates: answer.governorates,
      targetGroups: answer.targetGroups,
    };
  });
}
export type ListingsData = Awaited<ReturnType<typeof loadListings>>;

/** The public institutions, by type and governorate. */
export async function loadInstitutions(event: PartnershipsEvent) {
  const params = event.url.searchParams;
  const filter = {
    type: oneOf(params.get('type'), INSTITUTION_TYPES),
    governorate: params.get('governorate') || null,
  };
  return orUnavailable(async () => {
    const answer = await withCursorRetry(params, (paged) =>
      event.locals.api(PartnershipInstitutionsQuery, {
        filter,
        ...paging(params, paged),
      }),
    );
    return {
      state: 'ready' as const,
      filter,
      institutions: answer.institutions,
      governorates: answer.governorates,
    };
  });
}
export type InstitutionsData = Awaited<ReturnType<typeof loadInstitutions>>;

/** An institution's public page; for one of its editors, a link to its needs and offers editor. */
export async function loadInstitution(event: PartnershipsEvent) {
  const viewer = await currentViewer(event);
  return orUnavailable(async () => {
    try {
      const { institution } = await event.locals.api(PartnershipInstitutionQuery, {
        slug: event.params.slug ?? '',
        after: event.url.searchParams.get('after'),
      });
      if (!institution) error(404, 'Not found');
      let manages = false;
      if (viewer) {
        const { viewer: me } = await event.locals.api(PartnershipViewerInstitutionsQuery, {});
        manages = (me?.institutionMemberships ?? []).some(
          (membership) => membership.institution.slug === institution.slug && membership.role !== 'VIEWER',
        );
      }
      return { state: 'ready' as const, institution, manages };
    } catch (failure) {
      guard(event, failure);
    }
  });
}
export type InstitutionData = Awaited<ReturnType<typeof loadInstitution>>;

type EditorListing = {
  id: string;
  kind: PartnershipListingKind;
  expiresAt: string;
  description: { ar?: string | null; en?: string | null };
  capability: { code: string };
  governorateCodes: string[];
  targetGroupCodes: string[];
};

/** The form's values for editing a listing (the `edit` parameter), or empty for a new one. */
function editorInitial(listings: readonly EditorListing[], editId: string | null) {
  const editing = editId ? (listings.find((listing) => listing.id === editId) ?? null) : null;
  const initial: Record<string, string> = editing
    ? {
        listingId: editing.id,
        kind: editing.kind,
        capability: editing.capability.code,
        descriptionAr: editing.description.ar ?? '',
        descriptionEn: editing.description.en ?? '',
        governorate: editing.governorateCodes.join('\n'),
        targetGroup: editing.targetGroupCodes.join('\n'),
        expiresOn: ammanDay(editing.expiresAt),
      }
    : { kind: 'NEED' };
  return { editing: editing ? editing.id : null, initial };
}

/** An organisation's needs and offers editor (from its workspace); the API refuses non-members. */
export async function loadOrganizationEditor(event: PartnershipsEvent) {
  const viewer = await requireViewer(event);
  const slug = event.params.slug ?? '';
  const membership = viewer.memberships.find((entry) => entry.organization.slug === slug);
  if (!membership) error(403, 'Forbidden');
  try {
    const answer = await event.locals.api(PartnershipOrganizationEditorQuery, { slug });
    if (!answer.organizationBySlug) error(404, 'Not found');
    const party = answer.organizationBySlug;
    const listings = party.partnershipListings.edges.map((edge) => edge.node);
    return {
      party: { kind: 'organization' as const, id: party.id, slug: party.slug, name: party.name },
      canEdit: membership.role !== 'VIEWER',
      listings,
      capabilities: answer.partnershipCapabilities,
      governorates: answer.governorates,
      targetGroups: answer.targetGroups,
      ...editorInitial(listings, event.url.searchParams.get('edit')),
      done: event.url.searchParams.get('done'),
    };
  } catch (failure) {
    guard(event, failure);
  }
}

/** An institution's needs and offers editor (its workspace page for partnerships). */
export async function loadInstitutionEditor(event: PartnershipsEvent) {
  await requireViewer(event);
  const slug = event.params.slug ?? '';
  try {
    const answer = await event.locals.api(PartnershipInstitutionEditorQuery, { slug });
    if (!answer.institution) error(404, 'Not found');
    const membership = answer.viewer?.institutionMemberships.find((entry) => entry.institution.slug === slug);
    if (!membership) error(403, 'Forbidden');
    const party = answer.institution;
    const listings = party.partnershipListings.edges.map((edge) => edge.node);
    return {
      party: { kind: 'institution' as const, id: party.id, slug: party.slug, name: party.name },
      canEdit: membership.role !== 'VIEWER',
      listings,
      capabilities: answer.partnershipCapabilities,
      governorates: answer.governorates,
      targetGroups: answer.targetGroups,
      ...editorInitial(listings, event.url.searchParams.get('edit')),
      done: event.url.searchParams.get('done'),
    };
  } catch (failure) {
    guard(event, failure);
  }
}
export type EditorData =
  Awaited<ReturnType<typeof loadOrganizationEditor>> | Awaited<ReturnType<typeof loadInstitutionEditor>>;

/** An organisation's active needs and offers for its public page (the directory's page shows them as a section). */
export async function loadOrganizationListings(api: Execute, organization: { slug: string }) {
  const { organizationBySlug } = await api(PartnershipOrganizationListingsQuery, { slug: organization.slug });
  const listings = organizationBySlug?.partnershipListings.edges.map((edge) => edge.node) ?? [];
  return { listings };
}
export type OrganizationListingsData = Awaited<ReturnType<typeof loadOrganizationListings>>;

/**
 * Partner suggestions for one of the viewer's parties (`?party=<id>`, else the first): the organisations they are a
 * member of and the institutions they act for. The API refuses any other party.
 */
export async function loadSuggestions(event: PartnershipsEvent) {
  const viewer = await requireViewer(event);
  try {
    const { viewer: me } = await event.locals.api(SuggestionsViewerInstitutionsQuery, {});
    const parties = [
      ...viewer.memberships.map((entry) => ({
        id: entry.organization.id,
        slug: entry.organization.slug,
        name: entry.organization.name,
      })),
      ...(me?.institutionMemberships ?? []).map((entry) => ({
        id: entry.institution.id,
        slug: null as string | null,
        name: entry.institution.name,
      })),
    ];
    // `?party=<id>` from the page's own chooser, `?organization=<slug>` from the workspace's section
    const bySlug = event.url.searchParams.get('organization');
    const asked = event.url.searchParams.get('party') ?? parties.find((p) => bySlug && p.slug === bySlug)?.id ?? null;
    const party = parties.find((p) => p.id === asked) ?? parties[0];
    if (!party) return { state: 'no-party' as const, parties, party: null, suggestions: null };
    const after = event.url.searchParams.get('after');
    const { partnerSuggestions } = await event.locals.api(PartnerSuggestionsQuery, {
      partyId: party.id,
      first: PAGE_SIZE,
      after: asked === party.id ? after : null,
    });
    return { state: 'ready' as const, parties, party, suggestions: partnerSuggestions };
  } catch (failure) {
    guard(event, failure);
  }
}
export type SuggestionsData = Awaited<ReturnType<typeof loadSuggestions>>;
