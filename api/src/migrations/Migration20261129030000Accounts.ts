import { Migration } from '@mikro-orm/migrations';

/**
 * People, sessions and what they may do.
 *
 * The `auth_*` tables belong to Better Auth (users, their credentials, sessions, one-time verification values); their
 * shape is Better Auth's core schema with snake_case columns (mapped in accounts/auth.ts), and a test compares them
 * with what Better Auth expects. Passwords are argon2id hashes in `auth_account.password`.
 *
 * The others are the platform's own: platform roles, membership of directory organisations, personal API tokens
 * (SHA-256 of a random secret, shown once), failed sign-ins for throttling, and the email outbox.
 */
export class Migration20261129030000Accounts extends Migration {
  override up(): void {
    this.addSql(`
      create table auth_user (
        id uuid primary key,
        name text not null check (length(name) between 1 and 200),
        email text not null unique check (length(email) <= 254 and email = lower(email)),
        email_verified boolean not null default false,
        image text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
    `);
    this.addSql(`
      create table auth_session (
        id uuid primary key,
        user_id uuid not null references auth_user (id) on delete cascade,
        token text not null unique,
        expires_at timestamptz not null,
        ip_address text,
        user_agent text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
    `);
    this.addSql('create index auth_session_user_idx on auth_session (user_id);');
    this.addSql(`
      create table auth_account (
        id uuid primary key,
        user_id uuid not null references auth_user (id) on delete cascade,
        account_id text not null,
        provider_id text not null,
        access_token text,
        refresh_token text,
        id_token text,
        access_token_expires_at timestamptz,
        refresh_token_expires_at timestamptz,
        scope text,
        password text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
    `);
    this.addSql('create index auth_account_user_idx on auth_account (user_id);');
    this.addSql(`
      create table auth_verification (
        id uuid primary key,
        identifier text not null,
        value text not null,
        expires_at timestamptz not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
    `);
    this.addSql('create index auth_verification_identifier_idx on auth_verification (identifier);');

    this.addSql(`
      create table platform_role (
        user_id uuid not null references auth_user (id) on delete cascade,
        role text not null check (role in ('REVIEWER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')),
        granted_by uuid references auth_user (id) on delete set null,
        granted_at timestamptz not null default now(),
        primary key (user_id, role)
      );
    `);
    this.addSql(`
      create table organization_member (
        organization_id uuid not null references organization (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        role text not null check (role in ('OWNER', 'EDITOR', 'VIEWER')),
        created_at timestamptz not null default now(),
        primary key (organization_id, user_id)
      );
    `);
    this.addSql('create index organization_member_user_idx on organization_member (user_id);');
    this.addSql(`
      create table api_token (
        id uuid primary key,
        user_id uuid not null references auth_user (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        secret_hash bytea not null unique,
        prefix text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
    `);
    this.addSql('create index api_token_user_idx on api_token (user_id);');
    this.addSql(`
      create table sign_in_failure (
        key text not null,
        failed_at timestamptz not null default now()
      );
    `);
    this.addSql('create index sign_in_failure_key_idx on sign_in_failure (key, failed_at);');
    this.addSql(`
      create table email_outbox (
        id uuid primary key,
        recipient text not null,
        kind text not null,
        subject text not null,
        body_text text not null,
        created_at timestamptz not null default now(),
        sent_at timestamptz,
        attempts integer not null default 0,
        last_attempt_at timestamptz,
        last_error text
      );
    `);
    this.addSql('create index email_outbox_pending_idx on email_outbox (created_at) where sent_at is null;');
  }

  override down(): void {
    for (const table of [
      'email_outbox',
      'sign_in_failure',
      'api_token',
      'organization_member',
      'platform_role',
      'auth_verification',
      'auth_account',
      'auth_session',
      'auth_user',
    ]) {
      this.addSql(`drop table if exists ${table};`);
    }
  }
}
