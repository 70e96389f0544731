import { Migration } from '@mikro-orm/migrations';

/** The capability taxonomy of needs and offers (a code list: it changes through migrations only). */
const CAPABILITIES: [code: string, nameAr: string, nameEn: string][] = [
  ['MONITORING_EVALUATION', 'الرصد والتقييم', 'Monitoring and evaluation'],
  ['FINANCIAL_MANAGEMENT', 'الإدارة المالية', 'Financial management'],
  ['OUTREACH', 'الوصول إلى المجتمعات في المحافظة', 'Outreach in a governorate'],
  ['SERVICE_DELIVERY', 'تقديم الخدمات لفئة مستهدفة', 'Service delivery for a target group'],
  ['VOLUNTEERS', 'المتطوعون', 'Volunteers'],
  ['VENUE', 'مكان للأنشطة', 'Venue'],
  ['LEGAL_SUPPORT', 'الدعم القانوني', 'Legal support'],
  ['TECHNICAL_EXPERTISE', 'الخبرة الفنية', 'Technical expertise'],
  ['TRAINING', 'التدريب وبناء القدرات', 'Training and capacity building'],
  ['FUNDRAISING', 'تنمية الموارد وجمع التبرعات', 'Fundraising'],
  ['ADVOCACY', 'كسب التأييد', 'Advocacy'],
  ['DATA_RESEARCH', 'البيانات والبحوث', 'Data and research'],
  ['PSYCHOSOCIAL_SUPPORT', 'الدعم النفسي والاجتماعي', 'Psychosocial support'],
  ['COMMUNICATIONS', 'الإعلام والتواصل', 'Communications and media'],
  ['TRANSPORT_LOGISTICS', 'النقل والخدمات اللوجستية', 'Transport and logistics'],
];

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Partnerships, first part: public institutions and the accounts acting for them, the capability taxonomy, and the
 * needs and offers ("listings") that organisations and institutions publish.
 *
 * A party of the partnerships domain is either a directory organisation or an institution: every table that names a
 * party (listings now; requests, partnership members and matchmaking participants next) carries `organization_id`
 * and `institution_id` with a check that exactly one is set, so each keeps a real foreign key.
 */
export class Migration20261220000000Partnerships extends Migration {
  override up(): void {
    this.addSql(`
      create table partnership_capability (
        code text primary key check (code ~ '^[A-Z][A-Z_]*$'),
        name_ar text not null,
        name_en text not null,
        position smallint not null unique
      );
    `);
    this.addSql(
      `insert into partnership_capability (code, name_ar, name_en, position) values ${CAPABILITIES.map(
        ([code, ar, en], i) => `(${quote(code)}, ${quote(ar)}, ${quote(en)}, ${i + 1})`,
      ).join(', ')};`,
    );
    this.addSql(`
      create table institution (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120),
        type text not null check (type in ('MINISTRY', 'MOSD_DIRECTORATE', 'MUNICIPALITY', 'PUBLIC_AGENCY')),
        governorate_code text references governorate (code),
        name_ar text check (length(name_ar) between 1 and 300),
        name_en text check (length(name_en) between 1 and 300),
        acronym text check (length(acronym) between 1 and 30),
        website text check (length(website) <= 300),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        check (name_ar is not null or name_en is not null),
        -- a directorate is the ministry's office in one governorate
        check (type <> 'MOSD_DIRECTORATE' or governorate_code is not null)
      );
      create index institution_type_governorate_idx on institution (type, governorate_code);
    `);
    this.addSql(`
      create table institution_member (
        institution_id uuid not null references institution (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        role text not null check (role in ('OWNER', 'EDITOR', 'VIEWER')),
        created_at timestamptz not null default now(),
        primary key (institution_id, user_id)
      );
      create index institution_member_user_idx on institution_member (user_id);
    `);
    this.addSql(`
      create table partnership_listing (
        id uuid primary key,
        kind text not null check (kind in ('NEED', 'OFFER')),
        organization_id uuid references organization (id) on delete cascade,
        institution_id uuid references institution (id) on delete cascade,
        capability_code text not null references partnership_capability (code),
        description_ar text check (length(description_ar) between 1 and 2000),
        description_en text check (length(description_en) between 1 and 2000),
        governorate_codes text[] not null default '{}',
        target_group_codes text[] not null default '{}',
        expires_at timestamptz not null,
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
        created_by uuid references auth_user (id) on delete set null,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        withdrawn_at timestamptz,
        check (num_nonnulls(organization_id, institution_id) = 1),
        check (description_ar is not null or description_en is not null),
        check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
      );
      create index partnership_listing_organization_idx on partnership_listing (organization_id, created_at desc, id)
        where organization_id is not null;
      create index partnership_listing_institution_idx on partnership_listing (institution_id, created_at desc, id)
        where institution_id is not null;
      create index partnership_listing_active_idx on partnership_listing (created_at desc, id) where status = 'ACTIVE';
      create index partnership_listing_capability_idx on partnership_listing (capability_code, kind)
        where status = 'ACTIVE';
      create index partnership_listing_governorates_idx on partnership_listing using gin (governorate_codes);
      create index partnership_listing_target_groups_idx on partnership_listing using gin (target_group_codes);
    `);
  }

  override down(): void {
    this.addSql('drop table partnership_listing, institution_member, institution, partnership_capability;');
  }
}
