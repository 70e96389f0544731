/**
 * Which of Jordan's 12 governorates share a land border (ISO 3166-2:JO codes, as the directory's governorate list).
 * Used to say "they work in Mafraq, next to you" and, next, to weigh a neighbouring governorate in partner
 * suggestions.
 *
 * Source: the governorate boundaries of the Department of Statistics' administrative map of Jordan (the same 12
 * governorates and codes as the directory), read as land borders only: shores of the Dead Sea and of the Gulf of
 * Aqaba, and borders with neighbouring countries, do not count. Each pair is written once here; the map is made
 * symmetric below, and governorate-adjacency.spec.ts checks that it covers the 12, is symmetric and connected.
 */
const BORDERS: readonly (readonly [string, string])[] = [
  ['JO-AM', 'JO-BA'],
  ['JO-AM', 'JO-AZ'],
  ['JO-AM', 'JO-MD'],
  ['JO-AM', 'JO-KA'],
  ['JO-AM', 'JO-MN'],
  ['JO-BA', 'JO-AZ'],
  ['JO-BA', 'JO-MD'],
  ['JO-BA', 'JO-IR'],
  ['JO-BA', 'JO-AJ'],
  ['JO-BA', 'JO-JA'],
  ['JO-AZ', 'JO-MA'],
  ['JO-AZ', 'JO-JA'],
  ['JO-MD', 'JO-KA'],
  ['JO-IR', 'JO-MA'],
  ['JO-IR', 'JO-AJ'],
  ['JO-IR', 'JO-JA'],
  ['JO-MA', 'JO-JA'],
  ['JO-JA', 'JO-AJ'],
  ['JO-KA', 'JO-AT'],
  ['JO-KA', 'JO-MN'],
  ['JO-AT', 'JO-MN'],
  // Tafilah's south (Wadi Araba, near Gharandal) meets Aqaba's Wadi Araba district
  ['JO-AT', 'JO-AQ'],
  ['JO-MN', 'JO-AQ'],
];

export const GOVERNORATE_CODES: readonly string[] = [
  'JO-AM',
  'JO-BA',
  'JO-AZ',
  'JO-MD',
  'JO-IR',
  'JO-MA',
  'JO-JA',
  'JO-AJ',
  'JO-KA',
  'JO-AT',
  'JO-MN',
  'JO-AQ',
];

/** Each governorate's neighbours (symmetric: b is a neighbour of a exactly when a is one of b). */
export const GOVERNORATE_NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const neighbours = new Map<string, Set<string>>(GOVERNORATE_CODES.map((code) => [code, new Set<string>()]));
  for (const [a, b] of BORDERS) {
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  return neighbours;
})();

/** Whether two different governorates share a land border. */
export function areNeighbours(a: string, b: string): boolean {
  return GOVERNORATE_NEIGHBOURS.get(a)?.has(b) ?? false;
}
