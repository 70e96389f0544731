import { Migration } from '@mikro-orm/migrations';

/**
 * Partner suggestions at 1,000,000 organisations (issue 15): the pool's statement read every listing complementing
 * the party (~130,000 at that size), joined them to the directory's search rows and sorted them, 4.4 s. The match
 * keys are one narrow row per active listing with what the pool's estimate needs of its party (governorate, target
 * groups, whether it may be suggested), so that the pool reads the listings of one capability in one governorate by
 * index equality, best governorates first, and stops as soon as no later tier can beat what it holds
 * (`PartnerSuggestionRepository.pool`). Maintained by triggers in the transaction of the change: a listing's own row,
 * and the rows of an organisation whose search row or an institution whose governorate changes.
 */
/** Who may be suggested: an active organisation, verified or under verification (SUGGESTIBLE_STATES), or an institution. */
const INSERT_KEYS = `
        insert into partnership_match_key
          (listing_id, kind, capability_code, party_kind, party_id, governorate_code, target_group_mask, suggestible,
           expires_at)
        select l.id, l.kind, l.capability_code,
               case when l.organization_id is null then 'Institution' else 'Organization' end,
               coalesce(l.organization_id, l.institution_id),
               coalesce(s.governorate_code, i.governorate_code),
               shabaka_target_group_mask(s.target_groups),
               (s.id is not null and s.status = 'ACTIVE' and s.verification_state in ('VERIFIED', 'PENDING'))
                 or i.id is not null,
               l.expires_at
        from partnership_listing l
        left join organization_search s on s.id = l.organization_id
        left join institution i on i.id = l.institution_id
        where l.status = 'ACTIVE'`;

export class Migration20270102000000PartnershipMatchKeys extends Migration {
  override up(): void {
    this.addSql(`
      create table partnership_match_key (
        listing_id uuid primary key references partnership_listing (id) on delete cascade,
        kind text not null,
        capability_code text not null,
        party_kind text not null check (party_kind in ('Organization', 'Institution')),
        party_id uuid not null,
        governorate_code text,
        target_group_mask integer not null default 0,
        suggestible boolean not null,
        expires_at timestamptz not null
      );
      create index partnership_match_key_lookup_idx
        on partnership_match_key (kind, capability_code, governorate_code)
        include (party_kind, party_id, target_group_mask, expires_at)
        where suggestible;
      create index partnership_match_key_party_idx on partnership_match_key (party_id);
      comment on column partnership_match_key.target_group_mask is
        'The party''s target groups, bit n set for the target group at position n (shabaka_target_group_mask): the pool counts shared groups with bit_count instead of unnesting arrays.';
      comment on table partnership_match_key is
        'One row per active listing with its party''s governorate, target groups and whether it may be suggested (active, and verified or under verification): what partner suggestions read to choose their candidates. Maintained by triggers on partnership_listing, organization_search and institution: never written by the application.';
    `);
    this.addSql(`
      create function shabaka_target_group_mask(codes text[]) returns integer
      language sql stable
      as $$
        select coalesce(bit_or(1 << tg.position), 0)::integer from target_group tg where tg.code = any(codes);
      $$;
    `);
    this.addSql(`
      create function shabaka_refresh_partnership_match_keys(listing_ids uuid[]) returns void
      language sql volatile
      as $$
        delete from partnership_match_key k where k.listing_id = any(listing_ids);
        ${INSERT_KEYS} and l.id = any(listing_ids);
      $$;
      -- after a bulk load with the triggers off (a benchmark's, an import's): every key again, in one statement
      create function shabaka_rebuild_partnership_match_keys() returns void
      language sql volatile
      as $$
        truncate partnership_match_key;
        ${INSERT_KEYS};
      $$;
    `);
    this.addSql(`
      create function shabaka_partnership_match_key_listing() returns trigger
      language plpgsql
      as $$
      begin
        perform shabaka_refresh_partnership_match_keys(array[coalesce(new.id, old.id)]);
        return null;
      end;
      $$;
      create trigger partnership_match_key_listing
        after insert or update of kind, capability_code, organization_id, institution_id, status, expires_at
        on partnership_listing
        for each row execute function shabaka_partnership_match_key_listing();
    `);
    // statement-level: the directory writes its search rows in batches (the registry import, 1,000 at a time); an
    // organisation without listings costs one index probe that finds nothing
    this.addSql(`
      create function shabaka_partnership_match_key_organization() returns trigger
      language plpgsql
      as $$
      begin
        update partnership_match_key k
        set governorate_code = n.governorate_code,
            target_group_mask = shabaka_target_group_mask(n.target_groups),
            suggestible = n.status = 'ACTIVE' and n.verification_state in ('VERIFIED', 'PENDING')
        from new_rows n
        where k.party_id = n.id
          and (k.governorate_code is distinct from n.governorate_code
            or k.target_group_mask is distinct from shabaka_target_group_mask(n.target_groups)
            or k.suggestible is distinct from (n.status = 'ACTIVE' and n.verification_state in ('VERIFIED', 'PENDING')));
        return null;
      end;
      $$;
      create trigger partnership_match_key_organization_insert
        after insert on organization_search referencing new table as new_rows
        for each statement execute function shabaka_partnership_match_key_organization();
      create trigger partnership_match_key_organization_update
        after update on organization_search referencing new table as new_rows
        for each statement execute function shabaka_partnership_match_key_organization();
    `);
    this.addSql(`
      create function shabaka_partnership_match_key_institution() returns trigger
      language plpgsql
      as $$
      begin
        update partnership_match_key k set governorate_code = new.governorate_code
        where k.party_id = new.id and k.governorate_code is distinct from new.governorate_code;
        return null;
      end;
      $$;
      create trigger partnership_match_key_institution
        after update of governorate_code on institution
        for each row execute function shabaka_partnership_match_key_institution();
    `);
    this.addSql('select shabaka_rebuild_partnership_match_keys();');
  }

  override down(): void {
    this.addSql(`
      drop trigger partnership_match_key_institution on institution;
      drop trigger partnership_match_key_organization_update on organization_search;
      drop trigger partnership_match_key_organization_insert on organization_search;
      drop trigger partnership_match_key_listing on partnership_listing;
      drop function shabaka_partnership_match_key_institution();
      drop function shabaka_partnership_match_key_organization();
      drop function shabaka_partnership_match_key_listing();
      drop function shabaka_rebuild_partnership_match_keys();
      drop function shabaka_refresh_partnership_match_keys(uuid[]);
      drop function shabaka_target_group_mask(text[]);
      drop table partnership_match_key;
    `);
  }
}
