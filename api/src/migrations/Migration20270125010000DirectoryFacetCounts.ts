import { Migration } from '@mikro-orm/migrations';

/** The columns of organization_search a facet or a filter of a listing without search reads (founding year aside). */
const KEY = 'governorate_code, legal_form_code, verification_state, status, locality_type, target_groups, sectors';
const KEY_OF = (t: string): string =>
  `${t}.governorate_code, ${t}.legal_form_code, ${t}.verification_state, ${t}.status, coalesce(${t}.locality_type, ''), ${t}.target_groups, ${t}.sectors`;

/** Adds `delta` (a SQL expression over the rows of `source`) to the counts of their keys. */
function apply(source: string): string {
  return `
    insert into organization_facet_count as c (${KEY}, n)
    select ${KEY}, sum(d)::int from (${source}) changes (${KEY}, d)
    group by ${KEY}
    having sum(d) <> 0
    -- in key order, so that two writers lock the rows they share in the same order (no deadlock)
    order by ${KEY}
    on conflict (${KEY}) do update set n = c.n + excluded.n;`;
}

/**
 * Facet counts of listings without a search kept incrementally (issue 21, defect 3). A listing's five facets each lift
 * their own filter, so they read every matching row: at 1,000,000 organisations the facets of an unfiltered or
 * singly-filtered listing read most of organization_search (p95 1,741 ms). Organisations that agree on every facet and
 * filter column (governorate, legal form, verification state, status, locality type, target groups, sectors) are one
 * row of `organization_facet_count` with their number: a few thousand rows where the directory has a million, so the
 * same facet statement over this table (`sum(n)` for `count(*)`) answers any combination of those filters with the
 * same numbers. Statement-level triggers with transition tables keep it, in the transaction that changes the search
 * rows, one upsert per statement. A listing filtered by founding year, and every search, still count the search rows.
 */
export class Migration20270125010000DirectoryFacetCounts extends Migration {
  override up(): void {
    this.addSql(`create table organization_facet_count (
      governorate_code text not null,
      legal_form_code text not null,
      verification_state text not null,
      status text not null,
      locality_type text not null,
      target_groups text[] not null,
      sectors text[] not null,
      n integer not null,
      primary key (${KEY})
    );`);
    this.addSql(`comment on table organization_facet_count is
      'How many organisations share each combination of facet and filter codes (locality type '''' when unknown); maintained by triggers on organization_search, never written by the application. Rows may hold 0.';`);
    this.addSql(`create function shabaka_facet_count_insert() returns trigger language plpgsql as $$
      begin
        ${apply(`select ${KEY_OF('n')}, 1 from new_rows n`)}
        return null;
      end; $$;`);
    this.addSql(`create function shabaka_facet_count_update() returns trigger language plpgsql as $$
      begin
        ${apply(`select ${KEY_OF('n')}, 1 from new_rows n union all select ${KEY_OF('o')}, -1 from old_rows o`)}
        return null;
      end; $$;`);
    this.addSql(`create function shabaka_facet_count_delete() returns trigger language plpgsql as $$
      begin
        ${apply(`select ${KEY_OF('o')}, -1 from old_rows o`)}
        return null;
      end; $$;`);
    this.addSql(`create function shabaka_facet_count_truncate() returns trigger language plpgsql as $$
      begin
        truncate organization_facet_count;
        return null;
      end; $$;`);
    this.addSql(`create trigger organization_search_facet_insert after insert on organization_search
      referencing new table as new_rows for each statement execute function shabaka_facet_count_insert();`);
    this.addSql(`create trigger organization_search_facet_update after update on organization_search
      referencing old table as old_rows new table as new_rows for each statement execute function shabaka_facet_count_update();`);
    this.addSql(`create trigger organization_search_facet_delete after delete on organization_search
      referencing old table as old_rows for each statement execute function shabaka_facet_count_delete();`);
    this.addSql(`create trigger organization_search_facet_truncate after truncate on organization_search
      for each statement execute function shabaka_facet_count_truncate();`);
    this.addSql(apply(`select ${KEY_OF('s')}, 1 from organization_search s`));
    this.addSql('analyze organization_facet_count;');
  }

  override down(): void {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger organization_search_facet_${event} on organization_search;`);
      this.addSql(`drop function shabaka_facet_count_${event}();`);
    }
    this.addSql('drop table organization_facet_count;');
  }
}
