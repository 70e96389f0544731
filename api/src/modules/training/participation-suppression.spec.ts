import { describe, expect, it } from 'vitest';
import { suppressedCells, type CountCell } from './participation-suppression.js';

const cells = (rows: [(string | null)[], number][]): CountCell[] => rows.map(([keys, value]) => ({ keys, value }));

describe('suppressedCells', () => {
  it('withholds nothing when every cell is 5 or more', () => {
    expect(
      suppressedCells(
        cells([
          [['F'], 5],
          [['M'], 12],
        ]),
      ),
    ).toEqual(new Set());
  });

  it('withholds a cell under 5 and the smallest other cell of its line, so the total does not give it away', () => {
    // given: F=3 alone under 5 in a line whose total (3+9+20) is published
    const table = cells([
      [['F'], 3],
      [['M'], 20],
      [[null], 9],
    ]);
    // then: 9 is withheld with it (32 - 20 leaves 12, not 3)
    expect(suppressedCells(table)).toEqual(new Set([0, 2]));
  });

  it('keeps two withheld cells in every row and column of a two-way table', () => {
    const table = cells([
      [['F', 'A'], 2],
      [['F', 'B'], 10],
      [['F', 'C'], 11],
      [['M', 'A'], 7],
      [['M', 'B'], 8],
      [['M', 'C'], 30],
    ]);
    const withheld = suppressedCells(table);
    for (const line of [
      [0, 1, 2],
      [3, 4, 5],
      [0, 3],
      [1, 4],
      [2, 5],
    ]) {
      const n = line.filter((i) => withheld.has(i)).length;
      expect(n === 0 || n >= 2).toBe(true);
    }
    expect(withheld.has(0)).toBe(true);
  });

  it('withholds zeros too (under 5)', () => {
    expect(
      suppressedCells(
        cells([
          [['F'], 0],
          [['M'], 0],
        ]),
      ),
    ).toEqual(new Set([0, 1]));
  });
});
