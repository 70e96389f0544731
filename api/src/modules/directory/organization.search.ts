/**
 * The directory's search repository: lists, searches, counts and facets of organisations, and the reads of their
 * records, as parameterised SQL. Hand-written SQL because the search is what MikroORM's query builder cannot say
 * well: full text with weights and ranks, keyset pages over computed sort keys, facets that each lift their own
 * filter in one statement, and lookups in the vocabulary by prefix range, trigram distance and one-letter deletions.
 *
 * Every list, search, count and facet reads `organization_search`, the narrow table the database maintains beside
 * `organization` (see its migration); a page's records are then read from `organization` by primary key. The total
 * and facets of a listing without search (filtered by codes only) read `organization_facet_count` instead, one row
 * per combination of codes with its number, kept by triggers (see `countSource`).
 *
 * Search runs in two stages so that it stays on indexes at 1,000,000 rows:
 * 1. full text on `search_vector` (GIN): the words of the query, the last one as a prefix (`word:*`, the word being
 *    typed), so typing "جمعية الام" already finds "جمعية الأمل"; hits are ranked exact name > name prefix > word in
 *    a name > word in a mission. Only the last word is a prefix because a prefix of a common word ("جمعيه:*")
 *    unions the posting lists of every word that starts with it, which costs several times an exact word at
 *    1,000,000 rows; when that finds nothing, every word as a prefix ("soc caf" finds "Société Café");
 * 2. only when stage 1 finds nothing, typo tolerance: each word is replaced by the known words close to it (trigram
 *    distance or one letter away, see `resolveTerms`) and the search runs again as full text.
 * The fallback from one stage to the next is `search`, the one place it happens. Both sides go through
 * `shabaka_normalize` (SQL) / `normalizeForSearch` (TypeScript), which fold Arabic and Latin the same way.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import type { PageRequest } from '../../common/pagination/pagination.args.js';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { sqlRows } from '../../database/sql.js';
import { ORGANIZATION_COLUMNS, toRecord, type OrganizationRow } from './organization.rows.js';
import type { OrganizationRecord } from './organization.type.js';
import { searchForms } from './search-normalize.js';
import {
  countLimit,
  modeOfCursor,
  oneEditApart,
  planSearch,
  relaxed,
  tsquery,
  RANKED_CANDIDATES,
  type DirectoryFilter,
  type FacetName,
  type OrderDirection,
  type OrderField,
  type SearchPlan,
} from './search-plan.js';

export * from './search-plan.js';
export { ORGANIZATION_COLUMNS, toRecord, type OrganizationRow } from './organization.rows.js';

/** Known words shorter than this are not in `search_word`: they match as native prefixes and are never corrected. */
const VOCABULARY_MIN_LENGTH = 3;
/** A prefix that starts more known words than this ("جم") stays a native prefix match. */
const PREFIX_EXPANSION_LIMIT = 32;
/** Words closer than this trigram distance (1 - similarity) count as a typo of each other. */
const TYPO_DISTANCE = 0.6;
/** Shorter words are not corrected by one-letter edits (a three-letter word is one letter from too many others). */
const TYPO_MIN_LENGTH = 4;
/** The most known words one letter away from a word of a search that become its alternatives. */
const TYPO_CANDIDATES = 20;

/**
 * Turns the words of a search into full-text terms with one lookup in `search_word`, the directory's vocabulary.
 * Each word is looked up in its forms (`searchForms`: itself, and without the article it carries, matching the stems
 * the index holds for every Arabic word):
 * - a word typed as a prefix (the last one; every one in prefixes mode) becomes the known words it starts
 *   ("socie" becomes "societe | society"). PostgreSQL's own prefix match (`socie:*`) unions the whole posting lists
 *   of every matching word before intersecting them with the other words, which measured 100 ms at 1,000,000
 *   organisations against 12 ms for the same words given exactly;
 * - in fuzzy mode, every word also gets the known words one letter away (a letter replaced, added, left out, or two
 *   swapped: they share a one-letter deletion in `search_word_variant`, an equality lookup whatever the database's
 *   LC_CTYPE) and the known words close to it by trigram distance (nearest first, GiST), as pg_trgm's documentation
 *   suggests for text search ("solidrity" becomes "solidarity"): typo tolerance costs index lookups per word, not a
 *   comparison with every name.
 */
