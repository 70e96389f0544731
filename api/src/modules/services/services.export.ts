/**
 * Open data of community services: Open Referral HSDS 3.0 service objects (with their service_at_locations,
 * locations, schedules, languages, accessibility, required documents, cost options and service areas), and a 3W
 * "who does what where" CSV with an HXL hashtag row. Only public data: what the service page shows.
 *
 * Mapping:
 * | HSDS                                   | Shabaka                                                                  |
 * | -------------------------------------- | ------------------------------------------------------------------------ |
 * | service.id / organization_id           | service uuid / organisation uuid                                         |
 * | name, alternate_name                   | Arabic name (else English); English name when both                       |
 * | description                            | English description, else Arabic                                         |
 * | status                                 | active                                                                   |
 * | eligibility_description, min/max age   | eligibility (English, else Arabic), age range                            |
 * | application_process                    | how to be referred (English, else Arabic)                                |
 * | fees_description, cost_options         | fee kind and details; a free service has a cost option of 0 JOD         |
 * | interpretation_services                | "Jordanian Sign Language" when staff sign                                |
 * | languages                              | ISO 639 codes (jos: Jordanian Sign Language)                             |
 * | schedules                              | weekly openings: freq WEEKLY, byday, opens_at, closes_at, timezone +3    |
 * | required_documents                     | documents needed, one per line                                           |
 * | service_areas                          | the governorates of its locations (home-based services reach them)       |
 * | service_at_locations[].location        | locations: physical, coordinates, accessibility (description per feature)|
 * | last_modified                          | last change (UTC)                                                        |
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { v5 as uuidv5 } from 'uuid';
import { csvDocument, type CsvCell } from '../../common/csv/csv-writer.js';
import { knexFor, parseTimestamp } from '../../database/sql.js';
import {
  ACCESSIBILITY_TEXT,
  BYDAY,
  LANGUAGE_CODES,
  type ServiceAccessibility,
  type ServiceLanguage,
} from './services.enums.js';

export const SERVICES_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Namespace of the export's derived ids (languages, schedules, ...): the same inputs give the same id every time. */
const NAMESPACE = '0c5e3f9a-8a41-4d2b-9f0e-6b1f7c2d3e45';
const id = (...parts: (string | number)[]): string => uuidv5(parts.join(':'), NAMESPACE);

/** Jordan's offset from UTC (Asia/Amman keeps +3 all year since 2022). */
const AMMAN_UTC_OFFSET = 3;

interface ExportRow {
  id: string;
  organization_id: string;
  organization_name: string;
  name_ar: string | null;
  name_en: string | null;
  description_ar: string | null;
  description_en: string | null;
  category_en: string;
  eligibility_ar: string | null;
  eligibility_en: string | null;
  age_min: number | null;
  age_max: number | null;
  fee: string;
  fee_details_ar: string | null;
  fee_details_en: string | null;
  languages: string[];
  contact_email: string | null;
  contact_phone: string | null;
  referral_steps_ar: string | null;
  referral_steps_en: string | null;
  documents_ar: string | null;
  documents_en: string | null;
  created_at: string | Date;
  updated_at: string | Date;
  locations:
    | {
        id: string;
        governorate_code: string;
        governorate_en: string;
        district: string | null;
        address_ar: string | null;
        address_en: string | null;
        latitude: number | null;
        longitude: number | null;
        accessibility: string[];
      }[]
    | null;
  hours: { weekday: number; opens_at: string; closes_at: string }[] | null;
}

const either = (en: string | null, ar: string | null): string | undefined => en ?? ar ?? undefined;

/** One service as an HSDS 3.0 service object. */
export function toHsdsService(row: ExportRow, portalUrl: string): Record<string, unknown> {
  const locations = row.locations ?? [];
  const service: Record<string, unknown> = {
    id: row.id,
    organization_id: row.organization_id,
    name: (row.name_ar ?? row.name_en)!,
    description: either(row.description_en, row.description_ar) ?? row.category_en,
    url: `${portalUrl}/en/services/${row.id}`,
    status: 'active',
    fees_description: [row.fee.toLowerCase(), either(row.fee_details_en, row.fee_details_ar)]
      .filter(Boolean)
      .join(': '),
    last_modified: parseTimestamp(row.updated_at).toISOString(),
    languages: row.languages.map((language) => {
      const { code, name } = LANGUAGE_CODES[language as ServiceLanguage];
      return { id: id(row.id, 'language', code), service_id: row.id, name, code };
    }),
    schedules: (row.hours ?? []).map((h, i) => ({
      id: id(row.id, 'schedule', i),
      service_id: row.id,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: BYDAY[h.weekday],
      opens_at: h.opens_at.slice(0, 5),
      closes_at: h.closes_at.slice(0, 5) === '24:00' ? '23:59' : h.closes_at.slice(0, 5),
      timezone: AMMAN_UTC_OFFSET,
      description: 'Weekly opening hours, Asia/Amman time',
    })),
    service_areas: [...new Set(locations.map((l) => l.governorate_code))].map((code) => ({
      id: id(row.id, 'area', code),
      service_id: row.id,
      name: locations.find((l) => l.governorate_code === code)!.governorate_en,
      extent_type: 'other',
      extent: code,
    })),
    service_at_locations: locations.map((l) => ({
      id: id(row.id, 'at', l.id),
      service_id: row.id,
      location_id: l.id,
      location: {
        id: l.id,
        location_type: 'physical',
        organization_id: row.organization_id,
        name: [l.district, l.governorate_en].filter(Boolean).join(', '),
        ...(either(l.address_en, l.address_ar) ? { description: either(l.address_en, l.address_ar) } : {}),
        ...(l.latitude !== null ? { latitude: l.latitude, longitude: l.longitude } : {}),
        accessibility: l.accessibility.map((feature) => ({
          id: id(l.id, 'accessibility', feature),
          location_id: l.id,
          description: ACCESSIBILITY_TEXT[feature as ServiceAccessibility],
        })),
      },
    })),
    required_documents: (either(row.documents_en, row.documents_ar) ?? '')
      .split(/\n|[,،;]/)
      .map((d) => d.trim())
      .filter(Boolean)
      .map((document, i) => ({ id: id(row.id, 'document', i), service_id: row.id, document })),
  };
  if (row.fee === 'FREE') {
    service.cost_options = [{ id: id(row.id, 'cost'), service_id: row.id, amount: 0, currency: 'JOD', option: 'Free' }];
  }
  if (row.name_ar && row.name_en) service.alternate_name = row.name_en;
  if (row.contact_email) service.email = row.contact_email;
  if (row.contact_phone) service.phones = [{ id: id(row.id, 'phone'), service_id: row.id, number: row.contact_phone }];
  const eligibility = either(row.eligibility_en, row.eligibility_ar);
  if (eligibility) service.eligibility_description = eligibility;
  if (row.age_min !== null) service.minimum_age = row.age_min;
  if (row.age_max !== null) service.maximum_age = row.age_max;
  const steps = either(row.referral_steps_en, row.referral_steps_ar);
  if (steps) service.application_process = steps;
  if (row.languages.includes('JORDANIAN_SIGN_LANGUAGE')) service.interpretation_services = 'Jordanian Sign Language';
  return service;
}

