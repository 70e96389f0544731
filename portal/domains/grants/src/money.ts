/** Money of the grants pages: integer minor units in the API, euros as people type and read them. */
import { intlLocale, type Locale } from '@shabaka/ui';

/** Cents from what a person typed ("1234", "1,234.50", "١٢٣٤٫٥"); null when it is not an amount. */
export function centsOf(typed: string): number | null {
  const western = typed
    .trim()
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/٫/g, '.')
    .replace(/[,\s٬]/g, '');
  if (western === '') return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(western)) return null;
  const [whole, fraction = ''] = western.split('.') as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as euros typed back into a field: "1234.5" → "1234.50"; 0 → "". */
export const typedEuros = (cents: number): string => (cents === 0 ? '' : (cents / 100).toFixed(2));

/** An amount in minor units for reading, in the reader's digits: "€60,000" or "‏60٬000 €". */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const digits = currency === 'JOD' ? 3 : 2;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    maximumFractionDigits: minor % 10 ** digits === 0 ? 0 : digits,
  }).format(minor / 10 ** digits);
}

/** Basis points as a percentage: 1000 → "10 %". */
export const percentOf = (bps: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);
