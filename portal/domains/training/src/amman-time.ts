/**
 * Times of the training pages: stored in UTC by the API, typed and shown in Amman time (Asia/Amman). Officers type a
 * day's date and times as they read them on a wall clock in Amman; the offset is taken from the time zone database
 * for that moment (Jordan keeps UTC+3 all year since 2022, earlier dates had summer time).
 */
import { TIME_ZONE, intlLocale, type Locale } from '@shabaka/ui';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Amman of an instant, as YYYY-MM-DDTHH:mm. */
export function ammanLocal(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const p = Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant (UTC) of a wall-clock time in Amman typed as YYYY-MM-DDTHH:mm; null when it is not one. */
export function fromAmman(local: string): Date | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // the offset of Amman at that moment: its wall clock read back as if it were UTC, minus the instant
  let instant = asUtc;
  for (let i = 0; i < 2; i += 1) {
    const shown = Date.parse(`${ammanLocal(new Date(instant))}:00Z`);
    instant = asUtc - (shown - instant);
  }
  const result = new Date(instant);
  return ammanLocal(result) === local.trim() ? result : null;
}

/** The first moment of a month in Amman (month: YYYY-MM), and of the next one. */
export function ammanMonth(month: string): { from: Date; before: Date } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]);
  if (index < 1 || index > 12) return null;
  const next = index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
  const from = fromAmman(`${month}-01T00:00`);
  const before = fromAmman(`${next}-01T00:00`);
  return from && before ? { from, before } : null;
}

/** The months from the one of `now` (Amman), for the catalogue's month filter. */
export function nextMonths(now: Date, count: number): string[] {
  const [year, month] = ammanLocal(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const total = year * 12 + (month - 1) + i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: TIME_ZONE });
    formats.set(key, found);
  }
  return found;
}

/** A day of a session: its weekday and date (الثلاثاء ١٥ كانون الأول ٢٠٢٦, Tuesday 15 December 2026). */
export function formatDay(iso: string, locale: Locale): string {
  return format(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** A time of day in Amman (٩:٠٠ ص, 09:00). */
export function formatTime(iso: string, locale: Locale): string {
  return format(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A month of the catalogue's filter (كانون الأول ٢٠٢٦, December 2026). */
export function formatMonth(month: string, locale: Locale): string {
  const start = ammanMonth(month)?.from ?? new Date();
  return format(locale, { month: 'long', year: 'numeric' }).format(start);
}

/** A date without weekday (١٥ كانون الأول ٢٠٢٦). */
export function formatShortDay(iso: string, locale: Locale): string {
  return format(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}
