import {
  ApiError,
  ApiUnavailableError,
  type DirectorySearchQuery as DirectorySearchResult,
  type Execute,
} from '@shabaka/graphql';
import { localized, type Locale } from '@shabaka/ui';
import { DirectoryHomeQuery } from './graphql/home.js';
import { OrganizationProfileQuery } from './graphql/organization.js';
import { DirectorySearchQuery } from './graphql/search.js';
import { parseSearchState, searchVariables } from './search-state.js';

/** What the directory's load functions need from a SvelteKit load event (the shell provides it). */
export interface DomainLoadEvent {
  locals: { api: Execute; locale: Locale; apiPublicUrl?: string };
  url: URL;
  params: Record<string, string>;
}

/** Runs a load's queries; an unreachable API becomes a designed "unavailable" state instead of an error page. */
async function orUnavailable<T extends object>(work: () => Promise<T>): Promise<T | { state: 'unavailable' }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw error;
  }
}

/** The home page: what the platform is, and the directory's key figures. */
export function loadHome({ locals }: DomainLoadEvent) {
  return orUnavailable(async () => {
    const { platform, organizations } = await locals.api(DirectoryHomeQuery);
    const verified = organizations.facets.verificationStates.find((f) => f.value === 'VERIFIED')?.count ?? 0;
    return {
      state: 'ready' as const,
      platform,
      total: organizations.totalCount,
      verified,
      governorates: organizations.facets.governorates,
    };
  });
}
export type HomeData = Awaited<ReturnType<typeof loadHome>>;

type Organizations = DirectorySearchResult['organizations'];

/**
 * A card shows about 220 characters of one mission, so the page carries no more: the data a page is hydrated with
 * travels in the HTML too, and on a weak connection every kilobyte counts.
 */
function forCards(organizations: Organizations, locale: Locale): Organizations {
  return {
    ...organizations,
    edges: organizations.edges.map((edge) => {
      const mission = localized(edge.node.mission, locale);
      const short = mission && mission.text.length > 240 ? `${mission.text.slice(0, 220)}…` : mission?.text;
      return {
        ...edge,
        node: {
          ...edge.node,
          mission: {
            ar: mission?.lang === 'ar' ? (short ?? null) : null,
            en: mission?.lang === 'en' ? (short ?? null) : null,
          },
        },
      };
    }),
  };
}

/** The directory: search, filters, sort and page from the query string. */
export function loadDirectory({ locals, url }: DomainLoadEvent) {
  const search = parseSearchState(url.searchParams);
  return orUnavailable(async () => {
    try {
      const { organizations } = await locals.api(DirectorySearchQuery, searchVariables(search, locals.locale));
      return { state: 'ready' as const, search, organizations: forCards(organizations, locals.locale) };
    } catch (error) {
      // a cursor from another search (an edited URL): start again from the first page
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && (search.after || search.before)) {
        const first = { ...search, after: null, before: null };
        const { organizations } = await locals.api(DirectorySearchQuery, searchVariables(first, locals.locale));
        return { state: 'ready' as const, search: first, organizations: forCards(organizations, locals.locale) };
      }
      throw error;
    }
  });
}
export type DirectoryData = Awaited<ReturnType<typeof loadDirectory>>;

/** An organisation's page by its slug; `notFound` lets the shell answer 404 with a designed page. */
export function loadOrganization({ locals, params }: DomainLoadEvent) {
  return orUnavailable(async () => {
    try {
      const { organizationBySlug } = await locals.api(OrganizationProfileQuery, { slug: params.slug ?? '' });
      if (!organizationBySlug) return { state: 'notFound' as const };
      return { state: 'ready' as const, organization: organizationBySlug };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') return { state: 'notFound' as const };
      throw error;
    }
  });
}
export type OrganizationData = Awaited<ReturnType<typeof loadOrganization>>;

/** The open data page: where third parties find the exports and the endpoint. */
export function loadOpenData({ locals }: DomainLoadEvent) {
  const api = (locals.apiPublicUrl ?? 'http://localhost:4000').replace(/\/+$/, '');
  return {
    state: 'ready' as const,
    endpoint: `${api}/graphql`,
    exportJson: `${api}/exports/organizations.json`,
    exportCsv: `${api}/exports/organizations.csv`,
  };
}
export type OpenDataData = ReturnType<typeof loadOpenData>;
