import { Migration } from '@mikro-orm/migrations';

/**
 * Matchmaking days: a programme networking day cut into meeting slots, the organisations and institutions taking
 * part, their availability per slot, 1:1 meeting requests between them and the bookings an accepted one makes.
 *
 * No participant is ever double-booked: `matchmaking_booking` has the primary key (participant, slot), and an accepted
 * meeting inserts one row for each of its two participants in the same transaction, so a second meeting in the same
 * slot for either of them is refused by the database itself, concurrent acceptances included. The service also locks
 * both participants' rows (in id order, so two acceptances never wait on each other crosswise) before it picks the
 * first common free slot, so competing acceptances queue instead of failing.
 */
export class Migration20261224000000Matchmaking extends Migration {
  override up(): void {
    this.addSql(`
      create table matchmaking_day (
        id uuid primary key,
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        slot_minutes smallint not null check (slot_minutes between 5 and 240),
        governorate_code text references governorate (code),
        venue_ar text check (length(venue_ar) between 1 and 500),
        venue_en text check (length(venue_en) between 1 and 500),
        online_url text check (length(online_url) between 1 and 500),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
        created_by uuid references auth_user (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        published_at timestamptz,
        check (title_ar is not null or title_en is not null),
        check (ends_at > starts_at),
        check (online_url is not null or governorate_code is not null)
      );
      create index matchmaking_day_starts_idx on matchmaking_day (starts_at desc, id);
    `);
    this.addSql(`
      create table matchmaking_slot (
        id uuid primary key,
        day_id uuid not null references matchmaking_day (id) on delete cascade,
        position smallint not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        check (ends_at > starts_at),
        unique (day_id, position)
      );
    `);
    this.addSql(`
      create table matchmaking_participant (
        id uuid primary key,
        day_id uuid not null references matchmaking_day (id) on delete cascade,
        organization_id uuid references organization (id) on delete cascade,
        institution_id uuid references institution (id) on delete cascade,
        note_ar text check (length(note_ar) between 1 and 2000),
        note_en text check (length(note_en) between 1 and 2000),
        calendar_token_hash text unique,
        calendar_token_created_at timestamptz(3),
        created_by uuid references auth_user (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        check (num_nonnulls(organization_id, institution_id) = 1)
      );
      create unique index matchmaking_participant_party_idx
        on matchmaking_participant (day_id, coalesce(organization_id, institution_id));
      create index matchmaking_participant_organization_idx on matchmaking_participant (organization_id)
        where organization_id is not null;
      create index matchmaking_participant_institution_idx on matchmaking_participant (institution_id)
        where institution_id is not null;
    `);
    this.addSql(`
      create table matchmaking_availability (
        participant_id uuid not null references matchmaking_participant (id) on delete cascade,
        slot_id uuid not null references matchmaking_slot (id) on delete cascade,
        primary key (participant_id, slot_id)
      );
    `);
    this.addSql(`
      create table matchmaking_meeting (
        id uuid primary key,
        day_id uuid not null references matchmaking_day (id) on delete cascade,
        requester_id uuid not null references matchmaking_participant (id) on delete cascade,
        invitee_id uuid not null references matchmaking_participant (id) on delete cascade,
        message text not null check (length(message) between 1 and 2000),
        status text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
        slot_id uuid references matchmaking_slot (id) on delete set null,
        decline_reason text check (length(decline_reason) between 1 and 2000),
        created_by uuid references auth_user (id) on delete set null,
        answered_by uuid references auth_user (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        answered_at timestamptz,
        check (requester_id <> invitee_id),
        check ((status = 'ACCEPTED') = (slot_id is not null))
      );
      create unique index matchmaking_meeting_open_pair_idx
        on matchmaking_meeting (least(requester_id, invitee_id), greatest(requester_id, invitee_id))
        where status in ('PENDING', 'ACCEPTED');
      create index matchmaking_meeting_requester_idx on matchmaking_meeting (requester_id, created_at desc);
      create index matchmaking_meeting_invitee_idx on matchmaking_meeting (invitee_id, created_at desc);
    `);
    this.addSql(`
      create table matchmaking_booking (
        participant_id uuid not null references matchmaking_participant (id) on delete cascade,
        slot_id uuid not null references matchmaking_slot (id) on delete cascade,
        meeting_id uuid not null references matchmaking_meeting (id) on delete cascade,
        primary key (participant_id, slot_id)
      );
      create index matchmaking_booking_meeting_idx on matchmaking_booking (meeting_id);
    `);
  }

  override down(): void {
    this.addSql(
      'drop table if exists matchmaking_booking, matchmaking_meeting, matchmaking_availability, matchmaking_participant, matchmaking_slot, matchmaking_day cascade',
    );
  }
}
