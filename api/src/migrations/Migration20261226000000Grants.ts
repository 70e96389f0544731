import { Migration } from '@mikro-orm/migrations';

/**
 * Grants, first part: calls for proposals (lots, rules, questions and answers) and the applications of CSOs and
 * consortia, up to their submission. Money is integer minor units with its currency; times are UTC.
 *
 * The deadline is the database's: the submission's guarded update compares `clock_timestamp()` with the call's
 * deadline in the same statement, and a trigger refuses any row that becomes SUBMITTED with a submission time after
 * its call's deadline, whoever writes it.
 */
export class Migration20261226000000Grants extends Migration {
  override up(): void {
    this.addSql(`
      create table grant_call (
        id uuid primary key,
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        guidelines_ar text check (length(guidelines_ar) <= 20000),
        guidelines_en text check (length(guidelines_en) <= 20000),
        currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
        jod_rate_micros integer not null check (jod_rate_micros > 0),
        min_grant_minor integer not null check (min_grant_minor >= 0),
        max_grant_minor integer not null check (max_grant_minor >= min_grant_minor),
        cofinancing_rate_bps integer not null default 0 check (cofinancing_rate_bps between 0 and 10000),
        requires_verified boolean not null default true,
        min_years_registered smallint not null default 0 check (min_years_registered between 0 and 100),
        governorate_codes text[] not null default '{}',
        min_co_applicants smallint not null default 0 check (min_co_applicants between 0 and 20),
        max_co_applicants smallint not null default 5 check (max_co_applicants between min_co_applicants and 20),
        public_associates_allowed boolean not null default true,
        max_duration_months smallint not null default 24 check (max_duration_months between 1 and 60),
        required_documents jsonb not null default '[]'::jsonb,
        opens_at timestamptz(3) not null,
        deadline_at timestamptz(3) not null check (deadline_at > opens_at),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
        published_at timestamptz,
        version integer not null default 1,
        created_by uuid,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        check (title_ar is not null or title_en is not null)
      );
      create index grant_call_listing_idx on grant_call (status, deadline_at desc, id);

      create table grant_lot (
        id uuid primary key,
        call_id uuid not null references grant_call (id) on delete cascade,
        position smallint not null check (position between 1 and 20),
        theme text not null check (theme in ('SOCIAL_INNOVATION', 'DEINSTITUTIONALISATION', 'COMMUNITY_SERVICES', 'OTHER')),
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        envelope_minor integer not null check (envelope_minor > 0),
        unique (call_id, position)
      );

      create table grant_call_question (
        id uuid primary key,
        call_id uuid not null references grant_call (id) on delete cascade,
        question_ar text check (length(question_ar) between 1 and 4000),
        question_en text check (length(question_en) between 1 and 4000),
        answer_ar text check (length(answer_ar) between 1 and 8000),
        answer_en text check (length(answer_en) between 1 and 8000),
        published_by uuid,
        published_at timestamptz(3) not null default now(),
        check (question_ar is not null or question_en is not null),
        check (answer_ar is not null or answer_en is not null)
      );
      create index grant_call_question_call_idx on grant_call_question (call_id, published_at, id);

      create sequence grant_receipt_seq;

      create table grant_application (
        id uuid primary key,
        call_id uuid not null references grant_call (id),
        lot_id uuid references grant_lot (id),
        lead_organization_id uuid not null references organization (id),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
        version integer not null default 1,
        title_ar text check (length(title_ar) <= 300),
        title_en text check (length(title_en) <= 300),
        summary_ar text check (length(summary_ar) <= 4000),
        summary_en text check (length(summary_en) <= 4000),
        description_ar text check (length(description_ar) <= 20000),
        description_en text check (length(description_en) <= 20000),
        target_groups jsonb not null default '[]'::jsonb,
        governorate_codes text[] not null default '{}',
        locality text check (locality in ('URBAN', 'RURAL', 'BOTH')),
        duration_months smallint check (duration_months between 1 and 60),
        logframe jsonb not null default '[]'::jsonb,
        budget_lines jsonb not null default '[]'::jsonb,
        receipt_number text unique check (receipt_number ~ '^G-[0-9]{4}-[0-9]{6}$'),
        submitted_at timestamptz,
        submit_idempotency_key text check (length(submit_idempotency_key) between 1 and 200),
        withdrawn_at timestamptz,
        created_by uuid,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        check ((status = 'DRAFT') = (submitted_at is null) or status = 'WITHDRAWN'),
        check ((receipt_number is null) = (submitted_at is null))
      );
      create index grant_application_call_idx on grant_application (call_id, created_at, id);
      create index grant_application_lead_idx on grant_application (lead_organization_id);
      -- one open application of a lead per call
      create unique index grant_application_one_per_lead on grant_application (call_id, lead_organization_id)
        where status <> 'WITHDRAWN';

      create table grant_application_partner (
        application_id uuid not null references grant_application (id) on delete cascade,
        position smallint not null,
        role text not null check (role in ('CO_APPLICANT', 'ASSOCIATE')),
        organization_id uuid references organization (id),
        institution_id uuid references institution (id),
        confirmed_at timestamptz,
        confirmed_by uuid,
        primary key (application_id, position),
        check ((organization_id is null) <> (institution_id is null)),
        check ((role = 'CO_APPLICANT') = (organization_id is not null))
      );
      create unique index grant_application_partner_org on grant_application_partner (application_id, organization_id)
        where organization_id is not null;
      create unique index grant_application_partner_inst on grant_application_partner (application_id, institution_id)
        where institution_id is not null;
      create index grant_application_partner_org_idx on grant_application_partner (organization_id);
      create index grant_application_partner_inst_idx on grant_application_partner (institution_id);
    `);
    this.addSql(`
      create function grant_application_deadline_guard() returns trigger language plpgsql as $$
      declare
        deadline timestamptz;
      begin
        if new.status = 'SUBMITTED' and (tg_op = 'INSERT' or old.status <> 'SUBMITTED') then
          select deadline_at into deadline from grant_call where id = new.call_id;
          if new.submitted_at is null or new.submitted_at > deadline then
            raise exception 'grant application % submitted after its call''s deadline', new.id
              using errcode = 'check_violation', constraint = 'grant_application_deadline';
          end if;
        end if;
        if tg_op = 'UPDATE' and old.status <> 'DRAFT' and new.status = old.status and (
          new.target_groups is distinct from old.target_groups or new.budget_lines is distinct from old.budget_lines
          or new.logframe is distinct from old.logframe or new.summary_ar is distinct from old.summary_ar
          or new.summary_en is distinct from old.summary_en or new.lot_id is distinct from old.lot_id
        ) then
          raise exception 'grant application % is locked (%)', new.id, old.status
            using errcode = 'check_violation', constraint = 'grant_application_locked';
        end if;
        return new;
      end $$;
      create trigger grant_application_deadline_guard before insert or update on grant_application
        for each row execute function grant_application_deadline_guard();
    `);
  }

  override down(): void {
    this.addSql(`
      drop table grant_application_partner;
      drop table grant_application;
      drop function grant_application_deadline_guard();
      drop sequence grant_receipt_seq;
      drop table grant_call_question;
      drop table grant_lot;
      drop table grant_call;
    `);
  }
}
