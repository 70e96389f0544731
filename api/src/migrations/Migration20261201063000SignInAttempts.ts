import { Migration } from '@mikro-orm/migrations';

/**
 * Password checks are counted before they are made (accounts/sign-in-throttle.ts): each counted attempt gets an id,
 * so that a right password can take back its own row (and forgive the failures before it) without touching the rows
 * of attempts still in flight.
 */
export class Migration20261201063000SignInAttempts extends Migration {
  override up(): void {
    this.addSql('alter table sign_in_failure add column id bigint generated always as identity primary key;');
  }

  override down(): void {
    this.addSql('alter table sign_in_failure drop column id;');
  }
}