async function resolveTerms(em: EntityManager, plan: SearchPlan): Promise<SearchPlan> {
  if (plan.mode === 'none' || plan.terms) return plan;
  const last = plan.words.length - 1;
  const isPrefix = (i: number): boolean => plan.mode !== 'fulltext' || i === last;
  const lookups = plan.words.flatMap((word, i) => searchForms(word).map((form) => ({ i, form })));
  const fuzzy = plan.mode === 'fuzzy';
  const rows = await sqlRows<{ i: number; form: string; kind: 'prefix' | 'close' | 'edit'; word: string }>(
    em,
    `with q as (select * from unnest(?::int[], ?::text[], ?::boolean[]) as q (i, form, prefix))
     select q.i, q.form, 'prefix' as kind, p.word
     from q cross join lateral (
       select s.word from search_word s
       where s.word ~>=~ q.form and s.word ~<~ (q.form || chr(1114111))
       order by s.word
       limit ${PREFIX_EXPANSION_LIMIT + 1}
     ) p
     where q.prefix and length(q.form) >= ${VOCABULARY_MIN_LENGTH}
     union all
     select q.i, q.form, 'close', c.word
     from q cross join lateral (
       select s.word, s.word <-> q.form as distance from search_word s
       order by s.word <-> q.form
       limit 5
     ) c
     where ?::boolean and length(q.form) >= ${VOCABULARY_MIN_LENGTH} and c.distance < ${TYPO_DISTANCE}
     union all
     select q.i, q.form, 'edit', v.word
     from q cross join lateral (
       select distinct v.word from search_word_variant v
       where v.variant in (select shabaka_deletion_variants(q.form))
       limit ${TYPO_CANDIDATES}
     ) v
     where ?::boolean and length(q.form) >= ${TYPO_MIN_LENGTH}`,
    [lookups.map((l) => l.i), lookups.map((l) => l.form), lookups.map((l) => isPrefix(l.i)), fuzzy, fuzzy],
  );
  const terms = plan.words.map((_, i) => {
    const own = new Set<string>();
    for (const { form } of lookups.filter((l) => l.i === i)) {
      if (!isPrefix(i)) {
        own.add(form);
        continue;
      }
      const known = rows.filter((r) => r.i === i && r.form === form && r.kind === 'prefix').map((r) => r.word);
      if (known.length === 0 || known.length > PREFIX_EXPANSION_LIMIT) own.add(`${form}:*`);
      else for (const word of known) own.add(word);
    }
    for (const row of rows) {
      // two words sharing a one-letter deletion can be two edits apart ("اردن", "اربد"): keep those one edit apart
      if (row.i === i && (row.kind === 'close' || (row.kind === 'edit' && oneEditApart(row.form, row.word)))) {
        own.add(row.word);
      }
    }
    return [...own];
  });
  return { ...plan, terms };
}

export interface OrganizationHit {
  record: OrganizationRecord;
  cursor: string;
}

