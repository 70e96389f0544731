/**
 * The training calendar feeds: a public one per session, and a personal one per person at a secret URL. The secret is
 * 32 random bytes; only its SHA-256 is stored, so the URL is shown once (when made) and a reset makes the old one
 * answer 404. The personal feed holds the person's confirmed registrations (with the online link, theirs to see) and
 * those of sessions cancelled while they held a seat (as CANCELLED, so the event leaves their calendar); waitlisted
 * registrations are left out: they hold no seat, and the promotion email comes when one frees.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit/audit.js';
import { sqlRows } from '../../../database/sql.js';
import type { CalendarSession } from './calendar.ics.js';
import { TrainingCalendarTokenEntity } from './calendar.entities.js';

/** How the secret looks in a URL: 43 characters of base64url. */
export const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function personalFeedPath(token: string): string {
  return `/calendar/training/me/${token}.ics`;
}

export function sessionFeedPath(sessionId: string): string {
  return `/calendar/training/sessions/${sessionId}.ics`;
}

interface SessionRow {
  id: string;
  title_ar: string | null;
  title_en: string | null;
  governorate_ar: string | null;
  governorate_en: string | null;
  venue_address_ar: string | null;
  venue_address_en: string | null;
  online_url: string | null;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
  calendar_sequence: number;
}

async function calendarSessions(
  em: EntityManager,
  sessionIds: readonly string[],
  withOnlineUrl: boolean,
): Promise<CalendarSession[]> {
  if (sessionIds.length === 0) return [];
  const sessions = await sqlRows<SessionRow>(
    em,
    `select s.id, c.title_ar, c.title_en, g.name_ar as governorate_ar, g.name_en as governorate_en,
       s.venue_address_ar, s.venue_address_en, s.online_url, s.cancelled_at, s.created_at, s.updated_at, s.calendar_sequence
     from training_session s join training_course c on c.id = s.course_id
     left join governorate g on g.code = s.governorate_code
     where s.id = any(?) order by s.starts_at, s.id`,
    [sessionIds],
  );
  const days = await sqlRows<{ session_id: string; position: number; starts_at: Date; ends_at: Date }>(
    em,
    'select session_id, position, starts_at, ends_at from training_session_day where session_id = any(?) order by position',
    [sessionIds],
  );
  return sessions.map((s) => ({
    id: s.id,
    titleAr: s.title_ar,
    titleEn: s.title_en,
    governorateAr: s.governorate_ar,
    governorateEn: s.governorate_en,
    venueAddressAr: s.venue_address_ar,
    venueAddressEn: s.venue_address_en,
    online: s.online_url !== null,
    onlineUrl: withOnlineUrl ? s.online_url : null,
    cancelled: s.cancelled_at !== null,
    createdAt: new Date(s.created_at),
    updatedAt: new Date(s.updated_at),
    sequence: s.calendar_sequence,
    days: days
      .filter((d) => d.session_id === s.id)
      .map((d) => ({ position: d.position, startsAt: new Date(d.starts_at), endsAt: new Date(d.ends_at) })),
  }));
}

/** A session for its public feed (never its online link); null when there is none. */
export async function publicSessionCalendar(em: EntityManager, sessionId: string): Promise<CalendarSession | null> {
  const [session] = await calendarSessions(em, [sessionId], false);
  return session ?? null;
}

/** The sessions of the person whose secret this is; null when the secret is unknown (or was reset). */
export async function personalCalendar(em: EntityManager, token: string): Promise<CalendarSession[] | null> {
  const owner = await em.findOne(TrainingCalendarTokenEntity, { tokenHash: hashCalendarToken(token) });
  if (!owner) return null;
  const rows = await sqlRows<{ session_id: string }>(
    em,
    // a session's cancellation cancels its registrations in the same transaction: those stay, as CANCELLED events
    `select r.session_id from training_registration r join training_session s on s.id = r.session_id
     where r.user_id = ? and (r.status = 'CONFIRMED' or (s.cancelled_at is not null and r.confirmed_at is not null
       and r.cancelled_at >= s.cancelled_at - interval '1 minute'))
     order by s.starts_at desc limit 500`,
    [owner.userId],
  );
  return calendarSessions(
    em,
    rows.map((r) => r.session_id),
    true,
  );
}

/** When the person's calendar secret was made (null: never). */
export async function calendarLinkCreatedAt(em: EntityManager, userId: string): Promise<Date | null> {
  const row = await em.findOne(TrainingCalendarTokenEntity, { userId });
  return row?.createdAt ?? null;
}

/** Makes the person a new secret, replacing any old one (whose URL stops working), with its audit event. */
export async function resetCalendarToken(
  em: EntityManager,
  actor: { userId: string; requestId: string },
): Promise<{ token: string; createdAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = new Date();
  await em.transactional(async (tx) => {
    await sqlRows(
      tx,
      `insert into training_calendar_token (user_id, token_hash, created_at) values (?, ?, ?)
       on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at`,
      [actor.userId, hashCalendarToken(token), createdAt],
    );
    audit(tx, {
      actorId: actor.userId,
      action: 'TRAINING_CALENDAR_LINK_RESET',
      subjectType: 'Person',
      subjectId: actor.userId,
      requestId: actor.requestId,
    });
    await tx.flush();
  });
  return { token, createdAt };
}
