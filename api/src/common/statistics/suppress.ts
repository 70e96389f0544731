/**
 * Small counts in public outputs. A count of 1 to 4 could point at a person, so it is published as "fewer than 5"
 * (no value, a flag) instead; zero and 5 or more are published as they are (primary suppression). Wherever published
 * counts add up to other published counts (totals, running totals, breakdowns of an actual), more counts are
 * withheld so that no suppressed count can be worked out from the others (secondary suppression). Every public
 * figure goes through this file; the mechanism is in disclosure.ts.
 */
import { protectCounts, SUPPRESSION_THRESHOLD, type PublishedCount, type Relation } from './disclosure.js';

export { protectCounts, suppressionPattern, SUPPRESSION_THRESHOLD } from './disclosure.js';
export type { PublishedCount, Relation } from './disclosure.js';

export const SMALL_COUNT_THRESHOLD = SUPPRESSION_THRESHOLD;

/** How a withheld count is written in a public file (CSV): primary and secondary alike, so neither is told apart. */
export const SUPPRESSED_LABEL = 'fewer than 5 or withheld';

export function isSmallCount(count: number): boolean {
  return count > 0 && count < SMALL_COUNT_THRESHOLD;
}

/** Primary suppression alone: only for a count that no other published count adds up with. */
export function suppressSmallCount(count: number): PublishedCount {
  return isSmallCount(count) ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

export interface SuppressedTable {
  /** rows × columns of the body. */
  cells: PublishedCount[][];
  /** One per row: the row's total over the columns. */
  rowTotals: PublishedCount[];
  /** One per column: the column's total over the rows. */
  columnTotals: PublishedCount[];
  grandTotal: PublishedCount;
}

/** The table with its margins: row R is the totals row, column C the totals column, [R][C] the grand total. */
export function withMargins(body: readonly (readonly number[])[]): number[][] {
  const rows = body.length;
  const columns = body[0]?.length ?? 0;
  const full = body.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals: number[] = [];
  for (let c = 0; c <= columns; c += 1) totals.push(full.reduce((sum, row) => sum + row[c]!, 0));
  return rows === 0 ? [new Array<number>(columns + 1).fill(0)] : [...full, totals];
}

/** A two-way table of counts (`body`: rows × columns) published with its row, column and grand totals. */
export function suppressTable(
  body: readonly (readonly number[])[],
  threshold = SUPPRESSION_THRESHOLD,
): SuppressedTable {
  const full = withMargins(body);
  const R = full.length - 1;
  const C = (full[0]?.length ?? 1) - 1;
  const at = (r: number, c: number) => r * (C + 1) + c;
  const relations: Relation[] = [];
  for (let r = 0; r <= R; r += 1)
    relations.push({ parts: Array.from({ length: C }, (_, c) => at(r, c)), whole: at(r, C) });
  for (let c = 0; c <= C; c += 1)
    relations.push({ parts: Array.from({ length: R }, (_, r) => at(r, c)), whole: at(R, c) });
  const published = protectCounts(full.flat(), body.length ? relations : [], { threshold });
  const cell = (r: number, c: number) => published[at(r, c)]!;
  return {
    cells: body.map((row, r) => row.map((_, c) => cell(r, c))),
    rowTotals: body.map((_, r) => cell(r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => cell(R, c)),
    grandTotal: cell(R, C),
  };
}

/**
 * A quarterly series published with its running totals and its overall total: `counts[k]` the records first
 * counted in quarter k, `beyond` the records counted after the last published quarter (never published), and
 * `partitions`: breakdowns of the same total published beside it, each a list of counts adding up to the total (a
 * breakdown whose values overlap or leave records out is not a partition and protects itself alone). Returns the
 * protected counts, cumulatives, total and partitions, protected together since they share the total.
 */
export function suppressSeries(
  counts: readonly number[],
  beyond = 0,
  partitions: readonly (readonly number[])[] = [],
  threshold = SUPPRESSION_THRESHOLD,
): {
  counts: PublishedCount[];
  cumulative: PublishedCount[];
  total: PublishedCount;
  partitions: PublishedCount[][];
} {
  const n = counts.length;
  // cells: counts 0..n-1, cumulatives n..2n-1, total 2n, beyond 2n+1, then the partitions' cells
  const cells = [...counts];
  let running = 0;
  for (const c of counts) cells.push((running += c));
  cells.push(running + beyond, beyond);
  const relations: Relation[] = counts.map((_, k) => ({
    parts: k === 0 ? [0] : [n + k - 1, k],
    whole: n + k,
  }));
  relations.push({ parts: n === 0 ? [2 * n + 1] : [2 * n - 1, 2 * n + 1], whole: 2 * n });
  const starts = partitions.map((partition) => {
    const start = cells.length;
    cells.push(...partition);
    relations.push({ parts: partition.map((_, i) => start + i), whole: 2 * n });
    return start;
  });
  // records beyond the last quarter are unknown to a reader; none at all is treated as known (the cautious side)
  const published = protectCounts(cells, relations, { threshold, hidden: beyond > 0 ? [2 * n + 1] : [] });
  return {
    counts: published.slice(0, n),
    cumulative: published.slice(n, 2 * n),
    total: published[2 * n]!,
    partitions: partitions.map((partition, p) => published.slice(starts[p], starts[p]! + partition.length)),
  };
}

/** A breakdown that is not a partition of a published total: only its own small counts are withheld. */
export function suppressCounts(counts: readonly number[], threshold = SUPPRESSION_THRESHOLD): PublishedCount[] {
  return protectCounts(counts, [], { threshold });
}