export interface OrganizationPage {
  hits: OrganizationHit[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** SQL conditions for the filters, leaving out `except` (a facet counts values with its own filter lifted). */
function filterConditions(
  filter: DirectoryFilter | null | undefined,
  except?: FacetName,
): { sql: string[]; bindings: unknown[] } {
  const sql: string[] = [];
  const bindings: unknown[] = [];
  const f = filter ?? {};
  const inList = (column: string, values: string[] | null | undefined): void => {
    if (values && values.length > 0) {
      sql.push(`${column} = any(?)`);
      bindings.push(values);
    }
  };
  if (except !== 'governorates') inList('o.governorate_code', f.governorates);
  if (except !== 'legalForms') inList('o.legal_form_code', f.legalForms);
  if (except !== 'verificationStates') inList('o.verification_state', f.verificationStates);
  inList('o.status', f.statuses);
  inList('o.locality_type', f.localityTypes);
  // target groups and sectors are sorted arrays on the search row (GIN indexed): "has any of"
  if (except !== 'targetGroups' && f.targetGroups && f.targetGroups.length > 0) {
    sql.push('o.target_groups && ?::text[]');
    bindings.push(f.targetGroups);
  }
  if (except !== 'sectors' && f.sectors && f.sectors.length > 0) {
    sql.push('o.sectors && ?::text[]');
    bindings.push(f.sectors);
  }
  if (f.foundedFrom != null) {
    sql.push('o.founding_year >= ?');
    bindings.push(f.foundedFrom);
  }
  if (f.foundedTo != null) {
    sql.push('o.founding_year <= ?');
    bindings.push(f.foundedTo);
  }
  return { sql, bindings };
}

/** The condition that a row matches the search, for a mode. */
function searchCondition(plan: SearchPlan): { sql: string; bindings: unknown[] } {
  switch (plan.mode) {
    case 'none':
      return { sql: 'true', bindings: [] };
    case 'fulltext':
    case 'prefixes':
    case 'fuzzy':
      return { sql: `o.search_vector @@ to_tsquery('simple', ?)`, bindings: [tsquery(plan)] };
  }
}

/** rank: smaller is better; score: larger is better within a rank. */
function relevance(plan: SearchPlan): { sql: string; bindings: unknown[] } {
  return {
    sql: `case
        when o.sort_name_ar = ? or o.sort_name_en = ? or o.acronym_key = ? then 0
        when o.sort_name_ar like ? or o.sort_name_en like ? then 1
        when o.search_vector @@ to_tsquery('simple', ?) then 2
        else 3
      end as rank_tier,
      ts_rank(o.search_vector, to_tsquery('simple', ?)) as rank_score`,
    bindings: [
      plan.normalized,
      plan.normalized,
      plan.normalized,
      `${escapeLike(plan.normalized)}%`,
      `${escapeLike(plan.normalized)}%`,
      tsquery(plan, 'A'),
      tsquery(plan),
    ],
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

interface SortSpec {
  /** SQL of the sort key (never null, so keyset comparisons stay simple). */
  key: string;
  cast: string;
}

const SORTS: Record<Exclude<OrderField, 'RELEVANCE'>, SortSpec> = {
  NAME_AR: { key: 'o.sort_name_ar', cast: 'text' },
  NAME_EN: { key: 'o.sort_name_en', cast: 'text' },
  FOUNDING_YEAR: { key: 'coalesce(o.founding_year, 0)', cast: 'integer' },
  UPDATED_AT: { key: 'o.updated_at', cast: 'timestamptz' },
};

export interface ListArgs {
  filter?: DirectoryFilter | null;
  plan: SearchPlan;
  order: { field: OrderField; direction: OrderDirection };
  page: PageRequest;
}

async function listOrganizations(em: EntityManager, args: ListArgs): Promise<OrganizationPage> {
  const { plan, order, page } = args;
  const where = filterConditions(args.filter);
  const search = searchCondition(plan);
  const conditions = [search.sql, ...where.sql];
  const bindings: unknown[] = [...search.bindings, ...where.bindings];

  if (order.field === 'RELEVANCE') {
    if (plan.mode === 'none') throw new BadUserInputError('orderBy', 'RELEVANCE needs a search');
    const ranked = RANKED_CANDIDATES;
    // relevance pages by position: the candidate set of a search is small, and ranks are not a stable key
    const kind = `relevance:${plan.mode}`;
    const start = (cursor: string | undefined, name: string): number | undefined => {
      if (!cursor) return undefined;
      const offset = decodeCursor(name, cursor, kind).o;
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
        throw new BadUserInputError(name, 'is not a cursor returned by this API');
      }
      return offset;
    };
    const after = start(page.after, 'after');
    const before = start(page.before, 'before');
    const lower = after === undefined ? 0 : after + 1;
    let offset: number;
    let limit: number;
    if (page.direction === 'forward') {
      offset = lower;
      limit = before === undefined ? page.size : Math.min(page.size, Math.max(0, before - offset));
    } else {
      const end = before ?? Number.MAX_SAFE_INTEGER;
      if (end === Number.MAX_SAFE_INTEGER) {
        // last n of the ranked list: count it first (it holds at most the ranked candidates and exact names)
        const [count] = await sqlRows<{ n: number }>(
          em,
          `select count(*)::int as n from (
             (select o.id from organization_search o where ${conditions.join(' and ')} order by o.id limit ${ranked})
             union
             (select o.id from organization_search o where ${conditions.join(' and ')} and (o.sort_name_ar = ? or o.sort_name_en = ?) order by o.id limit 100)
           ) ranked`,
          [...bindings, ...bindings, plan.normalized, plan.normalized],
        );
        offset = Math.max(lower, (count?.n ?? 0) - page.size);
        limit = (count?.n ?? 0) - offset;
      } else {
        offset = Math.max(lower, end - page.size);
        limit = end - offset;
      }
    }
    const rank = relevance(plan);
    // ranking reads every candidate; a broad word can match 100,000 rows at 1,000,000, so ranking looks at the first
    // RANKED_CANDIDATES matches by id plus every exact name match (btree), and totalCount still counts them all.
    // "First by id", never "first found": a scan without ORDER BY returns rows in whatever order the heap (or a
    // synchronised sequential scan that starts where another stopped) gives, so identical requests ranked different
    // candidates and pages repeated or skipped results.
    const exact = `(o.sort_name_ar = ? or o.sort_name_en = ?)`;
    const tier = order.direction === 'ASC' ? 'asc' : 'desc';
    const score = order.direction === 'ASC' ? 'desc' : 'asc';
    const rows = await sqlRows<OrganizationRow>(
      em,
      `with page as (
         select o.id, ${rank.sql} from organization_search o
         where o.id in (
           (select o.id from organization_search o where ${conditions.join(' and ')} order by o.id limit ${ranked})
           union
           (select o.id from organization_search o where ${[...conditions, exact].join(' and ')} order by o.id limit 100)
         )
         order by rank_tier ${tier}, rank_score ${score}, o.id
         limit ? offset ?
       )
       select ${ORGANIZATION_COLUMNS} from page p join organization o on o.id = p.id
       order by p.rank_tier ${tier}, p.rank_score ${score}, p.id`,
      [...rank.bindings, ...bindings, ...bindings, plan.normalized, plan.normalized, limit + 1, offset],
    );
    const more = rows.length > limit;
    const hits = rows
      .slice(0, limit)
      .map((row, i) => ({ record: toRecord(row), cursor: encodeCursor(kind, { o: offset + i }) }));
    return page.direction === 'forward'
      ? { hits, hasNextPage: more || (before !== undefined && offset + limit < before), hasPreviousPage: offset > 0 }
      : { hits, hasNextPage: before !== undefined, hasPreviousPage: offset > lower };
  }

  const sort = SORTS[order.field];
  const kind = `${order.field}:${order.direction}:${plan.mode}`;
  const readKey = (cursor: string, name: string): { value: unknown; id: string } => {
    const payload = decodeCursor(name, cursor, kind);
    const { v, id } = payload as { v?: unknown; id?: unknown };
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id) || (typeof v !== 'string' && typeof v !== 'number')) {
      throw new BadUserInputError(name, 'is not a cursor returned by this API');
    }
    return { value: v, id };
  };
  // forward ASC reads (key, id) > cursor; every other combination flips the comparison and the order
  const ascending = (order.direction === 'ASC') === (page.direction === 'forward');
  const keyset: string[] = [];
  const keysetBindings: unknown[] = [];
  if (page.after) {
    const { value, id } = readKey(page.after, 'after');
    keyset.push(`(${sort.key}, o.id) ${order.direction === 'ASC' ? '>' : '<'} (?::${sort.cast}, ?::uuid)`);
    keysetBindings.push(value, id);
  }
  if (page.before) {
    const { value, id } = readKey(page.before, 'before');
    keyset.push(`(${sort.key}, o.id) ${order.direction === 'ASC' ? '<' : '>'} (?::${sort.cast}, ?::uuid)`);
    keysetBindings.push(value, id);
  }
  const direction = ascending ? 'asc' : 'desc';
  const rows = await sqlRows<OrganizationRow>(
    em,
    `with page as (
       select o.id, ${sort.key} as sort_key from organization_search o
       where ${[...conditions, ...keyset].join(' and ')}
       order by ${sort.key} ${direction}, o.id ${direction}
       limit ?
     )
     select ${ORGANIZATION_COLUMNS}, p.sort_key from page p join organization o on o.id = p.id
     order by p.sort_key ${direction}, p.id ${direction}`,
    [...bindings, ...keysetBindings, page.size + 1],
  );
  const more = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.direction === 'backward') pageRows.reverse();
  const hits = pageRows.map((row) => ({
    record: toRecord(row),
    cursor: encodeCursor(kind, {
      v: row.sort_key instanceof Date ? row.sort_key.toISOString() : row.sort_key,
      id: row.id,
    }),
  }));
  return page.direction === 'forward'
    ? { hits, hasNextPage: more, hasPreviousPage: page.after !== undefined }
    : { hits, hasNextPage: page.before !== undefined, hasPreviousPage: more };
}

