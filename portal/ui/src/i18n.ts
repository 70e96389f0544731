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

/** Each domain keeps its texts as one object per language with the same keys; the types keep them in step. */
export type Messages<Keys extends string> = Record<Locale, Record<Keys, string>>;

export function translator<Keys extends string>(messages: Messages<Keys>, locale: Locale): (key: Keys) => string {
  return (key) => messages[locale][key];
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

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

export function formatDateTime(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** The same page in another language: swaps the first path segment. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const segments = pathname.split('/');
  if (isLocale(segments[1])) segments[1] = target;
  else segments.splice(1, 0, target);
  return segments.join('/') || `/${target}`;
}
