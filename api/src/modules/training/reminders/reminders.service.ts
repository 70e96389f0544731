/**
 * The reminders' scan: an email to each confirmed participant 48 hours before their session starts, and one to each
 * programme officer a week before a session with under half of its seats confirmed. Each is sent once: the scan
 * records what it sends (`training_reminder_sent`, `training_underfill_alert_sent`, keyed by the session's start) in
 * the transaction that writes the emails to the outbox, and `on conflict do nothing` makes a second scan (a retry, a
 * second API process) wait for the first and then find nothing left to send. A session moved to a new start gets
 * its reminder again, for the new date.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EmailOutbox } from '../../../common/email/email-outbox.js';
import { sqlRows } from '../../../database/sql.js';
import { reminderEmail, underfilledEmail, type ReminderSession } from './reminders.emails.js';

export const REMINDER_BEFORE_MS = 48 * 3_600_000;
export const UNDERFILL_BEFORE_MS = 7 * 24 * 3_600_000;
/** Officers are alerted when fewer than this share of the seats are confirmed. */
export const UNDERFILL_SHARE = 0.5;
/** The role whose holders run the training programme (and get the under-filled alerts). */
const TRAINING_OFFICER_ROLE = 'PROGRAMME_OFFICER';

interface SessionRow {
  session_id: string;
  title_ar: string | null;
  title_en: string | null;
  starts_at: Date;
  venue_address_ar: string | null;
  venue_address_en: string | null;
  governorate_ar: string | null;
  governorate_en: string | null;
  online_url: string | null;
}

const SESSION_COLUMNS = `s.id as session_id, c.title_ar, c.title_en, s.starts_at, s.venue_address_ar,
  s.venue_address_en, g.name_ar as governorate_ar, g.name_en as governorate_en, s.online_url`;
const SESSION_JOINS = `join training_course c on c.id = s.course_id left join governorate g on g.code = s.governorate_code`;

function toReminderSession(row: SessionRow, withOnlineUrl: boolean): ReminderSession {
  const online = row.online_url !== null;
  return {
    sessionId: row.session_id,
    titleAr: row.title_ar,
    titleEn: row.title_en,
    startsAt: new Date(row.starts_at),
    venueAr: online ? null : [row.venue_address_ar, row.governorate_ar].filter(Boolean).join('، '),
    venueEn: online ? null : [row.venue_address_en, row.governorate_en].filter(Boolean).join(', '),
    onlineUrl: withOnlineUrl ? row.online_url : null,
  };
}

export interface ScanResult {
  /** Reminder emails written to the outbox by this scan. */
  readonly reminders: number;
  /** Sessions reported as under-filled by this scan (one email per officer each). */
  readonly underfilledSessions: number;
}

export async function scanTrainingReminders(
  em: EntityManager,
  outbox: EmailOutbox,
  portalUrl: string,
  now: Date,
): Promise<ScanResult> {
  return em.transactional(async (tx) => {
    // claimed and emailed in one transaction: a concurrent scan waits on these rows' keys, then skips them
    const reminders = await sqlRows<SessionRow & { email: string }>(
      tx,
      `with claimed as (
         insert into training_reminder_sent (registration_id, session_starts_at, sent_at)
         select r.id, s.starts_at, ? from training_registration r join training_session s on s.id = r.session_id
         where r.status = 'CONFIRMED' and s.cancelled_at is null and s.starts_at > ? and s.starts_at <= ?
         on conflict do nothing
         returning registration_id
       )
       select ${SESSION_COLUMNS}, u.email from claimed k
       join training_registration r on r.id = k.registration_id join auth_user u on u.id = r.user_id
       join training_session s on s.id = r.session_id ${SESSION_JOINS}
       order by s.starts_at, u.email`,
      [now, now, new Date(now.getTime() + REMINDER_BEFORE_MS)],
    );
    for (const row of reminders) {
      await outbox.enqueue(
        tx,
        row.email,
        'TRAINING_SESSION_REMINDER',
        reminderEmail(toReminderSession(row, true), portalUrl),
      );
    }

    const underfilled = await sqlRows<SessionRow & { confirmed_count: number; seats: number }>(
      tx,
      `with claimed as (
         insert into training_underfill_alert_sent (session_id, session_starts_at, confirmed_count, seats, sent_at)
         select s.id, s.starts_at, s.confirmed_count, s.seats, ? from training_session s
         where s.cancelled_at is null and s.starts_at > ? and s.starts_at <= ? and s.confirmed_count < s.seats * ?::numeric
         on conflict do nothing
         returning session_id, confirmed_count, seats
       )
       select ${SESSION_COLUMNS}, k.confirmed_count, k.seats from claimed k
       join training_session s on s.id = k.session_id ${SESSION_JOINS}
       order by s.starts_at, s.id`,
      [now, now, new Date(now.getTime() + UNDERFILL_BEFORE_MS), UNDERFILL_SHARE],
    );
    if (underfilled.length > 0) {
      const officers = await sqlRows<{ email: string }>(
        tx,
        `select distinct u.email from platform_role p join auth_user u on u.id = p.user_id where p.role = ?
         order by u.email`,
        [TRAINING_OFFICER_ROLE],
      );
      for (const row of underfilled) {
        const content = underfilledEmail(
          toReminderSession(row, false),
          { confirmed: row.confirmed_count, seats: row.seats },
          portalUrl,
        );
        for (const officer of officers) {
          await outbox.enqueue(tx, officer.email, 'TRAINING_SESSION_UNDERFILLED', content);
        }
      }
    }
    return { reminders: reminders.length, underfilledSessions: underfilled.length };
  });
}
