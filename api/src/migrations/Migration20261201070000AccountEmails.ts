import { Migration } from '@mikro-orm/migrations';

/**
 * Every address a person has had before their current one (accounts/account-email.entity.ts), so that the personal
 * data kept under an earlier address (emails, invitations, throttling rows) is found for their export and erasure.
 */
export class Migration20261201070000AccountEmails extends Migration {
  override up(): void {
    this.addSql(`
      create table account_email (
        user_id uuid not null references auth_user (id) on delete cascade,
        email text not null check (length(email) <= 254 and email = lower(email)),
        replaced_at timestamptz not null default now(),
        primary key (user_id, email)
      );
    `);
  }

  override down(): void {
    this.addSql('drop table if exists account_email;');
  }
}
