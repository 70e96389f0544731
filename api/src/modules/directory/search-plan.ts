/**
 * A directory search before any SQL: the words of the search and the mode they are matched in (words, every word as
 * a prefix, typos), the filters' validation, the full-text query of a resolved plan, and the words to highlight.
 * The SQL that resolves and runs a plan is in the search repository (organization.search.ts).
 */
import { cursorKind } from '../../common/pagination/cursor.js';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import type { CodeLists } from './code-lists.js';
import { normalizeForSearch, searchForms } from './search-normalize.js';

export const MAX_SEARCH_LENGTH = 200;
/** How many matches of a search are ranked by relevance (exact name matches always are). */
export const RANKED_CANDIDATES = 2000;

/**
 * Counting every match of a broad search word at 1,000,000 rows reads most of the table, so a search counts (and
 * computes facets over) at most this many matches; the connection says when the counts stopped there. Listings
 * without a search count exactly.
 */
export const SEARCH_COUNT_LIMIT = 10_000;

/** The most matches a search in this mode counts (undefined: all, for a listing without a search). */
export function countLimit(plan: SearchPlan): number | undefined {
  switch (plan.mode) {
    case 'none':
      return undefined;
    case 'fulltext':
    case 'prefixes':
    case 'fuzzy':
      return SEARCH_COUNT_LIMIT;
  }
}

export type OrderField = 'RELEVANCE' | 'NAME_AR' | 'NAME_EN' | 'FOUNDING_YEAR' | 'UPDATED_AT';
export type OrderDirection = 'ASC' | 'DESC';

export interface DirectoryFilter {
  governorates?: string[] | null;
  targetGroups?: string[] | null;
  sectors?: string[] | null;
  legalForms?: string[] | null;
  verificationStates?: string[] | null;
  statuses?: string[] | null;
  localityTypes?: string[] | null;
  foundedFrom?: number | null;
  foundedTo?: number | null;
}

export type FacetName = 'governorates' | 'targetGroups' | 'sectors' | 'legalForms' | 'verificationStates';

export interface SearchPlan {
  /** Normalised words of the search, empty without a search. */
  words: string[];
  normalized: string;
  mode: 'none' | 'fulltext' | 'prefixes' | 'fuzzy';
  /** For each word, the full-text terms any of which it matches (see `resolveTerms`). */
  terms?: string[][];
}

/** Unknown code-list values are refused with the argument's path, never silently ignored. */
export function validateFilter(filter: DirectoryFilter | null | undefined, lists: CodeLists): void {
  if (!filter) return;
  const check = (
    name: keyof DirectoryFilter,
    values: string[] | null | undefined,
    known: Map<string, unknown>,
  ): void => {
    const unknown = (values ?? []).filter((v) => !known.has(v));
    if (unknown.length > 0) {
      throw new BadUserInputError(
        `filter.${name}`,
        `unknown value(s) ${unknown.map((v) => JSON.stringify(v)).join(', ')}; expected one of ${[...known.keys()].join(', ')}`,
      );
    }
  };
  check('governorates', filter.governorates, lists.governorates);
  check('targetGroups', filter.targetGroups, lists.targetGroups);
  check('sectors', filter.sectors, lists.sectors);
  check('legalForms', filter.legalForms, lists.legalForms);
  if (filter.foundedFrom != null && filter.foundedTo != null && filter.foundedFrom > filter.foundedTo) {
    throw new BadUserInputError('filter.foundedFrom', 'must not be after filter.foundedTo');
  }
}

export function planSearch(search: string | null | undefined): SearchPlan {
  if (search != null && search.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError('search', `must be at most ${MAX_SEARCH_LENGTH} characters (got ${search.length})`);
  }
  const normalized = normalizeForSearch(search ?? '');
  // tsquery syntax characters are dropped: words are letters and digits of any script
  const words = normalized
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return { words, normalized: words.join(' '), mode: words.length === 0 ? 'none' : 'fulltext' };
}

/**
 * The tsquery of a resolved plan: every word must match one of its terms (see `resolveTerms`).
 */
export function tsquery(plan: SearchPlan, weights = ''): string {
  if (!plan.terms) throw new Error('a search plan needs resolveTerms() before it is queried');
  return plan.terms
    .map((terms) =>
      terms.length === 1
        ? withWeights(terms[0]!, weights)
        : `(${terms.map((t) => withWeights(t, weights)).join(' | ')})`,
    )
    .join(' & ');
}

/** `word` or `word:*` (a prefix) restricted to `weights`. */
function withWeights(term: string, weights: string): string {
  if (!weights) return term;
  return term.endsWith(':*') ? `${term}${weights}` : `${term}:${weights}`;
}

/** Whether `a` becomes `b` by replacing, adding or leaving out one letter, or swapping two neighbours (or not at all). */
export function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (from: number, to: number): boolean => x.slice(from).join('') === y.slice(to).join('');
  if (x.length === y.length) {
    return i === x.length || rest(i + 1, i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2));
  }
  return x.length > y.length ? rest(i + 1, i) : rest(i, i + 1);
}

/**
 * The words to highlight in results: the search's in the forms it looked them up in, and in fuzzy mode the close
 * words found for them.
 */
export function highlightWords(plan: SearchPlan): string[] {
  const forms = plan.words.flatMap((w) => searchForms(w));
  if (plan.mode !== 'fuzzy' || !plan.terms) return [...new Set(forms)];
  return [...new Set([...forms, ...plan.terms.flat().map((t) => t.replace(/:\*$/, ''))])];
}

/** The next, more tolerant mode of a search that found nothing, if any. */
export function relaxed(plan: SearchPlan): SearchPlan | undefined {
  const { terms: _resolvedForAnotherMode, ...words } = plan;
  switch (plan.mode) {
    case 'fulltext':
      return { ...words, mode: plan.words.length > 1 ? 'prefixes' : 'fuzzy' };
    case 'prefixes':
      return { ...words, mode: 'fuzzy' };
    case 'none':
    case 'fuzzy':
      return undefined;
  }
}

/**
 * The mode a later page keeps: the one of the page its cursor came from (the first page decided it by finding
 * nothing in the stricter modes), read from the cursor's kind, so a later page runs no extra statement.
 */
export function modeOfCursor(plan: SearchPlan, cursor: string | undefined): SearchPlan {
  const kind = cursor === undefined ? undefined : cursorKind(cursor);
  for (let candidate: SearchPlan | undefined = plan; candidate; candidate = relaxed(candidate)) {
    if (kind?.endsWith(`:${candidate.mode}`)) return candidate;
  }
  return plan;
}
