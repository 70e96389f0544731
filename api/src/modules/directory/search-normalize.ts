/**
 * The TypeScript twin of the SQL function `shabaka_normalize` (migration Directory): the same folding for the
 * query as for the indexed text, plus a map from each normalised character back to the original, for highlights.
 * A test runs both over the same strings against PostgreSQL.
 */

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/;
const ARABIC_FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
/** What unaccent does beyond removing combining marks. */
const LATIN_FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

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
    const folded = /\s/.test(char) ? ' ' : foldChar(char);
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
