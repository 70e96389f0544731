import { describe, expect, it } from 'vitest';
import { GOVERNORATE_TILES, shade } from './governorate-tiles.js';

describe('the governorate tile map', () => {
  it('places each of the 12 governorates on its own tile', () => {
    const tiles = Object.values(GOVERNORATE_TILES).map((tile) => `${tile.column}:${tile.row}`);
    expect(tiles).toHaveLength(12);
    expect(new Set(tiles).size).toBe(12);
  });

  it('shades none for zero and the most for the largest count', () => {
    expect(shade(0, 10)).toBe(0);
    expect(shade(1, 10)).toBe(1);
    expect(shade(6, 10)).toBe(3);
    expect(shade(10, 10)).toBe(4);
  });
});
