import { Migration } from '@mikro-orm/migrations';

/**
 * The directory's search table: one narrow row per organisation with everything a list, a search, a count or a
 * facet reads, and nothing else.
 *
 * Why: at 1,000,000 organisations a broad search ("جمعية") matches most rows, and counting its matches with five
 * facets read the wide `organization` rows (missions, addresses, links: about 1.5 kB each) and joined the target
 * group and sector tables. `organization_search` holds about 200 bytes per row, with target groups and sectors as
 * sorted arrays, so the counts and facets of a search read one small table, and the page's 20 records are then read
 * from `organization` by primary key.
 *
 * The rows are maintained by statement-level triggers with transition tables (one refresh per statement, not per
 * row, so bulk inserts and imports stay set-based): inserting or updating an organisation refreshes its row; adding,
 * changing or removing its target groups or sectors refreshes the arrays; deleting it cascades. No application code
 * writes this table.
 *
 * The search columns move here from `organization` (they were stored generated columns there, computed on every
 * write of a wide row), with the same expressions; the listing indexes move with them. Typo tolerance no longer
 * compares the search with every name by trigram (`search_names`, dropped): it looks the words up in
 * `search_word`, the directory's vocabulary, and searches the close ones as full text.
 */
export class Migration20261129020000DirectorySearchTable extends Migration {
  override up(): void {
    this.addSql(`
      create table organization_search (
        id uuid primary key references organization (id) on delete cascade,
        search_vector tsvector not null,
        sort_name_ar text not null,
        sort_name_en text not null,
        acronym_key text,
        governorate_code text not null,
        legal_form_code text not null,
        verification_state text not null,
        status text not null,
        locality_type text,
        founding_year smallint,
        updated_at timestamptz not null,
        target_groups text[] not null default '{}',
        sectors text[] not null default '{}'
      );
    `);
    this.addSql('create table search_word (word text primary key);');
    this.addSql(`comment on table search_word is
      'Every word of the directory''s names and missions (as searched: normalised), for typo tolerance: a search word with no exact match is replaced by the close ones found here. Grows with the directory; a word that no longer occurs only costs a lookup that finds nothing.';`);
    this.addSql(`comment on table organization_search is
      'Maintained by triggers from organization, organization_target_group and organization_sector: never written by the application.';`);

    // the same expressions as the generated columns they replace
    this.addSql(`
      create function shabaka_refresh_organization_search(ids uuid[]) returns void
      language sql volatile
      as $$
        insert into organization_search as s (
          id, search_vector, sort_name_ar, sort_name_en, acronym_key, governorate_code, legal_form_code,
          verification_state, status, locality_type, founding_year, updated_at, target_groups, sectors
        )
        select
          o.id,
          setweight(to_tsvector('simple', shabaka_normalize(coalesce(o.name_ar, '') || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.acronym, ''))), 'A') ||
            setweight(to_tsvector('simple', shabaka_normalize(coalesce(o.mission_ar, '') || ' ' || coalesce(o.mission_en, ''))), 'B'),
          shabaka_normalize(coalesce(o.name_ar, o.name_en)),
          shabaka_normalize(coalesce(o.name_en, o.name_ar)),
          shabaka_normalize(o.acronym),
          o.governorate_code, o.legal_form_code, o.verification_state, o.status, o.locality_type, o.founding_year,
          o.updated_at,
          coalesce((select array_agg(x.target_group_code order by x.target_group_code)
                    from organization_target_group x where x.organization_id = o.id), '{}'),
          coalesce((select array_agg(x.sector_code order by x.sector_code)
                    from organization_sector x where x.organization_id = o.id), '{}')
        from unnest(ids) as changed (id) join organization o on o.id = changed.id
        on conflict (id) do update set
          search_vector = excluded.search_vector,
          sort_name_ar = excluded.sort_name_ar, sort_name_en = excluded.sort_name_en, acronym_key = excluded.acronym_key,
          governorate_code = excluded.governorate_code, legal_form_code = excluded.legal_form_code,
          verification_state = excluded.verification_state, status = excluded.status,
          locality_type = excluded.locality_type, founding_year = excluded.founding_year,
          updated_at = excluded.updated_at, target_groups = excluded.target_groups, sectors = excluded.sectors;
        insert into search_word (word)
        select distinct w.lexeme
        from unnest(ids) as changed (id) join organization_search s on s.id = changed.id, unnest(s.search_vector) w
        where length(w.lexeme) >= 3
        on conflict do nothing;
      $$;
    `);
    this.addSql(`
      create function shabaka_refresh_organization_codes(ids uuid[]) returns void
      language sql volatile
      as $$
        update organization_search s set
          target_groups = coalesce((select array_agg(x.target_group_code order by x.target_group_code)
                                    from organization_target_group x where x.organization_id = s.id), '{}'),
          sectors = coalesce((select array_agg(x.sector_code order by x.sector_code)
                              from organization_sector x where x.organization_id = s.id), '{}')
        from unnest(ids) as changed (id) where s.id = changed.id;
      $$;
    `);
    this.addSql(`
      create function shabaka_organization_search_sync() returns trigger
      language plpgsql
      as $$
      begin
        perform shabaka_refresh_organization_search(array(select n.id from new_rows n));
        return null;
      end;
      $$;
    `);
    this.addSql(`
      create function shabaka_organization_codes_sync_new() returns trigger
      language plpgsql
      as $$
      begin
        perform shabaka_refresh_organization_codes(array(select distinct n.organization_id from new_rows n));
        return null;
      end;
      $$;
    `);
    this.addSql(`
      create function shabaka_organization_codes_sync_old() returns trigger
      language plpgsql
      as $$
      begin
        perform shabaka_refresh_organization_codes(array(select distinct d.organization_id from old_rows d));
        return null;
      end;
      $$;
    `);
    // a trigger with transition tables has one event: insert and update are two triggers
    this.addSql(`create trigger organization_search_insert after insert on organization
      referencing new table as new_rows for each statement execute function shabaka_organization_search_sync();`);
    this.addSql(`create trigger organization_search_update after update on organization
      referencing new table as new_rows for each statement execute function shabaka_organization_search_sync();`);
    for (const table of ['organization_target_group', 'organization_sector']) {
      this.addSql(`create trigger ${table}_search_insert after insert on ${table}
        referencing new table as new_rows for each statement execute function shabaka_organization_codes_sync_new();`);
      // an update can move a row to another organisation: refresh both sides
      this.addSql(`create trigger ${table}_search_update_new after update on ${table}
        referencing new table as new_rows for each statement execute function shabaka_organization_codes_sync_new();`);
      this.addSql(`create trigger ${table}_search_update_old after update on ${table}
        referencing old table as old_rows for each statement execute function shabaka_organization_codes_sync_old();`);
      this.addSql(`create trigger ${table}_search_delete after delete on ${table}
        referencing old table as old_rows for each statement execute function shabaka_organization_codes_sync_old();`);
    }

    // fill from the rows already there, then index (faster than maintaining the indexes row by row)
    this.addSql('select shabaka_refresh_organization_search(array(select id from organization));');
    this.addSql('create index organization_search_vector_idx2 on organization_search using gin (search_vector);');
    this.addSql('create index search_word_trgm_idx on search_word using gist (word gist_trgm_ops);');
    // prefix ranges (the words a typed prefix starts), compared byte by byte whatever the database's collation
    this.addSql('create index search_word_prefix_idx on search_word (word text_pattern_ops);');
    this.addSql('create index organization_search_target_groups_idx on organization_search using gin (target_groups);');
    this.addSql('create index organization_search_sectors_idx on organization_search using gin (sectors);');
    this.addSql('create index organization_search_governorate_idx on organization_search (governorate_code);');
    this.addSql('create index organization_search_sort_name_ar_idx on organization_search (sort_name_ar, id);');
    this.addSql('create index organization_search_sort_name_en_idx on organization_search (sort_name_en, id);');
    this.addSql('create index organization_search_updated_at_idx on organization_search (updated_at, id);');
    this.addSql(
      'create index organization_search_founding_year_idx on organization_search ((coalesce(founding_year, 0)), id);',
    );

    // the old search columns and listing indexes of the wide table
    for (const index of [
      'organization_legal_form_idx',
      'organization_verification_state_idx',
      'organization_sort_name_ar_idx',
      'organization_sort_name_en_idx',
      'organization_updated_at_idx',
      'organization_founding_year_idx',
    ]) {
      this.addSql(`drop index ${index};`);
    }
    this.addSql(
      'alter table organization drop column search_names, drop column search_vector, drop column sort_name_ar, drop column sort_name_en;',
    );
    this.addSql('alter index organization_search_vector_idx2 rename to organization_search_vector_idx;');
  }

