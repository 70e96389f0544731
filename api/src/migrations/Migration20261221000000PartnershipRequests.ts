import { Migration } from '@mikro-orm/migrations';

/**
 * Partnerships, second part: requests from one party to another, and the partnerships an accepted request creates,
 * with their members, confirmations and the history of their status.
 *
 * A request names its two parties with the two-column pattern of the listings (exactly one of organisation and
 * institution set on each side). `from_party` and `to_party` are generated from them so that the rules on the pair
 * are the database's own: not to oneself (a check), and at most one open request between the same two parties in
 * either direction (a partial unique index, which holds under concurrent sends where a read-then-insert would not).
 */
export class Migration20261221000000PartnershipRequests extends Migration {
  override up(): void {
    this.addSql(`
      create table partnership (
        id uuid primary key,
        kind text not null check (kind in ('CSO_CSO', 'CSO_INSTITUTION')),
        status text not null default 'PROPOSED' check (status in ('PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
        purpose_ar text check (length(purpose_ar) between 1 and 4000),
        purpose_en text check (length(purpose_en) between 1 and 4000),
        governorate_codes text[] not null default '{}',
        target_group_codes text[] not null default '{}',
        starts_on date,
        ends_on date,
        mou_signed_on date,
        agreement_reference text check (length(agreement_reference) between 1 and 200),
        termination_reason text check (length(termination_reason) between 1 and 2000),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        activated_at timestamptz(3),
        check (ends_on is null or starts_on is null or ends_on >= starts_on),
        check ((status = 'TERMINATED') = (termination_reason is not null))
      );
      create index partnership_public_idx on partnership (activated_at desc, id) where status in ('ACTIVE', 'COMPLETED');
      create index partnership_governorates_idx on partnership using gin (governorate_codes);
      create index partnership_target_groups_idx on partnership using gin (target_group_codes);
    `);
    this.addSql(`
      create table partnership_member (
        id uuid primary key,
        partnership_id uuid not null references partnership (id) on delete cascade,
        organization_id uuid references organization (id) on delete cascade,
        institution_id uuid references institution (id) on delete cascade,
        role text not null check (role in ('LEAD', 'PARTNER', 'PUBLIC_PARTNER')),
        confirmed_at timestamptz,
        confirmed_by uuid references auth_user (id) on delete set null,
        position smallint not null,
        check (num_nonnulls(organization_id, institution_id) = 1),
        check (role <> 'PUBLIC_PARTNER' or institution_id is not null),
        unique (partnership_id, position)
      );
      create unique index partnership_member_party_idx
        on partnership_member (partnership_id, coalesce(organization_id, institution_id));
      create index partnership_member_organization_idx on partnership_member (organization_id)
        where organization_id is not null;
      create index partnership_member_institution_idx on partnership_member (institution_id)
        where institution_id is not null;
    `);
    this.addSql(`
      create table partnership_status_change (
        id uuid primary key,
        partnership_id uuid not null references partnership (id) on delete cascade,
        from_status text check (from_status in ('PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
        to_status text not null check (to_status in ('PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
        reason text check (length(reason) between 1 and 2000),
        changed_by uuid references auth_user (id) on delete set null,
        changed_at timestamptz(3) not null default now()
      );
      create index partnership_status_change_partnership_idx on partnership_status_change (partnership_id, changed_at, id);
    `);
    this.addSql(`
      create table partnership_request (
        id uuid primary key,
        from_organization_id uuid references organization (id) on delete cascade,
        from_institution_id uuid references institution (id) on delete cascade,
        to_organization_id uuid references organization (id) on delete cascade,
        to_institution_id uuid references institution (id) on delete cascade,
        from_party uuid generated always as (coalesce(from_organization_id, from_institution_id)) stored,
        to_party uuid generated always as (coalesce(to_organization_id, to_institution_id)) stored,
        listing_id uuid references partnership_listing (id) on delete set null,
        message text not null check (length(message) between 1 and 4000),
        status text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        decline_reason text check (length(decline_reason) between 1 and 2000),
        partnership_id uuid references partnership (id) on delete set null,
        created_by uuid references auth_user (id) on delete set null,
        answered_by uuid references auth_user (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        answered_at timestamptz,
        check (num_nonnulls(from_organization_id, from_institution_id) = 1),
        check (num_nonnulls(to_organization_id, to_institution_id) = 1),
        check (coalesce(from_organization_id, from_institution_id) <> coalesce(to_organization_id, to_institution_id)),
        check ((status = 'DECLINED') = (decline_reason is not null)),
        check ((status = 'PENDING') = (answered_at is null))
      );
      -- one open request between the same two parties, whichever sent it
      create unique index partnership_request_open_pair_idx
        on partnership_request (least(from_party, to_party), greatest(from_party, to_party)) where status = 'PENDING';
      create index partnership_request_from_idx on partnership_request (from_party, created_at desc, id);
      create index partnership_request_to_idx on partnership_request (to_party, created_at desc, id);
      alter table partnership add column request_id uuid unique references partnership_request (id) on delete set null;
    `);
  }

  override down(): void {
    this.addSql('drop table partnership_request, partnership_status_change, partnership_member, partnership cascade;');
  }
}
