/**
 * Statistical disclosure control for every public figure of the platform: one mechanism for any set of published
 * counts tied together by additive relations (a table with its totals, a quarterly series with its running totals,
 * an indicator's breakdowns with its actual).
 *
 * Primary suppression: every count from 1 to 4 is withheld ("fewer than 5"; 0 is shown).
 *
 * Secondary (complementary) suppression: the published counts and the relations (`sum of parts = whole`) form a
 * linear system in the withheld counts. A withheld count is recoverable exactly if and only if it takes the same
 * value in every solution, i.e. its coordinate is zero in every vector of the null space of the relations restricted
 * to the withheld counts (along such a vector the withheld counts can be shifted without changing any published
 * figure). While some withheld count is recoverable, one more count is withheld, chosen among the counts sharing a
 * relation with it: the smallest non-zero count (least information lost; a zero is a poor complement since a count
 * cannot go below it), ties by position. The null space is computed once per round by Gauss-Jordan elimination
 * over exact rationals (bigint), so the test is exact for any table size the platform publishes.
 *
 * `hidden` counts are never published (records beyond the last published quarter, a remainder "not stated"): they
 * are unknowns of the system from the start, and cost nothing to keep withheld.
 */
export const SUPPRESSION_THRESHOLD = 5;

/** `sum(parts) = whole`, as indexes into the counts. */
export interface Relation {
  parts: readonly number[];
  whole: number;
}

/** A published count: the value, or null and `suppressed` when withheld. */
export interface PublishedCount {
  value: number | null;
  suppressed: boolean;
}

/** A fraction n/d with d > 0, in lowest terms only when needed (entries stay tiny: relations are 0/±1). */
type Q = readonly [bigint, bigint];
const ZERO: Q = [0n, 1n];
const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x || 1n;
};
const norm = ([n, d]: Q): Q => {
  const g = gcd(n, d);
  return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
};
const sub = (a: Q, b: Q): Q => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
const mul = (a: Q, b: Q): Q => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Q, b: Q): Q => norm([a[0] * b[1], a[1] * b[0]]);

/**
 * The withheld counts (indexes into `unknowns`) that the relations determine exactly: a pivot column of the reduced
 * row echelon form whose row has no entry in a free column.
 */
export function determinedUnknowns(relations: readonly Relation[], unknowns: readonly number[]): number[] {
  const column = new Map(unknowns.map((cell, i) => [cell, i]));
  const width = unknowns.length;
  const rows: Q[][] = [];
  for (const relation of relations) {
    const row: Q[] = new Array<Q>(width).fill(ZERO);
    let any = false;
    const add = (cell: number, sign: bigint) => {
      const i = column.get(cell);
      if (i === undefined) return;
      row[i] = norm([row[i]![0] + sign * row[i]![1], row[i]![1]]);
      any = true;
    };
    for (const part of relation.parts) add(part, 1n);
    add(relation.whole, -1n);
    if (any) rows.push(row);
  }
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c += 1) {
    const p = rows.findIndex((row, i) => i >= r && row[c]![0] !== 0n);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pivot = rows[r]![c]!;
    rows[r] = rows[r]!.map((x) => div(x, pivot));
    for (let i = 0; i < rows.length; i += 1) {
      if (i === r || rows[i]![c]![0] === 0n) continue;
      const f = rows[i]![c]!;
      rows[i] = rows[i]!.map((x, k) => sub(x, mul(f, rows[r]![k]!)));
    }
    pivots.push(c);
    r += 1;
  }
  const pivotSet = new Set(pivots);
  return pivots
    .filter((c, i) => rows[i]!.every((x, k) => k === c || pivotSet.has(k) || x[0] === 0n))
    .map((c) => unknowns[c]!);
}

/** The withheld counts (indexes into `counts`), hidden ones included. */
export function suppressionPattern(
  counts: readonly number[],
  relations: readonly Relation[],
  options: { threshold?: number; hidden?: readonly number[] } = {},
): Set<number> {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const hidden = new Set(options.hidden ?? []);
  const withheld = new Set<number>(hidden);
  counts.forEach((v, i) => {
    if (v > 0 && v < threshold) withheld.add(i);
  });
  if (withheld.size === hidden.size) return withheld;
  const cost = (i: number) => (counts[i] === 0 ? Number.MAX_SAFE_INTEGER : counts[i]!);
  const cheapest = (candidates: Iterable<number>) =>
    [...new Set(candidates)].filter((i) => !withheld.has(i)).sort((a, b) => cost(a) - cost(b) || a - b)[0];
  const cellsOf = (relation: Relation) => [...relation.parts, relation.whole];
  for (;;) {
    // a hidden count may be determined (it is never published anyway): only published counts need protecting
    const exposed = determinedUnknowns(relations, [...withheld]).filter((i) => !hidden.has(i));
    if (exposed.length === 0) return withheld;
    const cell = Math.min(...exposed);
    const near = relations.filter((relation) => cellsOf(relation).includes(cell)).flatMap(cellsOf);
    const pick = cheapest(near) ?? cheapest(relations.flatMap(cellsOf));
    if (pick === undefined) return withheld;
    withheld.add(pick);
  }
}

/** The counts as published: `counts` with the withheld ones (primary and secondary) replaced by null. */
export function protectCounts(
  counts: readonly number[],
  relations: readonly Relation[],
  options: { threshold?: number; hidden?: readonly number[] } = {},
): PublishedCount[] {
  const withheld = suppressionPattern(counts, relations, options);
  return counts.map((value, i) => (withheld.has(i) ? { value: null, suppressed: true } : { value, suppressed: false }));
}
