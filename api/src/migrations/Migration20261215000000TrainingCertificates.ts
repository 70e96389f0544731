import { Migration } from '@mikro-orm/migrations';

/**
 * Training certificates: one per completed registration (unique), with a random verification code (unique), the
 * participant's name as they wrote it, the issuer, and the revocation; and the bulk issues' progress per session.
 */
export class Migration20261215000000TrainingCertificates extends Migration {
  override up(): void {
    this.addSql(`
      create table training_certificate (
        id uuid primary key,
        registration_id uuid not null references training_registration (id) on delete cascade,
        session_id uuid not null references training_session (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        code text not null,
        participant_name text not null,
        issuer_name_ar text not null,
        issuer_name_en text not null,
        issued_by uuid references auth_user (id) on delete set null,
        issued_at timestamptz(3) not null default now(),
        revoked_at timestamptz,
        revocation_reason text,
        revoked_by uuid references auth_user (id) on delete set null,
        constraint training_certificate_code_check check (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
        constraint training_certificate_revocation_check check ((revoked_at is null) = (revocation_reason is null))
      );`);
    this.addSql('create unique index training_certificate_registration_key on training_certificate (registration_id);');
    this.addSql('create unique index training_certificate_code_key on training_certificate (code);');
    this.addSql('create index training_certificate_user_idx on training_certificate (user_id, issued_at);');
    this.addSql('create index training_certificate_session_idx on training_certificate (session_id);');
    this.addSql(`
      create table training_certificate_batch (
        id uuid primary key,
        session_id uuid not null references training_session (id) on delete cascade,
        started_by uuid not null references auth_user (id) on delete cascade,
        job_id text,
        total integer not null default 0,
        processed integer not null default 0,
        issued integer not null default 0,
        already_issued integer not null default 0,
        incomplete integer not null default 0,
        created_at timestamptz(3) not null default now(),
        finished_at timestamptz
      );`);
    this.addSql('create index training_certificate_batch_session_idx on training_certificate_batch (session_id);');
  }

  override down(): void {
    this.addSql('drop table if exists training_certificate_batch;');
    this.addSql('drop table if exists training_certificate;');
  }
}