/**
 * `limit` that caps a search's matched set (nothing for a plain listing), on the first matches by id so that the
 * facets of a capped search count the same rows on every call.
 */
function countCap(plan: SearchPlan, ordered = true): string {
  const limit = countLimit(plan);
  if (limit === undefined) return '';
  // a bare count reads the same number of rows whichever they are: no order needed there
  return ordered ? ` order by o.id limit ${limit + 1}` : ` limit ${limit + 1}`;
}

export interface Count {
  /** Exact, or the mode's count limit when `exact` is false. */
  total: number;
  exact: boolean;
}

function toCount(n: number, plan: SearchPlan): Count {
  const limit = countLimit(plan);
  return limit !== undefined && n > limit ? { total: limit, exact: false } : { total: n, exact: true };
}

async function countOrganizations(
  em: EntityManager,
  filter: DirectoryFilter | null | undefined,
  plan: SearchPlan,
): Promise<Count> {
  const where = filterConditions(filter);
  const search = searchCondition(plan);
  const source = countSource(filter, plan);
  const [row] = await sqlRows<{ n: number }>(
    em,
    `select ${source.sum} as n from (select ${source.weight} as n from ${source.table} o where ${[search.sql, source.where, ...where.sql].join(' and ')}${countCap(plan, false)}) o`,
    [...search.bindings, ...where.bindings],
  );
  return toCount(row?.n ?? 0, plan);
}

