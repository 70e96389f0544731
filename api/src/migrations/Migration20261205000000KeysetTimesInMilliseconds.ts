import { Migration } from '@mikro-orm/migrations';

/**
 * The times that are keys of keyset pages (a claim's creation, a verification case's submission) become
 * `timestamptz(3)`: a cursor carries a time as a JavaScript date (milliseconds), so a time kept to the microsecond
 * would put a row after its own cursor and show it twice. The column's precision, unlike a default, holds for every
 * writer (an import, an update by hand); pagination refuses a time key of any other precision.
 */
export class Migration20261205000000KeysetTimesInMilliseconds extends Migration {
  override up(): void {
    this.addSql('alter table organization_claim alter column created_at type timestamptz(3);');
    this.addSql('alter table organization_claim alter column created_at set default now();');
    this.addSql('alter table verification_case alter column submitted_at type timestamptz(3);');
    this.addSql('alter table verification_case alter column submitted_at set default now();');
  }

  override down(): void {
    this.addSql('alter table verification_case alter column submitted_at type timestamptz;');
    this.addSql(
      `alter table verification_case alter column submitted_at set default date_trunc('milliseconds', now());`,
    );
    this.addSql('alter table organization_claim alter column created_at type timestamptz;');
    this.addSql(
      `alter table organization_claim alter column created_at set default date_trunc('milliseconds', now());`,
    );
  }
}
