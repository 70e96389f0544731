import { Migration } from '@mikro-orm/migrations';

/**
 * Grants screening: one imported restrictive-measures list (the EU consolidated financial sanctions list's CSV),
 * replaced as a whole by each import; its entries' names with their matching keys (a trigram index for
 * `similarity`); the potential hits found for an application's lead, co-applicants and their named people; the
 * dismissals an officer made, remembered against the entry's content hash; and the INELIGIBLE state a confirmed
 * hit puts an application in.
 */
export class Migration20261227000000GrantScreening extends Migration {
  override up(): void {
    this.addSql(`
      create table grant_screening_list (
        id smallint primary key default 1 check (id = 1),
        source text not null check (length(source) between 1 and 200),
        published_on date,
        imported_at timestamptz not null,
        imported_by uuid,
        entry_count integer not null check (entry_count >= 0)
      );

      create table grant_screening_entry (
        logical_id text primary key check (length(logical_id) between 1 and 100),
        subject_type text not null check (subject_type in ('PERSON', 'ENTERPRISE', 'OTHER')),
        reference text check (length(reference) <= 200),
        names text[] not null,
        content_hash text not null
      );

      create table grant_screening_entry_name (
        id bigint generated always as identity primary key,
        logical_id text not null references grant_screening_entry (logical_id) on delete cascade,
        name text not null check (length(name) between 1 and 500),
        name_key text not null
      );
      create index grant_screening_entry_name_key_idx on grant_screening_entry_name using gin (name_key gin_trgm_ops);
      create index grant_screening_entry_name_entry_idx on grant_screening_entry_name (logical_id);

      create table grant_screening_hit (
        id uuid primary key,
        application_id uuid not null references grant_application (id) on delete cascade,
        subject_kind text not null check (subject_kind in ('ORGANIZATION', 'PERSON')),
        subject_key text not null check (length(subject_key) between 1 and 600),
        organization_id uuid references organization (id) on delete set null,
        subject_name text not null check (length(subject_name) between 1 and 500),
        entry_logical_id text not null,
        entry_hash text not null,
        matched_name text not null,
        score real not null check (score between 0 and 1),
        status text not null default 'POTENTIAL' check (status in ('POTENTIAL', 'CONFIRMED', 'DISMISSED')),
        reason text check (length(reason) <= 2000),
        decided_by uuid,
        decided_at timestamptz,
        found_at timestamptz not null default now(),
        check ((status = 'POTENTIAL') = (decided_at is null)),
        check (status = 'POTENTIAL' or reason is not null)
      );
      create unique index grant_screening_hit_one on grant_screening_hit (application_id, subject_key, entry_logical_id);
      create index grant_screening_hit_application_idx on grant_screening_hit (application_id, status);

      create table grant_screening_dismissal (
        subject_key text not null,
        entry_logical_id text not null,
        entry_hash text not null,
        reason text not null check (length(reason) between 1 and 2000),
        dismissed_by uuid,
        dismissed_at timestamptz not null default now(),
        primary key (subject_key, entry_logical_id)
      );

      alter table grant_application drop constraint grant_application_status_check;
      alter table grant_application add constraint grant_application_status_check
        check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'INELIGIBLE'));
      alter table grant_application add column ineligible_reason text check (length(ineligible_reason) <= 2000);
    `);
  }

  override down(): void {
    this.addSql(`
      alter table grant_application drop column ineligible_reason;
      update grant_application set status = 'SUBMITTED' where status = 'INELIGIBLE';
      alter table grant_application drop constraint grant_application_status_check;
      alter table grant_application add constraint grant_application_status_check
        check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN'));
      drop table grant_screening_dismissal;
      drop table grant_screening_hit;
      drop table grant_screening_entry_name;
      drop table grant_screening_entry;
      drop table grant_screening_list;
    `);
  }
}
