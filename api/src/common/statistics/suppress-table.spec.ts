import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedUnknowns } from './disclosure.js';
import { suppressSeries, suppressTable, withMargins, type SuppressedTable } from './suppress.js';

/** The full table as an attacker sees it: numbers where published, null where withheld. */
function published(table: SuppressedTable): (number | null)[][] {
  return [
    ...table.cells.map((row, r) => [...row, table.rowTotals[r]!].map((cell) => cell.value)),
    [...table.columnTotals, table.grandTotal].map((cell) => cell.value),
  ];
}

/** The additivity equations of the full table: each row and each column of body cells sums to its margin. */
function equations(rows: number, columns: number): [number, number, number][][] {
  const R = rows;
  const C = columns;
  const lines: [number, number, number][][] = [];
  for (let r = 0; r <= R; r += 1)
    lines.push([...Array.from({ length: C }, (_, c) => [r, c, 1] as [number, number, number]), [r, C, -1]]);
  for (let c = 0; c <= C; c += 1)
    lines.push([...Array.from({ length: R }, (_, r) => [r, c, 1] as [number, number, number]), [R, c, -1]]);
  return lines;
}

/** Rank of a small matrix (Gaussian elimination; entries stay small integers and fractions of them). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && rank < m.length; c += 1) {
    let pivot = -1;
    for (let r = rank; r < m.length; r += 1) if (Math.abs(m[r]![c]!) > 1e-9) pivot = r;
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    for (let r = 0; r < m.length; r += 1) {
      if (r === rank) continue;
      const f = m[r]![c]! / m[rank]![c]!;
      if (f !== 0) for (let k = c; k < columns; k += 1) m[r]![k]! -= f * m[rank]![k]!;
    }
    rank += 1;
  }
  return rank;
}

/**
 * The withheld cells that the published figures determine exactly, by any linear combination of the table's
 * equations (subtraction from row and column totals, and chains of them): cell k is determined when its unit vector
 * lies in the row space of the equations restricted to the withheld cells.
 */
function derivable(table: SuppressedTable): [number, number][] {
  const view = published(table);
  const R = table.cells.length;
  const C = table.columnTotals.length;
  const unknowns: [number, number][] = [];
  view.forEach((row, r) => row.forEach((v, c) => v === null && unknowns.push([r, c])));
  const index = new Map(unknowns.map(([r, c], i) => [`${r},${c}`, i]));
  const matrix = equations(R, C).map((line) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const [r, c, sign] of line) {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) row[i] = sign;
    }
    return row;
  });
  const full = rank(matrix);
  return unknowns.filter((_, k) => rank(matrix.map((row) => row.filter((__, j) => j !== k))) === full - 1);
}

/** The naive attacker: a line with a single withheld cell gives it by subtraction; repeat with what was learnt. */
function peel(table: SuppressedTable): number {
  const view = published(table);
  const R = table.cells.length;
  const C = table.columnTotals.length;
  let learnt = 0;
  for (let progress = true; progress;) {
    progress = false;
    for (const line of equations(R, C)) {
      const open = line.filter(([r, c]) => view[r]![c] === null);
      if (open.length !== 1) continue;
      const [r, c, sign] = open[0]!;
      const rest = line.filter((x) => x !== open[0]).reduce((sum, [a, b, s]) => sum + s * view[a]![b]!, 0);
      view[r]![c] = -rest / sign;
      learnt += 1;
      progress = true;
    }
  }
  return learnt;
}

const body = (maxRows: number, maxColumns: number, counts: fc.Arbitrary<number>) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(counts, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    );

// small counts are what tables of institutions hold, and what makes suppression work hard
const counts = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));

