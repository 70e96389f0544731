/** Groups rows by a key, in the order of `keys` (what a DataLoader's batch function returns). */
export function groupBy<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const byKey = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}