const BATCH = 500;

/** Every service in id order, read in batches from one snapshot (one statement per batch). */
async function* exportRows(em: EntityManager): AsyncGenerator<ExportRow> {
  const trx: Knex.Transaction = await knexFor(em).transaction(null, {
    isolationLevel: 'repeatable read',
    readOnly: true,
  });
  let complete = false;
  try {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      // one statement per batch with the locations and hours aggregated (the ORM would need three per batch)
      const { rows } = await trx.raw<{ rows: ExportRow[] }>(
        `select s.id, s.organization_id, coalesce(o.name_en, o.name_ar) as organization_name, s.name_ar, s.name_en,
                s.description_ar, s.description_en, c.name_en as category_en, s.eligibility_ar, s.eligibility_en,
                s.age_min, s.age_max, s.fee, s.fee_details_ar, s.fee_details_en, s.languages, s.contact_email,
                s.contact_phone, s.referral_steps_ar, s.referral_steps_en, s.documents_ar, s.documents_en,
                s.created_at, s.updated_at,
                (select json_agg(json_build_object('id', l.id, 'governorate_code', l.governorate_code,
                   'governorate_en', g.name_en, 'district', l.district, 'address_ar', l.address_ar,
                   'address_en', l.address_en, 'latitude', l.latitude, 'longitude', l.longitude,
                   'accessibility', l.accessibility) order by l.created_at, l.id)
                   from service_location l join governorate g on g.code = l.governorate_code
                   where l.service_id = s.id) as locations,
                (select json_agg(json_build_object('weekday', h.weekday, 'opens_at', h.opens_at,
                   'closes_at', h.closes_at) order by h.weekday, h.opens_at)
                   from service_hours h where h.service_id = s.id) as hours
         from service s
         join organization o on o.id = s.organization_id
         join service_category c on c.code = s.category_code
         where s.id > ? order by s.id limit ?`,
        [after, BATCH],
      );
      for (const row of rows) yield row;
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.id;
    }
    complete = true;
  } finally {
    if (complete) await trx.commit();
    else await trx.rollback();
  }
}

/** The HSDS JSON document, streamed: a header with the licence, then the services. */
export async function* servicesHsdsJson(em: EntityManager, portalUrl: string): AsyncGenerator<string> {
  const header = {
    title: 'Shabaka: community and social protection services in Jordan',
    description: 'Services of the directory as Open Referral HSDS 3.0 service objects. Fictional in demo deployments.',
    hsds_version: '3.0',
    license: SERVICES_LICENSE,
    generated_at: new Date().toISOString(),
  };
  yield `${JSON.stringify(header).slice(0, -1)},"services":[`;
  let first = true;
  for await (const row of exportRows(em)) {
    yield `${first ? '' : ','}${JSON.stringify(toHsdsService(row, portalUrl))}`;
    first = false;
  }
  yield ']}';
}

export const THREE_W_HEADER = [
  'Organisation',
  'Sector',
  'Service',
  'Governorate',
  'Governorate code',
  'Start date',
  'End date',
  'People reached',
] as const;

/** HXL hashtags of the 3W columns (Humanitarian Exchange Language 1.1). */
export const THREE_W_HXL = [
  '#org+impl',
  '#sector',
  '#activity+name',
  '#adm1+name',
  '#adm1+code',
  '#date+start',
  '#date+end',
  '#reached',
] as const;

/**
 * The 3W CSV: one row per service and governorate where it is given. Services are ongoing (no end date) and the
 * platform records no count of people reached, so those cells are empty.
 */
export async function* servicesThreeWCsv(em: EntityManager): AsyncGenerator<string> {
  async function* records(): AsyncGenerator<CsvCell[]> {
    yield [...THREE_W_HXL];
    for await (const row of exportRows(em)) {
      const seen = new Set<string>();
      for (const l of row.locations ?? []) {
        if (seen.has(l.governorate_code)) continue;
        seen.add(l.governorate_code);
        yield [
          row.organization_name,
          row.category_en,
          row.name_en ?? row.name_ar,
          l.governorate_en,
          l.governorate_code,
          parseTimestamp(row.created_at).toISOString().slice(0, 10),
          null,
          null,
        ];
      }
    }
  }
  yield* csvDocument(THREE_W_HEADER, records());
}
