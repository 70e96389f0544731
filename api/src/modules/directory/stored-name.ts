/**
 * Invisible characters that change how a name reads without being seen: the bidi controls (embeddings, overrides,
 * isolates, marks, the Arabic letter mark) and the zero-width characters. A stored name holds none of them, so that
 * what the directory shows, sorts, searches and exports is the name as a reader sees it.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The name to store, or null when nothing visible is left. */
export function storedName(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.replace(INVISIBLE, '').normalize('NFC').trim() || null;
}
