import { Migration } from '@mikro-orm/migrations';

const CATEGORIES: [string, string, string][] = [
  ['DAY_CARE', 'الرعاية النهارية', 'Day care'],
  ['EARLY_INTERVENTION', 'التدخل المبكر', 'Early intervention'],
  ['INCLUSIVE_EDUCATION', 'التعليم الدامج', 'Inclusive education'],
  ['REHABILITATION', 'التأهيل', 'Rehabilitation'],
  ['ASSISTIVE_DEVICES', 'الأجهزة المساعدة', 'Assistive devices'],
  ['SUPPORTED_LIVING', 'العيش المدعوم', 'Supported living'],
  ['EMPLOYMENT_SUPPORT', 'دعم التشغيل', 'Employment support'],
  ['FAMILY_SUPPORT', 'دعم الأسرة', 'Family support'],
  ['HOME_CARE', 'الرعاية المنزلية', 'Home care'],
  ['RESPITE_CARE', 'الرعاية المؤقتة للأسر', 'Respite care'],
  ['PSYCHOSOCIAL_SUPPORT', 'الدعم النفسي والاجتماعي', 'Psychosocial support'],
  ['CASH_ASSISTANCE', 'المساعدات النقدية', 'Cash assistance'],
  ['IN_KIND_ASSISTANCE', 'المساعدات العينية', 'In-kind assistance'],
  ['LEGAL_AID', 'المساعدة القانونية', 'Legal aid'],
  ['CASE_MANAGEMENT', 'إدارة الحالة', 'Case management'],
];

/**
 * Community services: services an organisation offers (Open Referral HSDS 3.0 shape), their locations and weekly
 * opening hours, referral information and places. The search reads `service` itself: a generated, normalised search
 * vector (the directory's Arabic-aware folding and clitic stems) and arrays of the codes the facets count, kept from
 * the locations by the service layer in the same transaction.
 */
export class Migration20261230000000Services extends Migration {
  override up(): void {
    this.addSql(`
      create table service_category (
        code text primary key,
        name_ar text not null,
        name_en text not null,
        position smallint not null
      );
      comment on table service_category is 'Taxonomy of social protection and community-based disability services (a code list).';
    `);
    this.addSql(
      `insert into service_category (code, name_ar, name_en, position) values ${CATEGORIES.map(
        ([code, ar, en], i) => `('${code}', '${ar}', '${en}', ${i + 1})`,
      ).join(', ')};`,
    );
    this.addSql(`
      create table service (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade,
        name_ar text check (length(name_ar) <= 300),
        name_en text check (length(name_en) <= 300),
        description_ar text check (length(description_ar) <= 5000),
        description_en text check (length(description_en) <= 5000),
        category_code text not null references service_category (code),
        target_groups text[] not null default '{}',
        age_min smallint check (age_min between 0 and 120),
        age_max smallint check (age_max between 0 and 120),
        eligibility_ar text,
        eligibility_en text,
        fee text not null check (fee in ('FREE', 'SUBSIDISED', 'PAID')),
        fee_details_ar text,
        fee_details_en text,
        languages text[] not null default '{}',
        delivery text[] not null default '{}',
        contact_phone text,
        contact_email text,
        intake_criteria_ar text,
        intake_criteria_en text,
        documents_ar text,
        documents_en text,
        referral_steps_ar text,
        referral_steps_en text,
        office_hours_ar text,
        office_hours_en text,
        complaints_ar text,
        complaints_en text,
        places_available integer check (places_available >= 0),
        waiting_list_length integer check (waiting_list_length >= 0),
        places_updated_at timestamptz(3),
        places_reminded_at timestamptz(3),
        governorate_codes text[] not null default '{}',
        accessibility text[] not null default '{}',
        version integer not null default 1,
        created_by uuid,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        sort_name text generated always as (shabaka_normalize(coalesce(name_ar, name_en, ''))) stored,
        search_vector tsvector generated always as (shabaka_search_vector(shabaka_normalize(
          coalesce(name_ar, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(description_ar, '') || ' ' ||
          coalesce(description_en, '')))) stored,
        check (name_ar is not null or name_en is not null),
        check (age_min is null or age_max is null or age_min <= age_max)
      );
      create index service_organization_idx on service (organization_id);
      create index service_sort_idx on service (sort_name, id);
      create index service_category_idx on service (category_code);
      create index service_search_idx on service using gin (search_vector);
      create index service_governorates_idx on service using gin (governorate_codes);
      create index service_target_groups_idx on service using gin (target_groups);
      create index service_languages_idx on service using gin (languages);
      create index service_delivery_idx on service using gin (delivery);
      create index service_accessibility_idx on service using gin (accessibility);
      create index service_places_updated_idx on service (places_updated_at) where places_available is not null or waiting_list_length is not null;

      create table service_location (
        id uuid primary key,
        service_id uuid not null references service (id) on delete cascade,
        governorate_code text not null references governorate (code),
        district text check (length(district) <= 200),
        locality_type text check (locality_type in ('URBAN', 'RURAL')),
        address_ar text check (length(address_ar) <= 500),
        address_en text check (length(address_en) <= 500),
        latitude double precision,
        longitude double precision,
        accessibility text[] not null default '{}',
        created_at timestamptz(3) not null default now(),
        check ((latitude is null) = (longitude is null)),
        check (latitude is null or (latitude between 29.18 and 33.38 and longitude between 34.88 and 39.31))
      );
      create index service_location_service_idx on service_location (service_id, created_at, id);

      create table service_hours (
        id uuid primary key,
        service_id uuid not null references service (id) on delete cascade,
        weekday smallint not null check (weekday between 1 and 7),
        opens_at time not null,
        closes_at time not null,
        check (closes_at > opens_at)
      );
      create index service_hours_service_idx on service_hours (service_id, weekday);
    `);
  }

  override down(): void {
    this.addSql(
      'drop table service_hours; drop table service_location; drop table service; drop table service_category;',
    );
  }
}