/** Where counts come from: one row per organisation, or one per combination of codes with its number. */
interface CountSource {
  table: string;
  /** Condition on the source's rows (besides the search and filters). */
  where: string;
  /** What one source row counts for. */
  weight: string;
  /** The count of the rows `o` of a group, as an integer. */
  sum: string;
}

const SCANNED: CountSource = {
  table: 'organization_search',
  where: 'true',
  weight: '1',
  sum: 'count(*)::int',
};

/**
 * A listing without search, filtered by codes only, counts from `organization_facet_count` (one row per combination
 * of codes, kept by triggers: see its migration) with the same conditions and the same numbers; a search or a
 * founding-year filter counts the search rows.
 */
function countSource(filter: DirectoryFilter | null | undefined, plan: SearchPlan): CountSource {
  if (plan.mode !== 'none' || filter?.foundedFrom != null || filter?.foundedTo != null) return SCANNED;
  return { table: 'organization_facet_count', where: 'o.n > 0', weight: 'o.n', sum: 'coalesce(sum(o.n), 0)::int' };
}

export interface DirectoryStats {
  count: Count;
  facets: Record<FacetName, Map<string, number>>;
}

/**
 * Counts per value of every facet, and the total, for the current search and filters, in one statement. Each facet
 * lifts its own filter (so a reader sees how many they would get by adding another governorate) and keeps all the
 * others. The facets whose own filter is not in use share one pass over the matched rows (a materialised CTE), so
 * the common case, a search or a listing with a few filters, reads the matches once.
 */