  override down(): void {
    this.addSql(`
      alter table organization
        add column search_names text generated always as (
          shabaka_normalize(coalesce(name_ar, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(acronym, ''))
        ) stored,
        add column search_vector tsvector generated always as (
          setweight(to_tsvector('simple', shabaka_normalize(coalesce(name_ar, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(acronym, ''))), 'A') ||
          setweight(to_tsvector('simple', shabaka_normalize(coalesce(mission_ar, '') || ' ' || coalesce(mission_en, ''))), 'B')
        ) stored,
        add column sort_name_ar text generated always as (shabaka_normalize(coalesce(name_ar, name_en))) stored,
        add column sort_name_en text generated always as (shabaka_normalize(coalesce(name_en, name_ar))) stored;
    `);
    this.addSql('drop table organization_search;');
    this.addSql('drop table search_word;');
    this.addSql('create index organization_search_vector_idx on organization using gin (search_vector);');
    this.addSql(
      'create index organization_search_names_trgm_idx on organization using gin (search_names gin_trgm_ops);',
    );
    this.addSql('create index organization_legal_form_idx on organization (legal_form_code);');
    this.addSql('create index organization_verification_state_idx on organization (verification_state);');
    this.addSql('create index organization_sort_name_ar_idx on organization (sort_name_ar, id);');
    this.addSql('create index organization_sort_name_en_idx on organization (sort_name_en, id);');
    this.addSql('create index organization_updated_at_idx on organization (updated_at, id);');
    this.addSql('create index organization_founding_year_idx on organization (founding_year, id);');
    for (const table of ['organization_target_group', 'organization_sector']) {
      for (const suffix of ['insert', 'update_new', 'update_old', 'delete']) {
        this.addSql(`drop trigger ${table}_search_${suffix} on ${table};`);
      }
    }
    this.addSql('drop trigger organization_search_insert on organization;');
    this.addSql('drop trigger organization_search_update on organization;');
    this.addSql('drop function shabaka_organization_search_sync();');
    this.addSql('drop function shabaka_organization_codes_sync_new();');
    this.addSql('drop function shabaka_organization_codes_sync_old();');
    this.addSql('drop function shabaka_refresh_organization_search(uuid[]);');
    this.addSql('drop function shabaka_refresh_organization_codes(uuid[]);');
  }
}
