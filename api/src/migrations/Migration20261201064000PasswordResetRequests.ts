import { Migration } from '@mikro-orm/migrations';

/**
 * Password reset requests become jobs (accounts/password-reset.service.ts): the request only records the ask, so it
 * does the same work whether or not the address has an account; the job makes the link and queues the email.
 * Reset tokens are stored hashed from now on: the links already sent keep working, their stored tokens hashed here
 * the way Better Auth hashes new ones (the prefix, then the base64url SHA-256 of the whole identifier).
 */
export class Migration20261201064000PasswordResetRequests extends Migration {
  override up(): void {
    this.addSql(`
      create table password_reset_request (
        id uuid primary key,
        email text not null,
        created_at timestamptz not null default now()
      );
    `);
    this.addSql('create index password_reset_request_created_idx on password_reset_request (created_at);');
    this.addSql(`
      update auth_verification
      set identifier = 'reset-password:' ||
        translate(rtrim(encode(sha256(convert_to(identifier, 'UTF8')), 'base64'), '='), '+/', '-_')
      where identifier like 'reset-password:%' and length(identifier) < 15 + 40;
    `);
  }

  override down(): void {
    this.addSql('drop table if exists password_reset_request;');
    // hashed tokens cannot be turned back: the links sent before are spent
    this.addSql(`delete from auth_verification where identifier like 'reset-password:%';`);
  }
}