async function directoryStats(
  em: EntityManager,
  filter: DirectoryFilter | null | undefined,
  plan: SearchPlan,
  useCounts = true,
): Promise<DirectoryStats> {
  const source = useCounts ? countSource(filter, plan) : SCANNED;
  const search = searchCondition(plan);
  const all = filterConditions(filter);
  const bindings: unknown[] = [...search.bindings, ...all.bindings];
  const base = `base as materialized (
    select o.governorate_code, o.legal_form_code, o.verification_state, o.target_groups, o.sectors, ${source.weight} as n
    from ${source.table} o
    where ${[search.sql, source.where, ...all.sql].join(' and ')}${countCap(plan)})`;
  const parts: string[] = [`select '_total' as facet, null as value, ${source.sum} as n from base o`];
  const f = filter ?? {};
  const active: Record<FacetName, boolean> = {
    governorates: Boolean(f.governorates?.length),
    legalForms: Boolean(f.legalForms?.length),
    verificationStates: Boolean(f.verificationStates?.length),
    targetGroups: Boolean(f.targetGroups?.length),
    sectors: Boolean(f.sectors?.length),
  };
  const own = (facet: FacetName): { where: string; bindings: unknown[] } => {
    const w = filterConditions(filter, facet);
    return {
      where: [search.sql, source.where, ...w.sql].join(' and '),
      bindings: [...search.bindings, ...w.bindings],
    };
  };
  const direct = (facet: FacetName, column: string): void => {
    if (!active[facet]) {
      parts.push(`select '${facet}', ${column}, ${source.sum} from base o group by 2`);
      return;
    }
    const s = own(facet);
    parts.push(
      `select '${facet}', ${column}, ${source.sum} from (select ${column}, ${source.weight} as n from ${source.table} o where ${s.where}${countCap(plan)}) o group by 2`,
    );
    bindings.push(...s.bindings);
  };
  const multi = (facet: FacetName, column: string): void => {
    if (!active[facet]) {
      parts.push(`select '${facet}', x.code, ${source.sum} from base o, unnest(o.${column}) x(code) group by 2`);
      return;
    }
    const s = own(facet);
    parts.push(
      `select '${facet}', x.code, ${source.sum}
       from (select o.${column}, ${source.weight} as n from ${source.table} o where ${s.where}${countCap(plan)}) o, unnest(o.${column}) x(code)
       group by 2`,
    );
    bindings.push(...s.bindings);
  };
  direct('governorates', 'o.governorate_code');
  direct('legalForms', 'o.legal_form_code');
  direct('verificationStates', 'o.verification_state');
  multi('targetGroups', 'target_groups');
  multi('sectors', 'sectors');
  const rows = await sqlRows<{ facet: FacetName | '_total'; value: string; n: number }>(
    em,
    `with ${base}\n${parts.join('\nunion all\n')}`,
    bindings,
  );
  const stats: DirectoryStats = {
    count: { total: 0, exact: true },
    facets: {
      governorates: new Map(),
      legalForms: new Map(),
      verificationStates: new Map(),
      targetGroups: new Map(),
      sectors: new Map(),
    },
  };
  for (const row of rows) {
    if (row.facet === '_total') stats.count = toCount(row.n, plan);
    else stats.facets[row.facet].set(row.value, row.n);
  }
  return stats;
}

