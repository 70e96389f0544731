/**
 * The directory's state lives in the URL's query string, so every search, filter, sort and page can be shared,
 * bookmarked, and served without JavaScript (the search form is a GET form with the same names).
 */
import type { Locale } from '@shabaka/ui';
import type { DirectorySearchQueryVariables, OrganizationOrder, VerificationState } from '@shabaka/graphql';

export const SORTS = ['relevance', 'name', 'updated', 'founded'] as const;
export type Sort = (typeof SORTS)[number];

export const VERIFICATION_STATES: readonly VerificationState[] = ['VERIFIED', 'PENDING', 'UNVERIFIED', 'REJECTED'];

/** Facet parameters: the query-string name of each filter, as the facet forms submit them. */
export const FILTER_PARAMS = {
  governorate: 'governorates',
  targetGroup: 'targetGroups',
  sector: 'sectors',
  legalForm: 'legalForms',
  verification: 'verificationStates',
} as const;
export type FilterParam = keyof typeof FILTER_PARAMS;

export const PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 20;

export interface SearchState {
  q: string;
  filters: Record<FilterParam, string[]>;
  sort: Sort;
  after: string | null;
  before: string | null;
}

function values(params: URLSearchParams, name: string, allowed?: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of params.getAll(name)) {
    const value = raw.trim();
    if (!value || value.length > 60) continue;
    if (allowed && !allowed.includes(value)) continue;
    seen.add(value);
    if (seen.size >= MAX_VALUES) break;
  }
  return [...seen];
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const sortParam = params.get('sort');
  const sort: Sort = (SORTS as readonly string[]).includes(sortParam ?? '')
    ? (sortParam as Sort)
    : q
      ? 'relevance'
      : 'name';
  return {
    q,
    filters: {
      governorate: values(params, 'governorate'),
      targetGroup: values(params, 'targetGroup'),
      sector: values(params, 'sector'),
      legalForm: values(params, 'legalForm'),
      verification: values(params, 'verification', VERIFICATION_STATES),
    },
    // relevance only means something with a search
    ...(sort === 'relevance' && !q ? { sort: 'name' as const } : { sort }),
    after: params.get('after') || null,
    before: params.get('after') ? null : params.get('before') || null,
  };
}

/** The query string of a state (empty values left out, so URLs stay short and stable). */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of Object.keys(FILTER_PARAMS) as FilterParam[]) {
    for (const value of state.filters[name]) params.append(name, value);
  }
  const defaultSort: Sort = state.q ? 'relevance' : 'name';
  if (state.sort !== defaultSort) params.set('sort', state.sort);
  if (state.after) params.set('after', state.after);
  else if (state.before) params.set('before', state.before);
  return params;
}

export function searchHref(pathname: string, state: SearchState): string {
  const query = searchParamsOf(state).toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The same search with one filter value added or removed, from the first page. */
export function toggleFilter(state: SearchState, name: FilterParam, value: string): SearchState {
  const current = state.filters[name];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [name]: next }, after: null, before: null };
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((list) => list.length > 0);
}

function order(sort: Sort, locale: Locale): OrganizationOrder {
  switch (sort) {
    case 'relevance':
      return { field: 'RELEVANCE', direction: 'DESC' };
    case 'name':
      return { field: locale === 'ar' ? 'NAME_AR' : 'NAME_EN', direction: 'ASC' };
    case 'updated':
      return { field: 'UPDATED_AT', direction: 'DESC' };
    case 'founded':
      return { field: 'FOUNDING_YEAR', direction: 'ASC' };
  }
}

export function searchVariables(state: SearchState, locale: Locale): DirectorySearchQueryVariables {
  const filter: NonNullable<DirectorySearchQueryVariables['filter']> = {};
  for (const name of Object.keys(FILTER_PARAMS) as FilterParam[]) {
    const list = state.filters[name];
    if (list.length === 0) continue;
    if (name === 'verification') filter.verificationStates = list as VerificationState[];
    else filter[FILTER_PARAMS[name]] = list;
  }
  return {
    search: state.q || null,
    filter,
    orderBy: order(state.sort, locale),
    ...(state.before ? { last: PAGE_SIZE, before: state.before } : { first: PAGE_SIZE, after: state.after }),
  };
}

/** The GET URL a form would submit to (empty fields left out), for client navigation as the reader types. */
export function formHref(action: string, form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value !== '') params.append(name, value);
  }
  const query = params.toString();
  return query ? `${action}?${query}` : action;
}
