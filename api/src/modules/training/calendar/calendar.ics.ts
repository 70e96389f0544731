/**
 * Training sessions as iCalendar (RFC 5545), built by ical-generator: one VEVENT per session day, times written in
 * Asia/Amman with its VTIMEZONE (from timezones-ical-library, which follows the tz database: Jordan has kept UTC+3 all
 * year since 2022, which older VTIMEZONE tables still get wrong).
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export const AMMAN = 'Asia/Amman';

export interface CalendarSession {
  readonly id: string;
  readonly titleAr: string | null;
  readonly titleEn: string | null;
  readonly governorateAr: string | null;
  readonly governorateEn: string | null;
  readonly venueAddressAr: string | null;
  readonly venueAddressEn: string | null;
  /** The online link: only for a person's own feed (null on the public one). */
  readonly onlineUrl: string | null;
  readonly online: boolean;
  readonly cancelled: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** SEQUENCE (RFC 5545 3.8.7.4): raised by the database with each change of times, venue, link or status. */
  readonly sequence: number;
  readonly days: readonly { readonly position: number; readonly startsAt: Date; readonly endsAt: Date }[];
}

export interface CalendarOptions {
  /** The calendar's name, e.g. the course's title. */
  readonly name: string;
  /** The portal's address, for each event's link to its session page. */
  readonly portalUrl: string;
  /** The domain part of the events' UIDs (the API's host). */
  readonly uidDomain: string;
}

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)[0];
  return block ? block.replace(/\r\n/g, '\n') : null;
}

/** The UID of a session's day: the same in every feed and every version of it, so clients update in place. */
export function dayUid(sessionId: string, position: number, domain: string): string {
  return `training-session-${sessionId}-day-${position}@${domain}`;
}

function location(session: CalendarSession): string {
  if (session.online)
    return session.onlineUrl ? `عبر الإنترنت | Online: ${session.onlineUrl}` : 'عبر الإنترنت | Online';
  const ar = [session.venueAddressAr, session.governorateAr].filter(Boolean).join('، ');
  const en = [session.venueAddressEn, session.governorateEn].filter(Boolean).join(', ');
  return [ar, en].filter(Boolean).join(' | ');
}

export function sessionsCalendar(sessions: readonly CalendarSession[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Shabaka', product: 'training', language: 'AR' },
    method: ICalCalendarMethod.PUBLISH,
    // no calendar-wide zone (ical-generator would write DTSTAMP in it, where RFC 5545 asks for UTC): each event names
    // Asia/Amman, and the generator writes its VTIMEZONE once
    timezone: { name: null, generator: vtimezone },
  });
  const portal = options.portalUrl.replace(/\/$/, '');
  for (const session of sessions) {
    const titleAr = session.titleAr ?? session.titleEn ?? '';
    const titleEn = session.titleEn ?? session.titleAr ?? '';
    const total = session.days.length;
    for (const day of session.days) {
      const dayLabel = total > 1 ? ` (اليوم ${day.position} من ${total} | Day ${day.position} of ${total})` : '';
      const link = `${portal}/en/training/sessions/${session.id}`;
      calendar.createEvent({
        id: dayUid(session.id, day.position, options.uidDomain),
        // luxon gives ical-generator the local Amman time (a plain Date would be written in the process's zone)
        start: DateTime.fromJSDate(day.startsAt, { zone: AMMAN }),
        end: DateTime.fromJSDate(day.endsAt, { zone: AMMAN }),
        timezone: AMMAN,
        stamp: session.updatedAt,
        created: session.createdAt,
        lastModified: session.updatedAt,
        sequence: session.sequence,
        status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        summary: `${session.cancelled ? 'ملغاة | Cancelled: ' : ''}${titleAr} | ${titleEn}${dayLabel}`,
        location: location(session),
        description:
          `${titleAr}\n${portal}/ar/training/sessions/${session.id}\n\n${titleEn}\n${link}` +
          (session.onlineUrl ? `\n\nعبر الإنترنت | Online: ${session.onlineUrl}` : ''),
        url: link,
      });
    }
  }
  return calendar.toString();
}
