import { Migration } from '@mikro-orm/migrations';

const TOPICS: [string, string, string][] = [
  ['POLICY_REFORM', 'إصلاح السياسات', 'Policy reform'],
  ['COMMUNITY_PLANNING', 'التخطيط المجتمعي', 'Community planning'],
  ['SERVICE_DELIVERY', 'تقديم الخدمات للفئات الأكثر هشاشة', 'Service delivery to vulnerable groups'],
  ['ADVOCACY', 'كسب التأييد', 'Advocacy'],
  ['MONITORING_EVALUATION', 'الرصد والتقييم', 'Monitoring and evaluation'],
  ['FINANCIAL_MANAGEMENT', 'الإدارة المالية', 'Financial management'],
  ['GOVERNANCE', 'الحوكمة', 'Governance'],
  [
    'DISABILITY_INCLUSION',
    'دمج الأشخاص ذوي الإعاقة وإنهاء الإيواء المؤسسي',
    'Disability inclusion and deinstitutionalisation',
  ],
  ['SOCIAL_INNOVATION', 'الابتكار الاجتماعي والتصميم المشترك', 'Social innovation and co-design'],
];

/**
 * Training: courses (with a topic from a code list), their sessions (days, venue or online link, seats, eligibility)
 * and registrations (confirmed or waitlisted with a gapless position, accommodations). The session row carries its
 * confirmed and waitlisted counts: registration locks it (`select ... for update`), and the checks below are the
 * database's own guard that seats are never exceeded and that two waitlisted never share a position.
 */
export class Migration20261210000000Training extends Migration {
  override up(): void {
    this.addSql(`
      create table training_topic (
        code text primary key check (code ~ '^[A-Z][A-Z_]*$'),
        name_ar text not null,
        name_en text not null,
        position smallint not null unique
      );
    `);
    this.addSql(
      `insert into training_topic (code, name_ar, name_en, position) values ${TOPICS.map(
        ([code, ar, en], i) => `('${code}', '${ar}', '${en}', ${i + 1})`,
      ).join(', ')};`,
    );
    this.addSql(`
      create table training_course (
        id uuid primary key,
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        description_ar text check (length(description_ar) <= 5000),
        description_en text check (length(description_en) <= 5000),
        topic_code text not null references training_topic (code),
        level text not null check (level in ('INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED')),
        audience text not null check (audience in ('CSO_STAFF', 'PUBLIC_OFFICIALS', 'BOTH')),
        expected_hours smallint not null check (expected_hours between 1 and 1000),
        prerequisites_ar text check (length(prerequisites_ar) <= 2000),
        prerequisites_en text check (length(prerequisites_en) <= 2000),
        completion_attendance_percent smallint not null default 80 check (completion_attendance_percent between 0 and 100),
        completion_pass_mark smallint check (completion_pass_mark between 0 and 100),
        created_by uuid references auth_user (id) on delete set null,
        created_at timestamptz not null default date_trunc('milliseconds', now()),
        updated_at timestamptz not null default now(),
        check (title_ar is not null or title_en is not null)
      );
    `);
    this.addSql('create index training_course_topic_idx on training_course (topic_code);');
    this.addSql(`
      create table training_session (
        id uuid primary key,
        course_id uuid not null references training_course (id) on delete restrict,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        governorate_code text references governorate (code),
        venue_address_ar text check (length(venue_address_ar) <= 500),
        venue_address_en text check (length(venue_address_en) <= 500),
        step_free_access boolean not null default false,
        accessible_toilet boolean not null default false,
        hearing_loop boolean not null default false,
        sign_language_interpretation boolean not null default false,
        online_url text check (online_url ~ '^https://' and length(online_url) <= 500),
        language text not null check (language in ('ARABIC', 'ENGLISH', 'ARABIC_AND_ENGLISH')),
        trainers text[] not null default '{}',
        seats integer not null check (seats between 1 and 10000),
        confirmed_count integer not null default 0 check (confirmed_count >= 0),
        waitlist_count integer not null default 0 check (waitlist_count >= 0),
        registration_opens_at timestamptz not null,
        registration_deadline timestamptz not null,
        cancellation_deadline timestamptz not null,
        verified_organizations_only boolean not null default true,
        max_per_organization integer check (max_per_organization between 1 and 10000),
        audience text not null check (audience in ('CSO_STAFF', 'PUBLIC_OFFICIALS', 'BOTH')),
        cancelled_at timestamptz,
        cancellation_reason text check (length(cancellation_reason) <= 2000),
        created_by uuid references auth_user (id) on delete set null,
        created_at timestamptz not null default date_trunc('milliseconds', now()),
        updated_at timestamptz not null default now(),
        check (ends_at > starts_at),
        check (registration_deadline > registration_opens_at),
        -- the database's own guard: whatever the code does, a session never has more confirmed than seats
        check (confirmed_count <= seats),
        -- a venue (a governorate) or an online link
        check (governorate_code is not null or online_url is not null)
      );
    `);
    this.addSql('create index training_session_catalogue_idx on training_session (starts_at, id);');
    this.addSql('create index training_session_course_idx on training_session (course_id);');
    this.addSql('create index training_session_governorate_idx on training_session (governorate_code);');
    this.addSql(`
      create table training_session_day (
        id uuid primary key,
        session_id uuid not null references training_session (id) on delete cascade,
        position smallint not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        unique (session_id, position),
        check (ends_at > starts_at)
      );
    `);
    this.addSql(`
      create table training_registration (
        id uuid primary key,
        session_id uuid not null references training_session (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        organization_id uuid references organization (id) on delete set null,
        as_public_official boolean not null default false,
        status text not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
        waitlist_position integer check (waitlist_position >= 1),
        needs_sign_language boolean not null default false,
        needs_accessible_venue boolean not null default false,
        needs_transport boolean not null default false,
        needs_carer_seat boolean not null default false,
        needs_accessible_materials boolean not null default false,
        accommodations_note text check (length(accommodations_note) <= 1000),
        accommodations_confirmed_at timestamptz,
        accommodations_confirmed_by uuid references auth_user (id) on delete set null,
        idempotency_key text check (length(idempotency_key) between 1 and 200),
        registered_by uuid references auth_user (id) on delete set null,
        created_at timestamptz not null default date_trunc('milliseconds', now()),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by uuid references auth_user (id) on delete set null,
        cancellation_reason text check (length(cancellation_reason) <= 2000),
        check ((status = 'WAITLISTED') = (waitlist_position is not null)),
        -- two waitlisted never share a position (checked at commit: closing the gap shifts every position at once)
        constraint training_registration_waitlist_position_key unique (session_id, waitlist_position)
          deferrable initially deferred
      );
    `);
    // the same person holds at most one active registration per session
    this.addSql(`create unique index training_registration_person_key on training_registration (session_id, user_id)
      where status <> 'CANCELLED';`);
    this
      .addSql(`create unique index training_registration_idempotency_key on training_registration (user_id, idempotency_key)
      where idempotency_key is not null;`);
    this.addSql('create index training_registration_user_idx on training_registration (user_id, created_at);');
    this.addSql(
      'create index training_registration_organization_idx on training_registration (session_id, organization_id);',
    );
  }

  override down(): void {
    this.addSql('drop table if exists training_registration;');
    this.addSql('drop table if exists training_session_day;');
    this.addSql('drop table if exists training_session;');
    this.addSql('drop table if exists training_course;');
    this.addSql('drop table if exists training_topic;');
  }
}