describe('suppressTable', () => {
  it('shows a cell of 3 as withheld and withholds a second cell in its row and in its column', () => {
    const table = suppressTable([
      [3, 20, 18, 25],
      [40, 35, 30, 28],
      [12, 14, 16, 11],
    ]);
    expect(table.cells[0]![0]).toEqual({ value: null, suppressed: true });
    expect(
      table.cells[0]!.filter((cell) => cell.suppressed).length + (table.rowTotals[0]!.suppressed ? 1 : 0),
    ).toBeGreaterThanOrEqual(2);
    expect(
      table.cells.filter((row) => row[0]!.suppressed).length + (table.columnTotals[0]!.suppressed ? 1 : 0),
    ).toBeGreaterThanOrEqual(2);
    expect(derivable(table)).toEqual([]);
    // the complement in its row is the row's smallest other count (18), in its column the column's (12)
    expect(table.cells[0]![2]!.suppressed).toBe(true);
    expect(table.cells[2]![0]!.suppressed).toBe(true);
  });

  it('publishes a table without small counts whole', () => {
    const table = suppressTable([
      [0, 20],
      [40, 5],
    ]);
    expect(published(table)).toEqual([
      [0, 20, 20],
      [40, 5, 45],
      [40, 25, 65],
    ]);
  });

  it('withholds a margin of 1 to 4 too (a governorate whose only count is 3 in a quarter)', () => {
    const table = suppressTable([
      [3, 0],
      [10, 12],
      [9, 30],
    ]);
    expect(table.rowTotals[0]!.suppressed).toBe(true);
    expect(derivable(table)).toEqual([]);
  });

  it('property: every count from 1 to 4 is withheld, every other published cell is exact', () => {
    fc.assert(
      fc.property(body(8, 6, counts), (cells) => {
        const table = suppressTable(cells);
        const full = withMargins(cells);
        published(table).forEach((row, r) =>
          row.forEach((value, c) => {
            const truth = full[r]![c]!;
            if (truth >= 1 && truth <= 4) expect(value).toBeNull();
            if (value !== null) expect(value).toBe(truth);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('property: no withheld cell can be derived from the published cells and totals, by subtraction or any chain of them', () => {
    fc.assert(
      fc.property(body(7, 6, counts), (cells) => {
        const table = suppressTable(cells);
        expect(peel(table)).toBe(0);
        expect(derivable(table)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the exact test of the mechanism agrees with the independent rank oracle above', () => {
    fc.assert(
      fc.property(body(5, 5, counts), (cells) => {
        const table = suppressTable(cells);
        const view = published(table).flat();
        const C = table.columnTotals.length + 1;
        const unknowns = view.flatMap((v, i) => (v === null ? [i] : []));
        const at = (r: number, c: number) => r * C + c;
        const relations = equations(table.cells.length, table.columnTotals.length).map((line) => ({
          parts: line.filter(([, , s]) => s === 1).map(([r, c]) => at(r, c)),
          whole: at(line.at(-1)![0], line.at(-1)![1]),
        }));
        expect(determinedUnknowns(relations, unknowns)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

/** A reader of a quarterly series: counts, running totals and the total; what can be rebuilt by subtraction. */
function seriesLeaks(published: ReturnType<typeof suppressSeries>, beyondKnown: boolean): number {
  const n = published.counts.length;
  const view: (number | null)[] = [
    ...published.counts.map((c) => c.value),
    ...published.cumulative.map((c) => c.value),
    published.total.value,
    beyondKnown ? 0 : null,
  ];
  const lines: number[][] = published.counts.map((_, k) => (k === 0 ? [0, n] : [n + k - 1, k, n + k]));
  if (n > 0) lines.push([2 * n - 1, 2 * n + 1, 2 * n]);
  let learnt = 0;
  for (let progress = true; progress;) {
    progress = false;
    for (const line of lines) {
      const open = line.filter((i) => view[i] === null);
      if (open.length !== 1) continue;
      const whole = line.at(-1)!;
      const partsSum = line.slice(0, -1).reduce((s, i) => s + (view[i] ?? 0), 0);
      view[open[0]!] = open[0] === whole ? partsSum : view[whole]! - (partsSum - 0);
      if (open[0] !== 2 * n + 1) learnt += 1;
      progress = true;
    }
  }
  return learnt;
}

describe('suppressSeries', () => {
  it('withholds a quarter of 3 and enough around it that neither the running totals nor the total give it away', () => {
    const series = suppressSeries([10, 3, 12, 20]);
    expect(series.counts[1]).toEqual({ value: null, suppressed: true });
    // cumulative after Q1 (10) and after Q2 (13) would give the 3 by subtraction
    expect(series.cumulative[0]!.suppressed || series.cumulative[1]!.suppressed).toBe(true);
    expect(seriesLeaks(series, true)).toBe(0);
  });

  it('publishes a series without small counts whole', () => {
    const series = suppressSeries([0, 7, 12]);
    expect(series.counts.map((c) => c.value)).toEqual([0, 7, 12]);
    expect(series.cumulative.map((c) => c.value)).toEqual([0, 7, 19]);
    expect(series.total.value).toBe(19);
  });

  it('property: every count from 1 to 4 is withheld and none can be rebuilt from the running totals and total', () => {
    fc.assert(
      fc.property(fc.array(counts, { maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (quarters, beyond) => {
        const series = suppressSeries(quarters, beyond);
        series.counts.forEach((c, k) => {
          if (quarters[k]! >= 1 && quarters[k]! <= 4) expect(c.value).toBeNull();
          if (c.value !== null) expect(c.value).toBe(quarters[k]);
        });
        expect(seriesLeaks(series, beyond === 0)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
