/**
 * The portal's languages. Arabic is the default and reads right to left; the locale is the first segment of every
 * URL (/ar/..., /en/...), so a shared link opens in the language it was shared in.
 */
export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ar';

/** The time zone in which every time is shown (they are stored in UTC). */
export const TIME_ZONE = 'Asia/Amman';

export function isLocale(value: string | undefined | null): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** BCP 47 tag for Intl: Jordanian Arabic (Arabic-Indic digits), English as used in Jordan. */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-JO' : 'en-GB';
}

/**
 * A message compiled by Paraglide JS (each package's `messages/{locale}.json` -> `src/paraglide/messages.js`).
 * Every call passes the reader's locale explicitly: the server renders pages of several readers at once, so nothing
 * reads a locale from shared state.
 */
export type CompiledMessage<Inputs> = (inputs: Inputs, options?: { locale?: Locale }) => string;

/** `t(m.results_count, { count })`: the message in `locale`; messages without inputs take none. */
export type Translate = <Inputs>(
  message: CompiledMessage<Inputs>,
  ...inputs: NonNullable<unknown> extends Inputs ? [inputs?: Inputs] : [inputs: Inputs]
) => string;

export function translate(locale: Locale): Translate {
  return (message, ...inputs) => message((inputs[0] ?? {}) as Parameters<typeof message>[0], { locale });
}

/**
 * `tn(m.results_count, total)`: a message that varies with a count (Arabic has six plural forms: zero, one, two,
 * few, many, other), given the count for the choice and `countText`, the count written for the reader.
 */
export type TranslateCount = <Inputs extends { count: unknown; countText: unknown }>(
  message: CompiledMessage<Inputs>,
  count: number,
  ...inputs: NonNullable<unknown> extends Omit<Inputs, 'count' | 'countText'>
    ? [inputs?: Omit<Inputs, 'count' | 'countText'>]
    : [inputs: Omit<Inputs, 'count' | 'countText'>]
) => string;

export function translateCount(locale: Locale): TranslateCount {
  return (message, count, ...inputs) =>
    message({ ...inputs[0], count, countText: formatNumber(count, locale) } as Parameters<typeof message>[0], {
      locale,
    });
}

/** The platform's name, e.g. in page titles. */
export const SITE_NAME: Record<Locale, string> = { ar: 'شبكة', en: 'Shabaka' };

/** A page's <title>: the page, then the platform. */
export function pageTitle(locale: Locale, title?: string): string {
  return title ? `${title} · ${SITE_NAME[locale]}` : SITE_NAME[locale];
}

/** The name of each language in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { ar: 'العربية', en: 'English' };

/** A text in both languages, as the API returns it (LocalizedText): the reader's language, else the other. */
export function localized(
  text: { ar?: string | null; en?: string | null },
  locale: Locale,
): { text: string; lang: Locale } | undefined {
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  const own = text[locale];
  if (own) return { text: own, lang: locale };
  const fallback = text[other];
  return fallback ? { text: fallback, lang: other } : undefined;
}

/**
 * Intl formatters are costly to build (a phone spends milliseconds on each while hydrating a page of facets), so
 * each locale and set of options gets one, reused.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    dateFormats.set(key, format);
  }
  return format;
}

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/**
 * A whole number as the reader writes it (1,234 or ١٬٢٣٤). Written by hand for integers: building the first
 * Intl.NumberFormat loads locale data, which costs a phone a tenth of a second while a page of counts hydrates;
 * a unit test checks it against Intl.
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isSafeInteger(value)) return numberFormat(locale).format(value);
  const grouped = Math.abs(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'ar' ? '٬' : ',');
  const digits = locale === 'ar' ? grouped.replace(/\d/g, (d) => ARABIC_INDIC_DIGITS[Number(d)]!) : grouped;
  return value < 0 ? `${locale === 'ar' ? '؜-' : '-'}${digits}` : digits;
}

/** A year, without the thousands separator (٢٠١١, 2011). */
export function formatYear(value: number, locale: Locale): string {
  return numberFormat(locale, { useGrouping: false }).format(value);
}

export function formatDecimal(value: number, locale: Locale, digits: number): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A file's size as the reader writes it: 5 MB, 4.9 MB, 120 KB (٥ ميغابايت، ٤٫٩ ميغابايت، ١٢٠ كيلوبايت). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes / 1024 / 1024;
  if (megabytes >= 1) {
    const rounded = Math.round(megabytes * 10) / 10;
    return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(rounded)} ${locale === 'ar' ? 'ميغابايت' : 'MB'}`;
  }
  return `${formatNumber(Math.ceil(bytes / 1024), locale)} ${locale === 'ar' ? 'كيلوبايت' : 'KB'}`;
}

/** A calendar date (YYYY-MM-DD, no time of day) as the reader writes it. */
export function formatDate(isoDate: string, locale: Locale): string {
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

export function formatDateTime(iso: string | Date, locale: Locale): string {
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    typeof iso === 'string' ? new Date(iso) : iso,
  );
}

/** A page of the portal in a language: `/ar/directory`. Domains build their links with it. */
export function pagePath(locale: Locale, path = ''): string {
  return `/${locale}${path ? `/${path}` : ''}`;
}

/** The same page in another language: swaps the first path segment. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const segments = pathname.split('/');
  if (isLocale(segments[1])) segments[1] = target;
  else segments.splice(1, 0, target);
  return segments.join('/') || `/${target}`;
}
