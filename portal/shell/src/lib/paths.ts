import { base } from '$app/paths';
import type { Locale } from '@shabaka/ui';

/** A link inside the portal: the base path (for a sub-path deployment), the locale, then the page. */
export function localeHref(locale: Locale, path = ''): string {
  return `${base}/${locale}${path ? `/${path}` : ''}`;
}

/** A path the shell computed (e.g. the same page in another language), under the base path. */
export function withBase(path: string): string {
  return `${base}${path}`;
}
