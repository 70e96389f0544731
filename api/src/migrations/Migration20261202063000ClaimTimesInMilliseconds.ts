import { Migration } from '@mikro-orm/migrations';

/**
 * A claim's creation time is a key of the claims' keyset pages, and a cursor carries it as a JavaScript date
 * (milliseconds): times kept to the microsecond would put a claim after its own cursor, and show it twice.
 */
export class Migration20261202063000ClaimTimesInMilliseconds extends Migration {
  override up(): void {
    this.addSql(`update organization_claim set created_at = date_trunc('milliseconds', created_at);`);
    this.addSql(
      `alter table organization_claim alter column created_at set default date_trunc('milliseconds', now());`,
    );
  }

  override down(): void {
    this.addSql('alter table organization_claim alter column created_at set default now();');
  }
}
