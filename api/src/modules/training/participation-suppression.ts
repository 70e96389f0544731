/**
 * Small-cell suppression of a table of counts: every cell under the threshold is withheld (primary suppression), and
 * more cells are withheld (complementary suppression) until no withheld cell can be recovered by subtraction from a
 * total that is published or can be had from a coarser query: along every dimension, each line of cells (the cells
 * that share the other dimensions' values) and the whole table hold either no withheld cell or at least two.
 */
export const SUPPRESSION_THRESHOLD = 5;

export interface CountCell {
  /** The cell's value of each dimension (null: not stated). */
  keys: readonly (string | null)[];
  value: number;
}

/** Which cells to withhold (by index), for one measure. */
export function suppressedCells(cells: readonly CountCell[], threshold = SUPPRESSION_THRESHOLD): Set<number> {
  const withheld = new Set<number>();
  cells.forEach((cell, i) => {
    if (cell.value < threshold) withheld.add(i);
  });
  if (withheld.size === 0) return withheld;
  const dimensions = cells[0]?.keys.length ?? 0;
  const lines: number[][] = [cells.map((_, i) => i)];
  for (let d = 0; d < dimensions; d += 1) {
    const byRest = new Map<string, number[]>();
    cells.forEach((cell, i) => {
      const rest = JSON.stringify(cell.keys.filter((_, k) => k !== d));
      byRest.set(rest, [...(byRest.get(rest) ?? []), i]);
    });
    lines.push(...byRest.values());
  }
  // each pass withholds one more cell in a line that had exactly one; it ends because cells are finite
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.length < 2) continue;
      const held = line.filter((i) => withheld.has(i));
      if (held.length !== 1) continue;
      const partner = line
        .filter((i) => !withheld.has(i))
        .sort((a, b) => cells[a]!.value - cells[b]!.value || a - b)[0]!;
      withheld.add(partner);
      changed = true;
    }
  }
  return withheld;
}
