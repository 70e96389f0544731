/**
 * Expiry dates of needs and offers: stored as an instant by the API, typed and shown as a day in Amman
 * (Asia/Amman). A listing typed to expire on a day stays shown until the end of that day in Amman.
 */
import { TIME_ZONE, intlLocale, type Locale } from '@shabaka/ui';

const dayParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day in Amman of an instant, as YYYY-MM-DD (the value of a date field). */
export function ammanDay(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const p = Object.fromEntries(dayParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** The last minute of a day in Amman (YYYY-MM-DD) as an instant; null when it is not a date. */
export function endOfAmmanDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;
  const [, y, mo, d] = match.map(Number) as [number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, 23, 59);
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  // the offset of Amman on that day (UTC+3 since 2022; the time zone database knows older dates)
  const shown = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(asUtc));
  const hour = Number(shown.find((part) => part.type === 'hour')?.value ?? 0);
  const offsetHours = (hour - 23 + 24) % 24;
  return new Date(asUtc - offsetHours * 3_600_000);
}

/** An expiry as the reader writes a day, in Amman. */
export function formatExpiry(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: TIME_ZONE }).format(
    new Date(instant),
  );
}
