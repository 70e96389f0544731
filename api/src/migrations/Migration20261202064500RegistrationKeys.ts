import { Migration } from '@mikro-orm/migrations';

/**
 * The registrations a person made, by the key of the form that sent them (the client's idempotency key, or one
 * derived from what was sent): the same form sent twice (a double click, a retry after a lost answer) answers with
 * the organisation the first one created instead of creating another.
 */
export class Migration20261202064500RegistrationKeys extends Migration {
  override up(): void {
    this.addSql(`
      create table organization_registration (
        user_id uuid not null references auth_user (id) on delete cascade,
        idempotency_key text not null check (length(idempotency_key) between 1 and 200),
        organization_id uuid not null references organization (id) on delete cascade,
        created_at timestamptz not null default now(),
        primary key (user_id, idempotency_key)
      );
    `);
    this.addSql(
      'create index organization_registration_organization_idx on organization_registration (organization_id);',
    );
  }

  override down(): void {
    this.addSql('drop table if exists organization_registration;');
  }
}
