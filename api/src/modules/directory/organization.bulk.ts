/**
 * Writes many organisations fast: one multi-row INSERT per table per batch (not one entity at a time), inside the
 * caller's transaction. Used by the demo seed, the scale generator and the registry import.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { OrganizationRecord } from './organization.type.js';
import { storedName } from './stored-name.js';

/** An organisation with everything that hangs off it, as the seeds and the import write it. */
// a new organisation has no logo yet (only the logo route sets one)
export interface NewOrganization extends Omit<OrganizationRecord, 'logoKey'> {
  identifiers: { scheme: string; identifier: string }[];
  sectors: string[];
  targetGroups: string[];
  contacts: {
    visibility: string;
    name: string | null;
    role: string | null;
    email: string | null;
    phone: string | null;
  }[];
  assessments: {
    assessedOn: string;
    governance: number;
    finance: number;
    humanResources: number;
    programmeDelivery: number;
    monitoringEvaluation: number;
    advocacy: number;
  }[];
}

/** The Latin part of a slug: the English name lower-cased, accents dropped, words joined by hyphens (90 at most). */
export function latinSlug(nameEn: string | null): string {
  return (nameEn ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);
}

/**
 * A new organisation with what it must have (a slug, a legal form, a governorate, a name) and every other field at
 * its default: unverified, active, no figures, no lists. The one place that knows the defaults, for the registry
 * import, the registration of a new organisation and the fixtures.
 */
export function newOrganization(
  fields: Pick<NewOrganization, 'slug' | 'legalFormCode' | 'governorateCode'> & Partial<NewOrganization>,
): NewOrganization {
  const now = new Date();
  return {
    id: randomUUID(),
    foundingYear: null,
    status: 'ACTIVE',
    district: null,
    localityType: null,
    addressAr: null,
    addressEn: null,
    latitude: null,
    longitude: null,
    missionAr: null,
    missionEn: null,
    staffCount: null,
    volunteerCount: null,
    budgetBand: null,
    website: null,
    socialLinks: [],
    verificationState: 'UNVERIFIED',
    verifiedAt: null,
    createdAt: now,
    updatedAt: now,
    identifiers: [],
    sectors: [],
    targetGroups: [],
    contacts: [],
    assessments: [],
    ...fields,
    // every new organisation (registration, registry import, seed) stores its names as a reader sees them
    nameAr: storedName(fields.nameAr),
    nameEn: storedName(fields.nameEn),
    acronym: storedName(fields.acronym),
  };
}

/**
 * One INSERT per table: the rows travel as a single JSON parameter expanded by `jsonb_to_recordset`, which avoids
 * PostgreSQL's 65,535-parameter limit and the cost of building huge statements.
 */
async function insertRows(
  db: Knex,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const definition = names.map((name) => `${name} ${columns[name]}`).join(', ');
  await db.raw(
    `insert into ${table} (${names.join(', ')}) select ${names.join(', ')} from jsonb_to_recordset(?::jsonb) as x(${definition})`,
    [JSON.stringify(rows)],
  );
}

/**
 * Inserts organisations with their identifiers, codes, contacts and assessments, run inside the caller's transaction.
 * Their search rows are written once, after the organisation and its sectors and target groups are in (the triggers
 * would insert the row and then rewrite it for the sectors and again for the target groups): the triggers are deferred
 * for these statements and the previous setting restored. A caller that already defers them (the registry import)
 * refreshes the rows itself.
 */
export async function insertOrganizations(db: Knex, organizations: NewOrganization[]): Promise<void> {
  if (organizations.length === 0) return;
  const { rows } = await db.raw<{ rows: { previous: string }[] }>(
    `select coalesce(current_setting('shabaka.defer_search_refresh', true), '') as previous`,
  );
  const previous = rows[0]!.previous;
  if (previous === 'on') return insertOrganizationRows(db, organizations);
  await db.raw(`select set_config('shabaka.defer_search_refresh', 'on', true)`);
  await insertOrganizationRows(db, organizations);
  await db.raw('select shabaka_refresh_organization_search(?::uuid[])', [organizations.map((o) => o.id)]);
  await db.raw(`select set_config('shabaka.defer_search_refresh', ?, true)`, [previous]);
}

