import { describe, expect, it } from 'vitest';
import { GOVERNORATE_CODES, GOVERNORATE_NEIGHBOURS, areNeighbours } from './governorate-adjacency.js';

describe('governorate adjacency', () => {
  it('covers the 12 governorates and nothing else', () => {
    expect(new Set(GOVERNORATE_CODES).size).toBe(12);
    expect([...GOVERNORATE_NEIGHBOURS.keys()].sort()).toEqual([...GOVERNORATE_CODES].sort());
    for (const neighbours of GOVERNORATE_NEIGHBOURS.values()) {
      for (const code of neighbours) expect(GOVERNORATE_CODES).toContain(code);
    }
  });

  it('is symmetric and never lists a governorate as its own neighbour', () => {
    for (const [code, neighbours] of GOVERNORATE_NEIGHBOURS) {
      expect(neighbours.has(code)).toBe(false);
      for (const other of neighbours) expect(areNeighbours(other, code)).toBe(true);
    }
  });

  it('is connected: every governorate is reached from Amman', () => {
    const reached = new Set(['JO-AM']);
    const queue = ['JO-AM'];
    while (queue.length) {
      for (const next of GOVERNORATE_NEIGHBOURS.get(queue.shift()!)!) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...GOVERNORATE_CODES].sort());
  });

  it('knows a few borders and non-borders of the map', () => {
    expect(areNeighbours('JO-MA', 'JO-IR')).toBe(true);
    expect(areNeighbours('JO-AQ', 'JO-MN')).toBe(true);
    expect(areNeighbours('JO-AT', 'JO-AQ')).toBe(true);
    expect(areNeighbours('JO-AQ', 'JO-KA')).toBe(false);
    expect(areNeighbours('JO-AQ', 'JO-AM')).toBe(false);
    expect(areNeighbours('JO-AJ', 'JO-KA')).toBe(false);
  });
});
