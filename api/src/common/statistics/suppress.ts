/**
 * Primary suppression of small counts in public outputs: a count of 1 to 4 could point at a person, so it is
 * published as "fewer than 5" (no value, a flag) instead. Zero and 5 or more are published as they are.
 * Only the primary rule: a table whose suppressed cells could be rebuilt from its totals needs secondary suppression
 * on top (not here).
 */
export const SMALL_COUNT_THRESHOLD = 5;

export interface PublishedCount {
  /** The count, or null when it is suppressed. */
  value: number | null;
  /** True when the count was between 1 and 4 and is withheld. */
  suppressed: boolean;
}

export function isSmallCount(count: number): boolean {
  return count > 0 && count < SMALL_COUNT_THRESHOLD;
}

export function suppressSmallCount(count: number): PublishedCount {
  return isSmallCount(count) ? { value: null, suppressed: true } : { value: count, suppressed: false };
}
