/** The row an organisation record is read from, and its mapping: shared by the search, the loaders and the resolver. */
import { parseTimestamp } from '../../database/sql.js';
import type { OrganizationRecord } from './organization.type.js';

/** The columns an organisation record is read from (not the generated search columns). */
export const ORGANIZATION_COLUMNS = `o.id, o.slug, o.name_ar, o.name_en, o.acronym, o.legal_form_code, o.founding_year, o.status,
  o.governorate_code, o.district, o.locality_type, o.address_ar, o.address_en, o.latitude, o.longitude,
  o.mission_ar, o.mission_en, o.staff_count, o.volunteer_count, o.budget_band, o.website, o.social_links, o.logo_key,
  o.verification_state, o.verified_at, o.created_at, o.updated_at`;

export interface OrganizationRow {
  id: string;
  slug: string;
  name_ar: string | null;
  name_en: string | null;
  acronym: string | null;
  legal_form_code: string;
  founding_year: number | null;
  status: string;
  governorate_code: string;
  district: string | null;
  locality_type: string | null;
  address_ar: string | null;
  address_en: string | null;
  latitude: number | null;
  longitude: number | null;
  mission_ar: string | null;
  mission_en: string | null;
  staff_count: number | null;
  volunteer_count: number | null;
  budget_band: string | null;
  website: string | null;
  social_links: { kind: string; url: string }[];
  logo_key: string | null;
  verification_state: string;
  verified_at: string | Date | null;
  created_at: string | Date;
  updated_at: string | Date;
  sort_key?: unknown;
}

export function toRecord(row: OrganizationRow): OrganizationRecord {
  return {
    id: row.id,
    slug: row.slug,
    nameAr: row.name_ar,
    nameEn: row.name_en,
    acronym: row.acronym,
    legalFormCode: row.legal_form_code,
    foundingYear: row.founding_year,
    status: row.status,
    governorateCode: row.governorate_code,
    district: row.district,
    localityType: row.locality_type,
    addressAr: row.address_ar,
    addressEn: row.address_en,
    latitude: row.latitude,
    longitude: row.longitude,
    missionAr: row.mission_ar,
    missionEn: row.mission_en,
    staffCount: row.staff_count,
    volunteerCount: row.volunteer_count,
    budgetBand: row.budget_band,
    website: row.website,
    socialLinks: row.social_links,
    logoKey: row.logo_key,
    verificationState: row.verification_state,
    verifiedAt: row.verified_at === null ? null : parseTimestamp(row.verified_at),
    createdAt: parseTimestamp(row.created_at),
    updatedAt: parseTimestamp(row.updated_at),
  };
}
