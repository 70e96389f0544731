/**
 * The directory's relevance set: fixed searches over the 300 demo organisations (`generateOrganization(DEMO_SEED, i)`)
 * with what an Arabic or English reader expects each to find, stated on the text as written (regular expressions
 * over the names and missions, independent of the search's own folding and stemming). The relevance test asserts
 * it and `pnpm bench relevance` reports it; the scale work can grow it.
 */
import type { NewOrganization } from '../organization.bulk.js';

export interface RelevanceCase {
  search: string;
  /** Why this search is in the set (the behaviour it pins). */
  why: string;
  /** The organisations a reader expects: every one is found, and nothing else. */
  expects: (organization: NewOrganization) => boolean;
  /** The organisations that must come first (an exact or prefix match of the name), when some do. */
  first?: (organization: NewOrganization) => boolean;
}

const arabic = (o: NewOrganization): string => `${o.nameAr ?? ''} ${o.missionAr ?? ''}`;
const english = (o: NewOrganization): string => `${o.nameEn ?? ''} ${o.missionEn ?? ''} ${o.acronym ?? ''}`;
const inArabic =
  (...patterns: RegExp[]) =>
  (o: NewOrganization): boolean =>
    patterns.every((p) => p.test(arabic(o)));
const inEnglish =
  (...patterns: RegExp[]) =>
  (o: NewOrganization): boolean =>
    patterns.every((p) => p.test(english(o)));
const nameStartsWith =
  (prefix: RegExp) =>
  (o: NewOrganization): boolean =>
    prefix.test(o.nameAr ?? '') || prefix.test(o.nameEn ?? '');

export const RELEVANCE_SET: RelevanceCase[] = [
  {
    search: 'جمعية',
    why: 'a word also written with the article attached (الجمعية التعاونية)',
    expects: inArabic(/جمعية/),
    first: nameStartsWith(/^جمعية/),
  },
  {
    search: 'الخيرية',
    why: 'the article typed, the names have the bare word (جمعية خيرية)',
    expects: inArabic(/خيرية/),
  },
  {
    search: 'الجمعيه الخيريه',
    why: 'two words with the article and ه for ة',
    expects: inArabic(/جمعية/, /خيرية/),
  },
  {
    search: 'مؤسسة',
    why: 'exact word',
    expects: inArabic(/مؤسسة/),
    first: nameStartsWith(/^مؤسسة/),
  },
  {
    search: 'موسسة',
    why: 'ؤ typed as و',
    expects: inArabic(/مؤسسة/),
    first: nameStartsWith(/^مؤسسة/),
  },
  {
    search: 'للشباب',
    why: 'the prepositions ل and the article (لل) attached in the search and in the names (الشباب، للشباب)',
    expects: inArabic(/شباب/),
  },
  {
    search: 'تمكين',
    why: 'a name with the preposition attached (لتمكين المرأة)',
    expects: inArabic(/تمكين/),
  },
  {
    search: 'الأيتام',
    why: 'the article in the search, the preposition and the article in the names (لرعاية الأيتام)',
    expects: inArabic(/أيتام/),
  },
  {
    search: 'الامل',
    why: 'hamza seat of alef folded',
    expects: inArabic(/الأمل/),
  },
  {
    search: 'سنابك',
    why: 'a one-letter typo of سنابل',
    expects: inArabic(/سنابل/),
  },
  {
    search: 'الأردن',
    why: 'a word in no name or mission: nothing, rather than close words',
    expects: () => false,
  },
  {
    search: 'Ajyal',
    why: 'English name',
    expects: inEnglish(/ajyal/i),
  },
  {
    search: 'Aj\u200Byal',
    why: 'a zero-width space inside the word (pasted text)',
    expects: inEnglish(/ajyal/i),
  },
  {
    search: 'ＡＪＹＡＬ',
    why: 'full-width Latin letters (an East Asian keyboard)',
    expects: inEnglish(/ajyal/i),
  },
  {
    search: '\u202Bجمعية\u202C \u200Fسنابل',
    why: 'bidi controls around Arabic words',
    expects: inArabic(/جمعية/, /سنابل/),
  },
  {
    search: 'ﺳﻨﺎﺑﻞ',
    why: 'Arabic presentation forms (text copied from a PDF)',
    expects: inArabic(/سنابل/),
  },
  {
    search: 'charit',
    why: 'a word being typed (prefix)',
    expects: inEnglish(/\bcharit/i),
  },
  {
    search: 'Charitable Society',
    why: 'two English words',
    expects: inEnglish(/charitable/i, /society/i),
  },
  {
    search: 'Solidrity',
    why: 'a typo of a word in no name or mission: nothing',
    expects: () => false,
  },
];
