import { Migration } from '@mikro-orm/migrations';

/**
 * The CSO directory: code lists with Arabic and English labels, organisations and what hangs off them, and the
 * search machinery.
 *
 * Search: `shabaka_normalize` folds text the way people type it (Latin case and accents; Arabic diacritics and
 * tatweel removed, alef forms, alef maqsura/yaa and taa marbuta/haa unified). It is IMMUTABLE (unaccent is only
 * STABLE because its dictionary could change; naming the dictionary explicitly is the documented way round), so
 * stored generated columns and expression indexes can use it:
 * - `search_names`: the normalised names and acronym, with a trigram GIN index (typo tolerance, substring);
 * - `search_vector`: names (weight A) and missions (weight B) as a `simple` tsvector with a GIN index (word and
 *   prefix matches). The `arabic` configuration is not used: it stems, and it would also need the same folding.
 */
export class Migration20261129010000Directory extends Migration {
  override up(): void {
    this.addSql(`
      create or replace function shabaka_normalize(input text) returns text
      language sql immutable parallel safe strict
      as $$
        select btrim(regexp_replace(
          translate(
            regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, input)), '[\\u064B-\\u065F\\u0670\\u0640]', '', 'g'),
            'أإآٱىة',
            'اااايه'
          ),
          '\\s+', ' ', 'g'
        ))
      $$;
    `);

    for (const table of ['governorate', 'legal_form', 'sector', 'target_group']) {
      this.addSql(`
        create table ${table} (
          code text primary key,
          name_ar text not null,
          name_en text not null,
          position smallint not null
        );
      `);
    }
    this.addSql('alter table governorate add column dos_code smallint not null unique;');

    this.addSql(`
      insert into governorate (code, dos_code, name_ar, name_en, position) values
        ('JO-AM', 11, 'عمّان', 'Amman', 1),
        ('JO-BA', 12, 'البلقاء', 'Balqa', 2),
        ('JO-AZ', 13, 'الزرقاء', 'Zarqa', 3),
        ('JO-MD', 14, 'مادبا', 'Madaba', 4),
        ('JO-IR', 21, 'إربد', 'Irbid', 5),
        ('JO-MA', 22, 'المفرق', 'Mafraq', 6),
        ('JO-JA', 23, 'جرش', 'Jerash', 7),
        ('JO-AJ', 24, 'عجلون', 'Ajloun', 8),
        ('JO-KA', 31, 'الكرك', 'Karak', 9),
        ('JO-AT', 32, 'الطفيلة', 'Tafilah', 10),
        ('JO-MN', 33, 'معان', 'Ma''an', 11),
        ('JO-AQ', 34, 'العقبة', 'Aqaba', 12);
    `);
    this.addSql(`
      insert into legal_form (code, name_ar, name_en, position) values
        ('CHARITY', 'جمعية خيرية مسجّلة لدى وزارة التنمية الاجتماعية', 'Charity registered with MoSD', 1),
        ('SOCIETY', 'جمعية مسجّلة لدى وزارة التنمية الاجتماعية', 'Society registered with MoSD', 2),
        ('NGO', 'منظمة غير حكومية', 'Non-governmental organisation', 3),
        ('FOUNDATION', 'مؤسسة', 'Foundation', 4),
        ('COOPERATIVE', 'جمعية تعاونية', 'Cooperative', 5),
        ('NON_PROFIT_COMPANY', 'شركة غير ربحية', 'Non-profit company', 6),
        ('COMMUNITY_BASED', 'منظمة مجتمعية', 'Community-based organisation', 7);
    `);
    this.addSql(`
      insert into sector (code, name_ar, name_en, position) values
        ('SOCIAL_ASSISTANCE', 'المساعدات الاجتماعية', 'Social assistance', 1),
        ('SOCIAL_INSURANCE', 'الضمان والتأمينات الاجتماعية', 'Social insurance', 2),
        ('LIVELIHOODS', 'سبل العيش والتمكين الاقتصادي', 'Livelihoods and economic empowerment', 3),
        ('DISABILITY_INCLUSION', 'دمج الأشخاص ذوي الإعاقة', 'Disability inclusion', 4),
        ('DEINSTITUTIONALISATION', 'الرعاية البديلة والدمج المجتمعي', 'Deinstitutionalisation and community-based care', 5),
        ('CHILD_PROTECTION', 'حماية الطفل', 'Child protection', 6),
        ('GENDER_BASED_VIOLENCE', 'مناهضة العنف القائم على النوع الاجتماعي', 'Gender-based violence prevention and response', 7),
        ('ELDERLY_CARE', 'رعاية كبار السن', 'Elderly care', 8),
        ('HEALTH', 'الصحة والدعم النفسي', 'Health and psychosocial support', 9),
        ('EDUCATION', 'التعليم', 'Education', 10),
        ('SOCIAL_INNOVATION', 'الابتكار الاجتماعي', 'Social innovation', 11),
        ('COMMUNITY_DEVELOPMENT', 'التنمية المجتمعية', 'Community development', 12),
        ('ADVOCACY', 'المناصرة والسياسات', 'Advocacy and policy', 13);
    `);
    this.addSql(`
      insert into target_group (code, name_ar, name_en, position) values
        ('WOMEN', 'النساء', 'Women', 1),
        ('YOUTH', 'الشباب', 'Youth', 2),
        ('CHILDREN', 'الأطفال', 'Children', 3),
        ('PERSONS_WITH_DISABILITIES', 'الأشخاص ذوو الإعاقة', 'Persons with disabilities', 4),
        ('ELDERLY', 'كبار السن', 'Elderly people', 5),
        ('LOW_INCOME_HOUSEHOLDS', 'الأسر ذات الدخل المحدود', 'Low-income households', 6),
        ('REFUGEES', 'اللاجئون', 'Refugees', 7),
        ('HOST_COMMUNITIES', 'المجتمعات المستضيفة', 'Host communities', 8),
        ('ORPHANS', 'الأيتام', 'Orphans', 9),
        ('FEMALE_HEADED_HOUSEHOLDS', 'الأسر التي تعيلها نساء', 'Female-headed households', 10);
    `);

    this.addSql(`
      create table organization (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120),
        name_ar text check (length(name_ar) between 1 and 300),
        name_en text check (length(name_en) between 1 and 300),
        acronym text check (length(acronym) between 1 and 30),
        legal_form_code text not null references legal_form (code),
        founding_year smallint check (founding_year between 1900 and 2100),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'DISSOLVED')),
        governorate_code text not null references governorate (code),
        district text check (length(district) <= 120),
        locality_type text check (locality_type in ('URBAN', 'RURAL')),
        address_ar text check (length(address_ar) <= 500),
        address_en text check (length(address_en) <= 500),
        latitude double precision check (latitude between 29 and 33.5),
        longitude double precision check (longitude between 34.8 and 39.4),
        mission_ar text check (length(mission_ar) <= 4000),
        mission_en text check (length(mission_en) <= 4000),
        staff_count integer check (staff_count >= 0),
        volunteer_count integer check (volunteer_count >= 0),
        budget_band text check (budget_band in ('UNDER_10K', 'FROM_10K_TO_50K', 'FROM_50K_TO_250K', 'FROM_250K_TO_1M', 'OVER_1M')),
        website text check (website ~ '^https?://' and length(website) <= 500),
        social_links jsonb not null default '[]'::jsonb,
        verification_state text not null default 'UNVERIFIED'
          check (verification_state in ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED')),
        verified_at timestamptz,
        verified_by text,
        verification_note text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        search_names text generated always as (
          shabaka_normalize(coalesce(name_ar, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(acronym, ''))
        ) stored,
        search_vector tsvector generated always as (
          setweight(to_tsvector('simple', shabaka_normalize(coalesce(name_ar, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(acronym, ''))), 'A') ||
          setweight(to_tsvector('simple', shabaka_normalize(coalesce(mission_ar, '') || ' ' || coalesce(mission_en, ''))), 'B')
        ) stored,
        sort_name_ar text generated always as (shabaka_normalize(coalesce(name_ar, name_en))) stored,
        sort_name_en text generated always as (shabaka_normalize(coalesce(name_en, name_ar))) stored,
        constraint organization_has_a_name check (name_ar is not null or name_en is not null)
      );
    `);
    this.addSql('create index organization_search_vector_idx on organization using gin (search_vector);');
    this.addSql(
      'create index organization_search_names_trgm_idx on organization using gin (search_names gin_trgm_ops);',
    );
    this.addSql('create index organization_governorate_idx on organization (governorate_code);');
    this.addSql('create index organization_legal_form_idx on organization (legal_form_code);');
    this.addSql('create index organization_verification_state_idx on organization (verification_state);');
    this.addSql('create index organization_sort_name_ar_idx on organization (sort_name_ar, id);');
    this.addSql('create index organization_sort_name_en_idx on organization (sort_name_en, id);');
    this.addSql('create index organization_updated_at_idx on organization (updated_at, id);');
    this.addSql('create index organization_founding_year_idx on organization (founding_year, id);');

    this.addSql(`
      create table organization_identifier (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade,
        scheme text not null check (scheme in ('JO-MSD', 'JO-CCD')),
        identifier text not null,
        constraint organization_identifier_format check (
          (scheme = 'JO-MSD' and identifier ~ '^[0-9]{13}$') or (scheme = 'JO-CCD' and identifier ~ '^[0-9]{1,10}$')
        ),
        constraint organization_identifier_unique unique (scheme, identifier)
      );
    `);
    this.addSql('create index organization_identifier_organization_idx on organization_identifier (organization_id);');

    this.addSql(`
      create table organization_sector (
        organization_id uuid not null references organization (id) on delete cascade,
        sector_code text not null references sector (code),
        primary key (organization_id, sector_code)
      );
    `);
    this.addSql('create index organization_sector_code_idx on organization_sector (sector_code, organization_id);');
    this.addSql(`
      create table organization_target_group (
        organization_id uuid not null references organization (id) on delete cascade,
        target_group_code text not null references target_group (code),
        primary key (organization_id, target_group_code)
      );
    `);
    this.addSql(
      'create index organization_target_group_code_idx on organization_target_group (target_group_code, organization_id);',
    );

    this.addSql(`
      create table organization_contact (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade,
        visibility text not null check (visibility in ('PUBLIC', 'PRIVATE')),
        name text check (length(name) <= 200),
        role text check (length(role) <= 200),
        email text check (email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
        phone text check (phone ~ '^\\+?[0-9 ]{6,20}$'),
        position smallint not null default 0,
        constraint organization_contact_reachable check (email is not null or phone is not null)
      );
    `);
    this.addSql(
      'create index organization_contact_organization_idx on organization_contact (organization_id, position);',
    );

    this.addSql(`
      create table capacity_assessment (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade,
        assessed_on date not null,
        governance smallint not null check (governance between 1 and 5),
        finance smallint not null check (finance between 1 and 5),
        human_resources smallint not null check (human_resources between 1 and 5),
        programme_delivery smallint not null check (programme_delivery between 1 and 5),
        monitoring_evaluation smallint not null check (monitoring_evaluation between 1 and 5),
        advocacy smallint not null check (advocacy between 1 and 5),
        constraint capacity_assessment_once_a_day unique (organization_id, assessed_on)
      );
    `);
  }

  override down(): void {
    this.addSql('drop table if exists capacity_assessment;');
    this.addSql('drop table if exists organization_contact;');
    this.addSql('drop table if exists organization_target_group;');
    this.addSql('drop table if exists organization_sector;');
    this.addSql('drop table if exists organization_identifier;');
    this.addSql('drop table if exists organization;');
    for (const table of ['target_group', 'sector', 'legal_form', 'governorate']) {
      this.addSql(`drop table if exists ${table};`);
    }
    this.addSql('drop function if exists shabaka_normalize(text);');
  }
}
