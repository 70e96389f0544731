/**
 * A participant's agenda as iCalendar (RFC 5545), built by ical-generator as the training feeds are: one VEVENT per
 * accepted meeting, written in Asia/Amman with its VTIMEZONE from timezones-ical-library.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

const AMMAN = 'Asia/Amman';

export interface AgendaMeeting {
  readonly id: string;
  readonly dayId: string;
  readonly dayTitleAr: string;
  readonly dayTitleEn: string;
  readonly otherAr: string;
  readonly otherEn: string;
  readonly location: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly answeredAt: Date;
}

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)[0];
  return block ? block.replace(/\r\n/g, '\n') : null;
}

/** The UID of a meeting: the same in both participants' feeds and every version of them. */
export function meetingUid(meetingId: string, domain: string): string {
  return `matchmaking-meeting-${meetingId}@${domain}`;
}

export function agendaCalendar(
  meetings: readonly AgendaMeeting[],
  options: { name: string; portalUrl: string; uidDomain: string },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Shabaka', product: 'matchmaking', language: 'AR' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: vtimezone },
  });
  const portal = options.portalUrl.replace(/\/$/, '');
  for (const m of meetings) {
    const link = `${portal}/en/partnerships/matchmaking/${m.dayId}/agenda`;
    calendar.createEvent({
      id: meetingUid(m.id, options.uidDomain),
      start: DateTime.fromJSDate(m.startsAt, { zone: AMMAN }),
      end: DateTime.fromJSDate(m.endsAt, { zone: AMMAN }),
      timezone: AMMAN,
      stamp: m.answeredAt,
      status: ICalEventStatus.CONFIRMED,
      summary: `لقاء مع ${m.otherAr} | Meeting with ${m.otherEn}`,
      location: m.location,
      description: `${m.dayTitleAr}\n${portal}/ar/partnerships/matchmaking/${m.dayId}/agenda\n\n${m.dayTitleEn}\n${link}`,
      url: link,
    });
  }
  return calendar.toString();
}
