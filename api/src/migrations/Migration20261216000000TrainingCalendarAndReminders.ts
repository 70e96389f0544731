import { Migration } from '@mikro-orm/migrations';

/**
 * Training calendars and reminders: the secret of each person's calendar feed (its SHA-256 only), and the reminders
 * and under-filled alerts already sent, so that a scan run twice (or by two API processes) sends each one once.
 *
 * A session's calendar SEQUENCE (RFC 5545: raised by each change that matters to an attendee) is counted by triggers,
 * whatever code path changes its times, venue, link or cancellation, or its days.
 */
export class Migration20261216000000TrainingCalendarAndReminders extends Migration {
  override up(): void {
    this.addSql('alter table training_session add column calendar_sequence integer not null default 0;');
    this.addSql(`
      create function training_session_calendar_sequence() returns trigger language plpgsql as $$
      begin
        if (new.starts_at, new.ends_at, new.governorate_code, new.venue_address_ar, new.venue_address_en,
            new.online_url, new.cancelled_at)
           is distinct from (old.starts_at, old.ends_at, old.governorate_code, old.venue_address_ar,
            old.venue_address_en, old.online_url, old.cancelled_at) then
          new.calendar_sequence := old.calendar_sequence + 1;
        end if;
        return new;
      end $$;
    `);
    this.addSql(`
      create trigger training_session_calendar_sequence before update on training_session
      for each row execute function training_session_calendar_sequence();
    `);
    this.addSql(`
      create function training_session_day_calendar_sequence() returns trigger language plpgsql as $$
      begin
        update training_session set calendar_sequence = calendar_sequence + 1
        where id = coalesce(new.session_id, old.session_id);
        return null;
      end $$;
    `);
    this.addSql(`
      create trigger training_session_day_calendar_sequence after update or delete on training_session_day
      for each row execute function training_session_day_calendar_sequence();
    `);
    this.addSql(`
      create table training_calendar_token (
        user_id uuid primary key references auth_user (id) on delete cascade,
        token_hash text not null unique,
        created_at timestamptz not null default date_trunc('milliseconds', now())
      );
    `);
    this.addSql(`
      create table training_reminder_sent (
        registration_id uuid not null references training_registration (id) on delete cascade,
        session_starts_at timestamptz not null,
        sent_at timestamptz not null default now(),
        primary key (registration_id, session_starts_at)
      );
    `);
    this.addSql(`
      create table training_underfill_alert_sent (
        session_id uuid not null references training_session (id) on delete cascade,
        session_starts_at timestamptz not null,
        confirmed_count integer not null,
        seats integer not null,
        sent_at timestamptz not null default now(),
        primary key (session_id, session_starts_at)
      );
    `);
  }

  override down(): void {
    this.addSql('drop trigger if exists training_session_day_calendar_sequence on training_session_day;');
    this.addSql('drop function if exists training_session_day_calendar_sequence();');
    this.addSql('drop trigger if exists training_session_calendar_sequence on training_session;');
    this.addSql('drop function if exists training_session_calendar_sequence();');
    this.addSql('alter table training_session drop column if exists calendar_sequence;');
    this.addSql('drop table if exists training_underfill_alert_sent;');
    this.addSql('drop table if exists training_reminder_sent;');
    this.addSql('drop table if exists training_calendar_token;');
  }
}
