import { Migration } from '@mikro-orm/migrations';

/**
 * Participation, first part: policy consultations. A consultation (a draft policy, strategy or service standard) has
 * an owning team of people, sections (or questions), a document per language and phase dates (UTC): open from
 * `opens_at` to `closes_at`, then analysis until the owner publishes the report (answered). Verified organisations
 * contribute one position per section (the unique key is the rule), editable while the open phase lasts by the
 * database's clock; others endorse a contribution once per organisation; the owner answers each. Adopted policies are
 * monitored by a quarterly scorecard per governorate that organisations fill.
 */
export class Migration20270101000000Consultations extends Migration {
  override up(): void {
    this.addSql(`
      create table consultation_file (
        id uuid primary key,
        consultation_id uuid,
        organization_id uuid references organization (id) on delete cascade,
        uploaded_by uuid references auth_user (id) on delete set null,
        media_type text not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes integer not null check (size_bytes > 0),
        sha256 bytea not null,
        storage_key text not null,
        created_at timestamptz not null default now()
      );
    `);
    this.addSql(`
      create table consultation (
        id uuid primary key,
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        summary_ar text check (length(summary_ar) <= 5000),
        summary_en text check (length(summary_en) <= 5000),
        owner_kind text not null check (owner_kind in ('MOSD', 'DIRECTORATE', 'PROGRAMME')),
        owner_institution_id uuid references institution (id) on delete set null,
        governorate_codes text[] not null default '{}',
        target_group_codes text[] not null default '{}',
        document_ar_id uuid references consultation_file (id) on delete set null,
        document_en_id uuid references consultation_file (id) on delete set null,
        opens_at timestamptz(3) not null,
        closes_at timestamptz(3) not null check (closes_at > opens_at),
        answer_due_at timestamptz(3) not null check (answer_due_at >= closes_at),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'ANSWERED')),
        published_at timestamptz,
        answered_at timestamptz,
        created_by uuid references auth_user (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        check (title_ar is not null or title_en is not null)
      );
    `);
    this.addSql('create index consultation_status_closes_idx on consultation (status, closes_at desc, id);');
    this.addSql(`
      alter table consultation_file add constraint consultation_file_consultation_fk
        foreign key (consultation_id) references consultation (id) on delete cascade;
    `);
    this.addSql(`
      create table consultation_owner (
        consultation_id uuid not null references consultation (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        created_at timestamptz not null default now(),
        primary key (consultation_id, user_id)
      );
    `);
    this.addSql('create index consultation_owner_user_idx on consultation_owner (user_id);');
    this.addSql(`
      create table consultation_section (
        id uuid primary key,
        consultation_id uuid not null references consultation (id) on delete cascade,
        position smallint not null check (position between 1 and 50),
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        text_ar text check (length(text_ar) <= 10000),
        text_en text check (length(text_en) <= 10000),
        what_changed_ar text check (length(what_changed_ar) <= 10000),
        what_changed_en text check (length(what_changed_en) <= 10000),
        unique (consultation_id, position)
      );
    `);
    this.addSql(`
      create table consultation_contribution (
        id uuid primary key,
        consultation_id uuid not null references consultation (id) on delete cascade,
        section_id uuid not null references consultation_section (id) on delete cascade,
        organization_id uuid not null references organization (id) on delete cascade,
        position text not null check (position in ('SUPPORT', 'SUPPORT_WITH_CHANGES', 'OPPOSE')),
        comment text not null check (length(comment) between 1 and 5000),
        evidence_file_id uuid references consultation_file (id) on delete set null,
        written_by uuid references auth_user (id) on delete set null,
        answer text check (answer in ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED')),
        answer_reason text check (length(answer_reason) <= 5000),
        answered_by uuid references auth_user (id) on delete set null,
        answered_at timestamptz,
        version integer not null default 1,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        constraint consultation_contribution_one_per_section unique (section_id, organization_id)
      );
    `);
    this.addSql(
      'create index consultation_contribution_consultation_idx on consultation_contribution (consultation_id, organization_id);',
    );
    this.addSql(
      'create index consultation_contribution_section_idx on consultation_contribution (section_id, created_at, id);',
    );
    this.addSql(`
      create table consultation_endorsement (
        contribution_id uuid not null references consultation_contribution (id) on delete cascade,
        organization_id uuid not null references organization (id) on delete cascade,
        endorsed_by uuid references auth_user (id) on delete set null,
        created_at timestamptz not null default now(),
        primary key (contribution_id, organization_id)
      );
    `);
    this.addSql(`
      create table policy_scorecard_entry (
        id uuid primary key,
        consultation_id uuid not null references consultation (id) on delete cascade,
        organization_id uuid not null references organization (id) on delete cascade,
        governorate_code text not null references governorate (code),
        quarter text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
        delivered text not null check (delivered in ('YES', 'PARTLY', 'NO')),
        evidence_note text not null check (length(evidence_note) between 1 and 2000),
        written_by uuid references auth_user (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (consultation_id, organization_id, governorate_code, quarter)
      );
    `);
    this.addSql(
      'create index policy_scorecard_consultation_idx on policy_scorecard_entry (consultation_id, governorate_code, quarter);',
    );
  }

  override down(): void {
    this.addSql('drop table if exists policy_scorecard_entry;');
    this.addSql('drop table if exists consultation_endorsement;');
    this.addSql('drop table if exists consultation_contribution;');
    this.addSql('drop table if exists consultation_section;');
    this.addSql('drop table if exists consultation_owner;');
    this.addSql('alter table consultation_file drop constraint if exists consultation_file_consultation_fk;');
    this.addSql('drop table if exists consultation;');
    this.addSql('drop table if exists consultation_file;');
  }
}
