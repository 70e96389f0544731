import { Migration } from '@mikro-orm/migrations';

/** The triggers' functions; `skip` decides whether the transaction asked to refresh the search rows itself. */
function functions(skip: string): string[] {
  return [
    `create or replace function shabaka_organization_search_sync() returns trigger
      language plpgsql
      as $$
      begin
        ${skip}
        perform shabaka_refresh_organization_search(array(select n.id from new_rows n));
        return null;
      end;
      $$;`,
    `create or replace function shabaka_organization_codes_sync_new() returns trigger
      language plpgsql
      as $$
      begin
        ${skip}
        perform shabaka_refresh_organization_codes(array(select distinct n.organization_id from new_rows n));
        return null;
      end;
      $$;`,
    `create or replace function shabaka_organization_codes_sync_old() returns trigger
      language plpgsql
      as $$
      begin
        ${skip}
        perform shabaka_refresh_organization_codes(array(select distinct d.organization_id from old_rows d));
        return null;
      end;
      $$;`,
  ];
}

/**
 * A bulk writer may refresh the search rows itself, once per batch (issue 13 item 21): with
 * `set local shabaka.defer_search_refresh = 'on'` the triggers on organization, organization_target_group and
 * organization_sector do nothing for the rest of that transaction, and the writer must call
 * `shabaka_refresh_organization_search(ids)` for every organisation it touched before it commits (the registry
 * import does, after each batch of 1,000). Every other writer keeps the triggers.
 */
export class Migration20261205101000DeferredSearchRefresh extends Migration {
  override up(): void {
    for (const sql of functions(
      "if current_setting('shabaka.defer_search_refresh', true) = 'on' then return null; end if;",
    )) {
      this.addSql(sql);
    }
  }

  override down(): void {
    for (const sql of functions('')) this.addSql(sql);
  }
}
