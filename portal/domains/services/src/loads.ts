import { error } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, type Execute } from '@shabaka/graphql';
import type { ViewerLocals } from '@shabaka/ui';
import { requireViewer, signInFirst } from '@shabaka/ui/viewer';
import { OrganizationServicesQuery, ServicePageQuery, ServicesSearchQuery } from './graphql/services.js';
import { parseSearchState, searchVariables } from './search-state.js';

/** What the services pages need from a SvelteKit event (the shell provides it). */
export interface ServicesEvent {
  locals: { api: Execute; signedIn: boolean } & ViewerLocals;
  url: URL;
  params: Record<string, string>;
}

/** An unreachable API becomes a designed "unavailable" state, not an error page. */
async function orUnavailable<T extends object>(work: () => Promise<T>): Promise<T | { state: 'unavailable' }> {
  try {
    return await work();
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw failure;
  }
}

/** The public search: the address's words and filters, a page of services and the facets. */
export async function loadServices(event: ServicesEvent) {
  const filter = parseSearchState(event.url.searchParams);
  return orUnavailable(async () => {
    let answer;
    try {
      answer = await event.locals.api(ServicesSearchQuery, searchVariables(filter));
    } catch (failure) {
      // a cursor from another search (an edited address): start again from the first page
      if (!(failure instanceof ApiError && failure.code === 'BAD_USER_INPUT' && filter.after)) throw failure;
      filter.after = null;
      answer = await event.locals.api(ServicesSearchQuery, searchVariables(filter));
    }
    return { state: 'ready' as const, filter, services: answer.services };
  });
}
export type ServicesData = Awaited<ReturnType<typeof loadServices>>;

/** One service's page. */
export async function loadService(event: ServicesEvent) {
  const id = event.params.id ?? '';
  return orUnavailable(async () => {
    let service;
    try {
      ({ service } = await event.locals.api(ServicePageQuery, { id }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'BAD_USER_INPUT') error(404, 'Not found');
      throw failure;
    }
    if (!service) error(404, 'Not found');
    return { state: 'ready' as const, service };
  });
}
export type ServiceData = Awaited<ReturnType<typeof loadService>>;

/** An organisation's services for its editors: the places and waiting list to update, a new service to add. */
export async function loadManage(event: ServicesEvent) {
  const viewer = await requireViewer(event);
  const slug = event.params.slug ?? '';
  const membership = viewer.memberships.find((m) => m.organization.slug === slug);
  if (!membership) {
    if (!event.locals.signedIn) signInFirst(event);
    error(403, 'Forbidden');
  }
  const answer = await event.locals.api(OrganizationServicesQuery, { slug });
  if (!answer.organizationBySlug) error(404, 'Not found');
  return {
    state: 'ready' as const,
    organization: answer.organizationBySlug,
    categories: answer.serviceCategories,
    governorates: answer.governorates,
    canEdit: membership.role === 'OWNER' || membership.role === 'EDITOR',
  };
}
export type ManageData = Awaited<ReturnType<typeof loadManage>>;

/** The organisation page's section: its services (none: the section is left out). */
export async function loadOrganizationServices(api: Execute, organization: { slug: string }) {
  const { organizationBySlug } = await api(OrganizationServicesQuery, { slug: organization.slug });
  const services = organizationBySlug?.services ?? [];
  return services.length ? { services } : null;
}
export type OrganizationServicesData = NonNullable<Awaited<ReturnType<typeof loadOrganizationServices>>>;
