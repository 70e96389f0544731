/**
 * Jordan's twelve governorates as a tile map, as the directory draws it (a domain does not import another): one
 * square each, placed roughly where it lies, north at the top; small governorates stay as visible as large ones.
 */
export const GOVERNORATE_TILES: Record<string, { column: number; row: number }> = {
  'JO-IR': { column: 1, row: 0 },
  'JO-MA': { column: 2, row: 0 },
  'JO-AJ': { column: 0, row: 1 },
  'JO-JA': { column: 1, row: 1 },
  'JO-AZ': { column: 2, row: 1 },
  'JO-BA': { column: 0, row: 2 },
  'JO-AM': { column: 1, row: 2 },
  'JO-MD': { column: 0, row: 3 },
  'JO-KA': { column: 0, row: 4 },
  'JO-AT': { column: 0, row: 5 },
  'JO-MN': { column: 1, row: 5 },
  'JO-AQ': { column: 0, row: 6 },
};

/** Shade 0 (none) to 4 (the most), by the share of the largest count: a choropleth with five steps. */
export function shade(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  const share = count / max;
  if (share > 0.75) return 4;
  if (share > 0.5) return 3;
  if (share > 0.25) return 2;
  return 1;
}
