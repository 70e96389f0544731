/**
 * Matching keys for names in Arabic and Latin script, so that transliteration variants meet: "Mohammed",
 * "Muhammad" and "محمد" all give `mhmd`; "Abd al-Rahman", "Abdul Rahman" and "عبد الرحمن" all give `bd rhmn`.
 *
 * A name is first folded as the directory's search folds it (hamza forms, alef maqsura, taa marbuta, tashkeel,
 * tatweel, Latin accents), then each word becomes a consonant skeleton: Arabic letters map to the Latin consonant
 * a transliteration writes for them (emphatic and plain pairs fold together: ص/س → s, ط/ت → t), Latin digraphs
 * (kh, sh, th, dh, gh, ph) become one letter, vowels (and ع, and و/ي/ا inside a word, which are long vowels there)
 * drop, doubled letters collapse. The article (al-, el-, ul-, ال) is its own word and drops; "Abdul"/"Abdel" and
 * "عبدال..." split into "abd" and the rest. The words are sorted and deduplicated (a token set), and the key is
 * compared with PostgreSQL's `similarity` (pg_trgm) against the threshold below.
 */
import { normalizeForSearch } from '../../directory/index.js';

/**
 * The one place the screening threshold lives: a pair of keys whose pg_trgm `similarity` reaches it is a potential
 * hit for an officer to review. Measured on the test cases in `api/test/graphql/grants/screening/` (see the
 * commit message): every transliteration variant of the known pairs scores 1.0 or above 0.6, unrelated names
 * below 0.3.
 */
export const SCREENING_THRESHOLD = 0.5;

const ARABIC_TO_LATIN: Record<string, string> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ء: '',
};

/** Latin spellings folded to the consonant the Arabic map writes (order matters: digraphs first). */
const LATIN_RULES: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/sh/g, 's'],
  [/ch/g, 's'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/q/g, 'k'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/g/g, 'j'],
  [/v/g, 'f'],
  [/p/g, 'b'],
  [/e/g, 'i'],
  [/o/g, 'u'],
];

const ARTICLES = new Set(['al', 'el', 'ul', 'il', 'ال']);

/** Splits article and "abdul"-type prefixes off a folded word. */
function splitWord(word: string): string[] {
  if (/^abd(ul|el|al|ol|il|oul)$/.test(word)) return ['abd'];
  const latinAbd = /^(abd)(ul|el|al|ol|il|oul)(.{3,})$/.exec(word);
  if (latinAbd) return [latinAbd[1]!, latinAbd[3]!];
  const arabicAbd = /^(عبد)ال(.{2,})$/.exec(word);
  if (arabicAbd) return [arabicAbd[1]!, arabicAbd[2]!];
  const latinArticle = /^(al|el)([a-z]{4,})$/.exec(word);
  if (latinArticle) return [latinArticle[2]!];
  const arabicArticle = /^(و?ال)(.{2,})$/.exec(word);
  if (arabicArticle) return [arabicArticle[2]!];
  return [word];
}

/** The consonant skeleton of one folded word. */
export function skeleton(word: string): string {
  let latin = '';
  if (/[\u0600-\u06FF]/.test(word)) {
    const letters = [...word];
    letters.forEach((letter, i) => {
      // inside a word, alef, waw and yaa are long vowels; first, they are a consonant (or a vowel start)
      if (i > 0 && (letter === 'ا' || letter === 'و' || letter === 'ي')) return;
      // a final haa is usually a taa marbuta folded to haa: not written in Latin
      if (i === letters.length - 1 && letter === 'ه' && letters.length > 2) return;
      latin += ARABIC_TO_LATIN[letter] ?? (/[a-z0-9]/.test(letter) ? letter : '');
    });
  } else {
    latin = word.replace(/[^a-z0-9]/g, '');
    for (const [pattern, replacement] of LATIN_RULES) latin = latin.replace(pattern, replacement);
    // a final -a/-ah/-at of a feminine name is the taa marbuta
    latin = latin.replace(/(a|ah|at)$/, (m) => (latin.length > 4 ? '' : m));
    // inside a word, w and y write the long vowels the Arabic skips
    latin = latin.slice(0, 1) + latin.slice(1).replace(/[wy]/g, '');
  }
  // vowels drop (ع drops above, so "Omar" and "عمر" meet), doubled letters collapse
  return latin.replace(/[aiu]/g, '').replace(/(.)\1+/g, '$1');
}

/** The key of a name: its words' skeletons, deduplicated and sorted. Empty when nothing is left. */
export function nameKey(name: string): string {
  const folded = normalizeForSearch(name)
    // an apostrophe writes the ain or the hamza inside a word (Sa'eed, Mas‘ud): it joins
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[-_.,()/]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  const words = folded.flatMap(splitWord).filter((w) => !ARTICLES.has(w));
  const keys = new Set(words.map(skeleton).filter((k) => k.length > 0));
  return [...keys].sort().join(' ');
}
