/**
 * Statistical disclosure control of a published two-way table of counts (governorates × quarters, with row totals,
 * column totals and the grand total).
 *
 * Primary suppression: every count from 1 to 4, in the body or in a margin, is withheld ("fewer than 5"; 0 is shown).
 *
 * Secondary (complementary) suppression, the hypercube/cycle method for a two-way table: the table with its margins
 * is seen as a bipartite graph (one node per row including the totals row, one per column including the totals
 * column; every withheld cell an edge). The published cells and the additivity of the table determine a withheld cell
 * exactly if and only if its edge is a bridge (it lies on no cycle): along a cycle the withheld cells can be shifted by
 * +t, -t, +t, ... without changing any published figure. So more cells are withheld until no withheld edge is a
 * bridge: first every line (row or column, margins included) holding exactly one withheld cell gets a second one,
 * then every remaining bridge gets a cell that closes a cycle through it. Complements are the smallest non-zero
 * counts (least information lost; a zero is a poor complement since a count cannot go below it), ties by position.
 */
export const SUPPRESSION_THRESHOLD = 5;

/** A published cell: the count, or null and `suppressed` when withheld. */
export interface FigureCell {
  value: number | null;
  suppressed: boolean;
}

export interface SuppressedTable {
  /** rows × columns of the body. */
  cells: FigureCell[][];
  /** One per row: the row's total over the columns. */
  rowTotals: FigureCell[];
  /** One per column: the column's total over the rows. */
  columnTotals: FigureCell[];
  grandTotal: FigureCell;
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

type Key = `${number},${number}`;
const key = (r: number, c: number): Key => `${r},${c}`;

/** The withheld cells of the full table (body and margins, as `withMargins` lays it out). */
export function suppressionPattern(full: readonly (readonly number[])[], threshold = SUPPRESSION_THRESHOLD): Set<Key> {
  const rows = full.length;
  const columns = full[0]?.length ?? 0;
  const withheld = new Set<Key>();
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const v = full[r]![c]!;
      if (v > 0 && v < threshold) withheld.add(key(r, c));
    }
  }
  const cost = (r: number, c: number) => {
    const v = full[r]![c]!;
    return v === 0 ? Number.MAX_SAFE_INTEGER : v;
  };
  const cheapest = (candidates: [number, number][]): [number, number] | undefined =>
    candidates
      .filter(([r, c]) => !withheld.has(key(r, c)))
      .sort((a, b) => cost(a[0], a[1]) - cost(b[0], b[1]) || a[0] - b[0] || a[1] - b[1])[0];

  for (let changed = true; changed;) {
    changed = false;
    // a line with exactly one withheld cell gives it away by subtraction
    for (let r = 0; r < rows; r += 1) {
      const line = Array.from({ length: columns }, (_, c): [number, number] => [r, c]);
      if (line.filter(([a, b]) => withheld.has(key(a, b))).length === 1) {
        const pick = cheapest(line);
        if (pick) {
          withheld.add(key(...pick));
          changed = true;
        }
      }
    }
    for (let c = 0; c < columns; c += 1) {
      const line = Array.from({ length: rows }, (_, r): [number, number] => [r, c]);
      if (line.filter(([a, b]) => withheld.has(key(a, b))).length === 1) {
        const pick = cheapest(line);
        if (pick) {
          withheld.add(key(...pick));
          changed = true;
        }
      }
    }
    if (changed) continue;
    // a bridge is still determined (by a longer chain of subtractions): close a cycle through it
    const bridge = findBridge(withheld, rows, columns);
    if (bridge) {
      const [r, c] = bridge;
      const side = componentWithout(withheld, rows, columns, r, c);
      const candidates: [number, number][] = [];
      for (let r2 = 0; r2 < rows; r2 += 1) {
        for (let c2 = 0; c2 < columns; c2 += 1) {
          // one end on the row's side of the bridge, the other on the column's side
          if (side.rows.has(r2) !== side.columns.has(c2) && !(r2 === r && c2 === c)) candidates.push([r2, c2]);
        }
      }
      const pick = cheapest(candidates);
      if (pick) {
        withheld.add(key(...pick));
        changed = true;
      }
    }
  }
  return withheld;
}

/** Row and column nodes reachable from row `r` when the edge (r, c) is left out. */
function componentWithout(
  withheld: ReadonlySet<Key>,
  rows: number,
  columns: number,
  r: number,
  c: number,
): { rows: Set<number>; columns: Set<number> } {
  const seenRows = new Set<number>([r]);
  const seenColumns = new Set<number>();
  const queue: ['r' | 'c', number][] = [['r', r]];
  while (queue.length) {
    const [kind, n] = queue.shift()!;
    if (kind === 'r') {
      for (let c2 = 0; c2 < columns; c2 += 1) {
        if (withheld.has(key(n, c2)) && !(n === r && c2 === c) && !seenColumns.has(c2)) {
          seenColumns.add(c2);
          queue.push(['c', c2]);
        }
      }
    } else {
      for (let r2 = 0; r2 < rows; r2 += 1) {
        if (withheld.has(key(r2, n)) && !(r2 === r && n === c) && !seenRows.has(r2)) {
          seenRows.add(r2);
          queue.push(['r', r2]);
        }
      }
    }
  }
  return { rows: seenRows, columns: seenColumns };
}

/** A withheld cell whose edge lies on no cycle, if any. */
export function findBridge(withheld: ReadonlySet<Key>, rows: number, columns: number): [number, number] | undefined {
  for (const k of [...withheld].sort()) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    if (!componentWithout(withheld, rows, columns, r, c).columns.has(c)) return [r, c];
  }
  return undefined;
}

/** The published table: `body` is rows × columns of counts (non-negative integers). */
export function suppressTable(
  body: readonly (readonly number[])[],
  threshold = SUPPRESSION_THRESHOLD,
): SuppressedTable {
  const full = withMargins(body);
  const withheld = suppressionPattern(full, threshold);
  const cell = (r: number, c: number): FigureCell =>
    withheld.has(key(r, c)) ? { value: null, suppressed: true } : { value: full[r]![c]!, suppressed: false };
  const rows = body.length;
  const columns = body[0]?.length ?? 0;
  return {
    cells: body.map((row, r) => row.map((_, c) => cell(r, c))),
    rowTotals: body.map((_, r) => cell(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => cell(rows, c)),
    grandTotal: cell(rows, columns),
  };
}
