import { Migration } from '@mikro-orm/migrations';

/**
 * Optimistic concurrency of the organisation profile: a version raised by each change (MikroORM's version
 * property), which an edit form sends back so that a stale save is refused instead of reverting another's change.
 */
export class Migration20261203063000OrganizationVersion extends Migration {
  override up(): void {
    this.addSql('alter table organization add column version integer not null default 1;');
  }

  override down(): void {
    this.addSql('alter table organization drop column if exists version;');
  }
}
