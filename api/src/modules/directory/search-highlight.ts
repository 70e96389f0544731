import { isCliticPrefix, normalizeWithMap } from './search-normalize.js';

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `original` into segments that match a word of the search (at the start of a word, or after the clitics
 * attached to it: the search matches prefixes and stems) and segments that do not. Works on the normalised text, so "الامل" highlights "الأمَل".
 */
export function highlight(original: string, words: string[]): HighlightSegment[] {
  if (words.length === 0 || original === '') return [{ text: original, match: false }];
  const { text, origin } = normalizeWithMap(original);
  const marked = new Array<boolean>(original.length).fill(false);
  for (const word of words) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(word, from);
      if (at < 0) break;
      // at the start of a word, or after clitics attached to it ("جمعيه" in "الجمعيه")
      const wordStart = text.lastIndexOf(' ', at - 1) + 1;
      if (wordStart === at || isCliticPrefix(text.slice(wordStart, at))) {
        const start = origin[at]!;
        // up to the next kept character, so diacritics after the last matched letter are marked with it
        const lastOrigin = origin[at + word.length - 1]!;
        const next = origin[at + word.length];
        const end = next === undefined ? original.trimEnd().length : next > lastOrigin ? next : lastOrigin + 1;
        for (let k = start; k < end; k++) marked[k] = true;
      }
      from = at + 1;
    }
  }
  const segments: HighlightSegment[] = [];
  for (let k = 0; k < original.length; k++) {
    const last = segments.at(-1);
    if (last && last.match === marked[k]) last.text += original[k];
    else segments.push({ text: original[k]!, match: marked[k]! });
  }
  return segments;
}

/** A window of about `size` characters around the first match, with ellipses where cut. */
export function snippet(original: string, words: string[], size = 160): HighlightSegment[] | null {
  const segments = highlight(original, words);
  const firstMatch = segments.findIndex((s) => s.match);
  if (firstMatch < 0) return null;
  const offset = segments.slice(0, firstMatch).reduce((n, s) => n + s.text.length, 0);
  const start = Math.max(0, offset - Math.floor(size / 3));
  const end = Math.min(original.length, start + size);
  const cut: HighlightSegment[] = [];
  let position = 0;
  for (const segment of segments) {
    const from = Math.max(start, position);
    const to = Math.min(end, position + segment.text.length);
    if (from < to) cut.push({ text: segment.text.slice(from - position, to - position), match: segment.match });
    position += segment.text.length;
  }
  if (start > 0) cut.unshift({ text: '… ', match: false });
  if (end < original.length) cut.push({ text: ' …', match: false });
  return cut;
}
