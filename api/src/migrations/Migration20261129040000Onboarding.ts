import { Migration } from '@mikro-orm/migrations';

/**
 * CSO onboarding and verification: claims of directory entries, invitations of colleagues, the registration
 * evidence an organisation submits, and the audit log of every change of state (who, when, from, to, why).
 */
export class Migration20261129040000Onboarding extends Migration {
  override up(): void {
    this.addSql(`
      create table organization_claim (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        message text check (length(message) <= 2000),
        status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
        created_at timestamptz not null default now(),
        decided_by uuid references auth_user (id) on delete set null,
        decided_at timestamptz,
        reason text check (length(reason) <= 2000)
      );
    `);
    // one open claim per person and organisation
    this.addSql(
      `create unique index organization_claim_pending_idx on organization_claim (organization_id, user_id) where status = 'PENDING';`,
    );
    this.addSql(`
      create table organization_invitation (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade,
        email text not null check (email = lower(email)),
        role text not null check (role in ('OWNER', 'EDITOR', 'VIEWER')),
        token_hash bytea not null unique,
        invited_by uuid references auth_user (id) on delete set null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_by uuid references auth_user (id) on delete set null
      );
    `);
    this.addSql('create index organization_invitation_organization_idx on organization_invitation (organization_id);');
    this.addSql(`
      create table verification_evidence (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade,
        uploaded_by uuid references auth_user (id) on delete set null,
        media_type text not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes integer not null check (size_bytes > 0),
        sha256 bytea not null,
        storage_key text not null,
        created_at timestamptz not null default now()
      );
    `);
    this.addSql('create index verification_evidence_organization_idx on verification_evidence (organization_id);');
    this.addSql(`
      create table audit_event (
        id bigint generated always as identity primary key,
        occurred_at timestamptz not null default now(),
        actor_id uuid references auth_user (id) on delete set null,
        action text not null,
        subject_type text not null,
        subject_id uuid not null,
        from_state text,
        to_state text,
        reason text,
        request_id text
      );
    `);
    this.addSql('create index audit_event_subject_idx on audit_event (subject_id, id);');
    this.addSql('create index audit_event_actor_idx on audit_event (actor_id, id);');
  }

  override down(): void {
    for (const table of ['audit_event', 'verification_evidence', 'organization_invitation', 'organization_claim']) {
      this.addSql(`drop table if exists ${table};`);
    }
  }
}