export interface SearchArgs {
  filter?: DirectoryFilter | null;
  search?: string | null;
  /** By relevance when searching, else by Arabic name, when not given. */
  order?: { field: OrderField; direction: OrderDirection } | null;
  page: PageRequest;
  /** Start the total and facets (one statement) beside the page. */
  withStats: boolean;
}

export interface SearchResult {
  /** The plan the page was found with: its mode is the first that found something. */
  plan: SearchPlan;
  page: OrganizationPage;
  /** The total and facets of that plan, when asked for (read while the page is read). */
  stats?: Promise<DirectoryStats>;
}

export class OrganizationSearchRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * A page of the directory for a search: the words as written, then (when the first page finds nothing) every word as
   * a prefix, then typo-tolerant matches. A later page keeps the mode of the first one, read from its cursor, so it
   * runs no extra statement.
   */
  async search(args: SearchArgs): Promise<SearchResult> {
    const { filter, page } = args;
    let plan = await this.resolveTerms(modeOfCursor(planSearch(args.search), page.after ?? page.before));
    const order = args.order ?? {
      field: plan.mode === 'none' ? ('NAME_AR' as const) : ('RELEVANCE' as const),
      direction: 'ASC' as const,
    };
    // the total and facets do not depend on the page: read them while the page is read
    const statsFor = (p: SearchPlan): Promise<DirectoryStats> | undefined => {
      if (!args.withStats) return undefined;
      const stats = this.stats(filter, p);
      void stats.catch(() => undefined);
      return stats;
    };
    let stats = statsFor(plan);
    let result = await this.list({ filter, plan, order, page });
    for (
      let next = relaxed(plan);
      next && result.hits.length === 0 && !page.after && !page.before;
      next = relaxed(plan)
    ) {
      plan = await this.resolveTerms(next);
      stats = statsFor(plan);
      result = await this.list({ filter, plan, order, page });
    }
    return { plan, page: result, stats };
  }

  /** The plan's words as full-text terms (see `resolveTerms`). */
  resolveTerms(plan: SearchPlan): Promise<SearchPlan> {
    return resolveTerms(this.em, plan);
  }

  /** One page of organisations for a resolved plan. */
  list(args: ListArgs): Promise<OrganizationPage> {
    return listOrganizations(this.em, args);
  }

  /** The number of matches of a resolved plan (capped for a search, see `SEARCH_COUNT_LIMIT`). */
  count(filter: DirectoryFilter | null | undefined, plan: SearchPlan): Promise<Count> {
    return countOrganizations(this.em, filter, plan);
  }

  /**
   * The total and the five facets of a resolved plan, in one statement; `useCounts: false` reads every matching search
   * row even where the facet counts could answer (the tests compare both).
   */
  stats(
    filter: DirectoryFilter | null | undefined,
    plan: SearchPlan,
    options: { useCounts?: boolean } = {},
  ): Promise<DirectoryStats> {
    return directoryStats(this.em, filter, plan, options.useCounts ?? true);
  }

  /** Organisation records by id, in the order of `ids` (null where none). */
  async byIds(ids: readonly string[]): Promise<(OrganizationRecord | null)[]> {
    const rows = await sqlRows<OrganizationRow>(
      this.em,
      `select ${ORGANIZATION_COLUMNS} from organization o where o.id = any(?)`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One organisation record by its slug. */
  async bySlug(slug: string): Promise<OrganizationRecord | undefined> {
    const [row] = await sqlRows<OrganizationRow>(
      this.em,
      `select ${ORGANIZATION_COLUMNS} from organization o where o.slug = ?`,
      [slug],
    );
    return row ? toRecord(row) : undefined;
  }

  /** One organisation record by its id. */
  async byId(id: string): Promise<OrganizationRecord | undefined> {
    const [row] = await sqlRows<OrganizationRow>(
      this.em,
      `select ${ORGANIZATION_COLUMNS} from organization o where o.id = ?`,
      [id],
    );
    return row ? toRecord(row) : undefined;
  }
}