async function insertOrganizationRows(db: Knex, organizations: NewOrganization[]): Promise<void> {
  await insertRows(
    db,
    'organization',
    {
      id: 'uuid',
      slug: 'text',
      name_ar: 'text',
      name_en: 'text',
      acronym: 'text',
      legal_form_code: 'text',
      founding_year: 'smallint',
      status: 'text',
      governorate_code: 'text',
      district: 'text',
      locality_type: 'text',
      address_ar: 'text',
      address_en: 'text',
      latitude: 'double precision',
      longitude: 'double precision',
      mission_ar: 'text',
      mission_en: 'text',
      staff_count: 'integer',
      volunteer_count: 'integer',
      budget_band: 'text',
      website: 'text',
      social_links: 'jsonb',
      verification_state: 'text',
      verified_at: 'timestamptz',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    organizations.map((o) => ({
      id: o.id,
      slug: o.slug,
      name_ar: o.nameAr,
      name_en: o.nameEn,
      acronym: o.acronym,
      legal_form_code: o.legalFormCode,
      founding_year: o.foundingYear,
      status: o.status,
      governorate_code: o.governorateCode,
      district: o.district,
      locality_type: o.localityType,
      address_ar: o.addressAr,
      address_en: o.addressEn,
      latitude: o.latitude,
      longitude: o.longitude,
      mission_ar: o.missionAr,
      mission_en: o.missionEn,
      staff_count: o.staffCount,
      volunteer_count: o.volunteerCount,
      budget_band: o.budgetBand,
      website: o.website,
      social_links: o.socialLinks,
      verification_state: o.verificationState,
      verified_at: o.verifiedAt,
      created_at: o.createdAt,
      updated_at: o.updatedAt,
    })),
  );
  await insertRows(
    db,
    'organization_identifier',
    { id: 'uuid', organization_id: 'uuid', scheme: 'text', identifier: 'text' },
    organizations.flatMap((o) =>
      o.identifiers.map((i) => ({
        id: randomUUID(),
        organization_id: o.id,
        scheme: i.scheme,
        identifier: i.identifier,
      })),
    ),
  );
  await insertRows(
    db,
    'organization_sector',
    { organization_id: 'uuid', sector_code: 'text' },
    organizations.flatMap((o) => o.sectors.map((code) => ({ organization_id: o.id, sector_code: code }))),
  );
  await insertRows(
    db,
    'organization_target_group',
    { organization_id: 'uuid', target_group_code: 'text' },
    organizations.flatMap((o) => o.targetGroups.map((code) => ({ organization_id: o.id, target_group_code: code }))),
  );
  await insertRows(
    db,
    'organization_contact',
    {
      id: 'uuid',
      organization_id: 'uuid',
      position: 'smallint',
      visibility: 'text',
      name: 'text',
      role: 'text',
      email: 'text',
      phone: 'text',
    },
    organizations.flatMap((o) =>
      o.contacts.map((c, position) => ({ id: randomUUID(), organization_id: o.id, position, ...c })),
    ),
  );
  await insertRows(
    db,
    'capacity_assessment',
    {
      id: 'uuid',
      organization_id: 'uuid',
      assessed_on: 'date',
      governance: 'smallint',
      finance: 'smallint',
      human_resources: 'smallint',
      programme_delivery: 'smallint',
      monitoring_evaluation: 'smallint',
      advocacy: 'smallint',
    },
    organizations.flatMap((o) =>
      o.assessments.map((a) => ({
        id: randomUUID(),
        organization_id: o.id,
        assessed_on: a.assessedOn,
        governance: a.governance,
        finance: a.finance,
        human_resources: a.humanResources,
        programme_delivery: a.programmeDelivery,
        monitoring_evaluation: a.monitoringEvaluation,
        advocacy: a.advocacy,
      })),
    ),
  );
}
