/** The services search as the address says it (`/services?q=...&governorate=JO-AJ&language=...`), and back. */
export interface SearchState {
  q: string;
  categories: string[];
  governorates: string[];
  targetGroups: string[];
  delivery: string[];
  accessibility: string[];
  languages: string[];
  openNow: boolean;
  after: string | null;
}

const LISTS = {
  categories: 'category',
  governorates: 'governorate',
  targetGroups: 'group',
  delivery: 'delivery',
  accessibility: 'access',
  languages: 'language',
} as const;

const CODE = /^[A-Z][A-Z0-9_-]{0,39}$/;

export function parseSearchState(params: URLSearchParams): SearchState {
  const list = (name: string) =>
    params
      .getAll(name)
      .filter((v) => CODE.test(v))
      .slice(0, 20);
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    categories: list(LISTS.categories),
    governorates: list(LISTS.governorates),
    targetGroups: list(LISTS.targetGroups),
    delivery: list(LISTS.delivery),
    accessibility: list(LISTS.accessibility),
    languages: list(LISTS.languages),
    openNow: params.get('open') === '1',
    after: params.get('after'),
  };
}

export function searchVariables(state: SearchState) {
  const orNull = (values: string[]) => (values.length ? values : null);
  return {
    search: state.q.trim() || null,
    first: 20,
    after: state.after,
    filter: {
      categories: orNull(state.categories),
      governorates: orNull(state.governorates),
      targetGroups: orNull(state.targetGroups),
      delivery: orNull(state.delivery) as never,
      accessibility: orNull(state.accessibility) as never,
      languages: orNull(state.languages) as never,
      openNow: state.openNow || null,
    },
  };
}

/** The address of the search with `change` applied (a new search starts from the first page). */
export function searchHref(base: string, state: SearchState, change: Partial<SearchState> = {}): string {
  const next = { ...state, after: null, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  for (const [key, name] of Object.entries(LISTS)) {
    for (const value of next[key as keyof typeof LISTS]) params.append(name, value);
  }
  if (next.openNow) params.set('open', '1');
  if (next.after) params.set('after', next.after);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export const FIELD_NAMES = LISTS;
