/** Times of matchmaking days as the reader writes them, always in Asia/Amman (the API gives UTC instants). */
import { TIME_ZONE, intlLocale, type Locale } from '@shabaka/ui';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: TIME_ZONE });
    formats.set(key, found);
  }
  return found;
}

/** "09:00–09:30" in the page's language and digits (the page wraps it in <bdi> so it reads right in Arabic). */
export function timeRange(startsAt: string, endsAt: string, locale: Locale): string {
  return format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
}

/** The day's date, e.g. "Thursday 24 December 2026". */
export function dayDate(startsAt: string, locale: Locale): string {
  return format(locale, { dateStyle: 'full' }).format(new Date(startsAt));
}

/** The Amman wall-clock time of an instant as YYYY-MM-DDTHH:mm, for a datetime-local field's value. */
export function ammanLocalInput(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * A datetime-local value typed in Amman time as a UTC instant; null when it is not one. Jordan keeps UTC+3 all year
 * since 2022: the offset is read from Intl for the day itself rather than assumed.
 */
export function fromAmmanLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const guess = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (Number.isNaN(guess.getTime())) return null;
  const shown = ammanLocalInput(guess);
  const offset = Date.parse(`${shown}:00Z`) - guess.getTime();
  return new Date(guess.getTime() - offset);
}
