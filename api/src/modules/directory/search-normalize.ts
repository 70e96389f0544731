/**
 * The TypeScript twin of the SQL function `shabaka_normalize` (migration Directory): the same folding for the
 * query as for the indexed text, plus a map from each normalised character back to the original, for highlights.
 * A test runs both over the same strings against PostgreSQL.
 */

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/;
/** Alef forms, alef maqsura and taa marbuta, and the hamza seats (ؤ typed as و, ئ as ي): how people type them. */
const ARABIC_FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };
/** What unaccent does beyond removing combining marks. */
const LATIN_FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/**
 * Format characters (Unicode category Cf: zero-width spaces and joiners, bidi marks, embeddings and isolates, the
 * byte order mark, soft hyphen): invisible, often pasted along with a name, never part of a word. The same list as
 * in `shabaka_normalize` (Unicode 15).
 */
const FORMAT_CHARS =
  /[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890-\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{110BD}\u{110CD}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0001}\u{E0020}-\u{E007F}]/u;

/** One character of the input, compatibility-decomposed (NFKC: full-width Latin, Arabic presentation forms). */
function foldInput(char: string): string {
  if (FORMAT_CHARS.test(char)) return '';
  let folded = '';
  for (const c of char.normalize('NFKC')) folded += /\s/.test(c) ? ' ' : foldChar(c);
  return folded;
}

function foldChar(char: string): string {
  if (ARABIC_MARKS.test(char)) return '';
  const arabic = ARABIC_FOLD[char];
  if (arabic) return arabic;
  if (/[\u0600-\u06FF]/.test(char)) return char;
  const lower = char.toLowerCase();
  const latin = LATIN_FOLD[lower];
  if (latin) return latin;
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

export interface NormalizedText {
  text: string;
  /** For each code unit of `text`, the index in the original string it came from. */
  origin: number[];
}

export function normalizeWithMap(input: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let lastWasSpace = true; // trims leading space
  let i = 0;
  for (const char of input) {
    const folded = foldInput(char);
    for (const unit of folded) {
      if (unit === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      text += unit;
      origin.push(i);
    }
    i += char.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  return { text, origin };
}

export function normalizeForSearch(input: string): string {
  return normalizeWithMap(input).text;
}

/**
 * Attached clitics, longest first: the article with an optional conjunction (و، ف) and preposition (ب، ك, and ل as
 * "لال" is sometimes written), the
 * preposition ل with the article (لل), then a preposition or a conjunction alone. What remains must keep two letters
 * after the article and three otherwise, so short words are not cut down to nothing.
 * The TypeScript twin of `shabaka_clitic_stem` (migration ArabicSearch); a test runs both over the same words.
 */
const ARTICLE_CLITICS = [/^[وف]?[بكل]?ال([\u0621-\u064A]{2,})$/, /^[وف]?لل([\u0621-\u064A]{2,})$/];
const OTHER_CLITICS = [/^[وف]?[بكل]([\u0621-\u064A]{3,})$/, /^[وف]([\u0621-\u064A]{3,})$/];

function strip(word: string, patterns: RegExp[]): string | null {
  for (const pattern of patterns) {
    const core = pattern.exec(word)?.[1];
    if (core) return core;
  }
  return null;
}

/**
 * A normalised Arabic word without its attached clitics ("والجمعيه" → "جمعيه", "لتمكين" → "تمكين"), or null when it
 * has none. The index holds every word and its stem, so a search for "جمعيه" finds "الجمعيه" and "للجمعيه".
 */
export function cliticStem(word: string): string | null {
  return strip(word, [...ARTICLE_CLITICS, ...OTHER_CLITICS]);
}

/**
 * The forms a word of a search is looked up as: itself and, when it carries the article (with or without a
 * conjunction or preposition), the word without it ("الخيريه" also finds "خيريه"). A single attached letter is not
 * stripped from a search: "بسمه" is a name, not "ب" + "سمه".
 */
export function searchForms(word: string): string[] {
  const core = strip(word, ARTICLE_CLITICS);
  return core ? [word, core] : [word];
}

/** Whether `prefix` (the start of a normalised word) is attached clitics, for highlights. */
export function isCliticPrefix(prefix: string): boolean {
  return /^(?:[وف]?[بكل]?ال|[وف]?لل|[وف]?[بكل]|[وف])$/.test(prefix);
}
