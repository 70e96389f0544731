import { Migration } from '@mikro-orm/migrations';

/**
 * Deinstitutionalisation: residential care institutions for persons with disabilities and, per institution and
 * quarter, the aggregate figures officers report (residents at the quarter's end, transitions to family and to
 * community-based care during it, community places available). Counts only: no row here is about a person.
 */
export class Migration20261231000000Deinstitutionalisation extends Migration {
  override up(): void {
    this.addSql(`
      create table care_institution (
        id uuid primary key,
        name_ar text check (length(name_ar) between 1 and 300),
        name_en text check (length(name_en) between 1 and 300),
        ownership text not null check (ownership in ('PUBLIC', 'PRIVATE')),
        governorate_code text not null references governorate (code),
        capacity integer not null check (capacity between 1 and 100000),
        active boolean not null default true,
        version integer not null default 1,
        created_by uuid,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        check (name_ar is not null or name_en is not null)
      );
      create index care_institution_governorate_idx on care_institution (governorate_code);

      create table care_institution_quarter (
        id uuid primary key,
        institution_id uuid not null references care_institution (id) on delete cascade,
        year smallint not null check (year between 2000 and 2100),
        quarter smallint not null check (quarter between 1 and 4),
        residents integer not null check (residents >= 0),
        transitions_to_family integer not null check (transitions_to_family >= 0),
        transitions_to_community integer not null check (transitions_to_community >= 0),
        community_places integer not null check (community_places >= 0),
        version integer not null default 1,
        recorded_by uuid,
        recorded_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (transitions_to_family + transitions_to_community <= residents),
        unique (institution_id, year, quarter)
      );
      create index care_institution_quarter_period_idx on care_institution_quarter (year, quarter);
    `);
  }

  override down(): void {
    this.addSql(`drop table if exists care_institution_quarter; drop table if exists care_institution;`);
  }
}
