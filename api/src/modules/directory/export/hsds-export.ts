/**
 * Open data export of the public directory in Open Referral HSDS 3.0 form (organization objects), as JSON or CSV.
 *
 * Mapping (documented in the README's open data section):
 * | HSDS                      | Shabaka                                                                    |
 * | ------------------------- | -------------------------------------------------------------------------- |
 * | id                        | organisation UUID                                                          |
 * | name                      | Arabic name (the registered name), else the English name                  |
 * | alternate_name            | English name when the Arabic one is the name                               |
 * | description               | English mission, else Arabic mission, else "<legal form>, <governorate>"   |
 * | email                     | first public contact email                                                 |
 * | website                   | website                                                                    |
 * | year_incorporated         | founding year                                                              |
 * | legal_status              | legal form (English label)                                                 |
 * | uri                       | the organisation's page on the portal                                      |
 * | organization_identifiers  | JO-MSD / JO-CCD numbers: identifier_scheme (org-id.guide), identifier_type |
 * | phones                    | public contact phone numbers                                               |
 * | attributes                | the verification state (taxonomy `shabaka-verification-state`)            |
 * | dateModified (extension)  | last change of the record (ISO 8601, UTC)                                  |
 * Every organisation of the public directory is exported, verified or not (the directory lists them all, as the
 * MoSD register does): each carries its verification state, for consumers who want verified ones only.
 * Only public data: private contacts, verification notes and assessments are never exported.
 * Rows are read in keyset batches inside one REPEATABLE READ transaction, so a long export sees one snapshot.
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { v5 as uuidv5 } from 'uuid';
import { csvDocument } from '../../../common/csv/csv-writer.js';
import { knexFor, parseTimestamp } from '../../../database/sql.js';

export const EXPORT_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  year_incorporated?: number;
  legal_status: string;
  uri: string;
  organization_identifiers: {
    id: string;
    organization_id: string;
    identifier_scheme: string;
    identifier_type: string;
    identifier: string;
  }[];
  phones: { id: string; organization_id: string; number: string }[];
  attributes: HsdsAttribute[];
  dateModified: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  value: string;
  taxonomy_term: { id: string; code: string; name: string; description: string; taxonomy: string };
}

/** Namespace of the export's derived ids (attributes, taxonomy terms): the same inputs give the same id every time. */
const EXPORT_ID_NAMESPACE = 'b7a4a9d2-5f0e-4e0c-9d56-0a4b3c1e8f21';

export const VERIFICATION_TAXONOMY = 'shabaka-verification-state';

const VERIFICATION_TERMS: Record<string, { name: string; description: string }> = {
  VERIFIED: {
    name: 'Verified',
    description:
      "The organisation's registration was confirmed by the programme or the Ministry of Social Development.",
  },
  PENDING: { name: 'Verification pending', description: 'Registration evidence was submitted and awaits a decision.' },
  UNVERIFIED: { name: 'Not verified', description: 'Listed from the public register; not yet verified on Shabaka.' },
  REJECTED: { name: 'Verification refused', description: 'The evidence submitted did not confirm the registration.' },
};

function verificationAttribute(organizationId: string, state: string): HsdsAttribute {
  const term = VERIFICATION_TERMS[state] ?? { name: state, description: state };
  const termId = uuidv5(`${VERIFICATION_TAXONOMY}:${state}`, EXPORT_ID_NAMESPACE);
  return {
    id: uuidv5(`${organizationId}:verification`, EXPORT_ID_NAMESPACE),
    link_id: organizationId,
    link_type: 'verification_state',
    link_entity: 'organization',
    taxonomy_term_id: termId,
    value: state,
    taxonomy_term: { id: termId, code: state, ...term, taxonomy: VERIFICATION_TAXONOMY },
  };
}

interface ExportRow {
  id: string;
  slug: string;
  name_ar: string | null;
  name_en: string | null;
  mission_ar: string | null;
  mission_en: string | null;
  website: string | null;
  founding_year: number | null;
  verification_state: string;
  legal_form_en: string;
  governorate_en: string;
  updated_at: string | Date;
  identifiers: { id: string; scheme: string; identifier: string }[] | null;
  contacts: { id: string; email: string | null; phone: string | null }[] | null;
}

const IDENTIFIER_TYPES: Record<string, string> = {
  'JO-MSD': 'Ministry of Social Development register of associations: national number',
  'JO-CCD': 'Companies Control Department: registration number',
};

function toHsds(row: ExportRow, portalUrl: string): HsdsOrganization {
  const name = (row.name_ar ?? row.name_en)!;
  const organization: HsdsOrganization = {
    id: row.id,
    name,
    description: row.mission_en ?? row.mission_ar ?? `${row.legal_form_en}, ${row.governorate_en}`,
    legal_status: row.legal_form_en,
    uri: `${portalUrl}/en/organizations/${row.slug}`,
    organization_identifiers: (row.identifiers ?? []).map((i) => ({
      id: i.id,
      organization_id: row.id,
      identifier_scheme: i.scheme,
      identifier_type: IDENTIFIER_TYPES[i.scheme] ?? 'Registration number',
      identifier: i.identifier,
    })),
    phones: (row.contacts ?? []).flatMap((c) =>
      c.phone ? [{ id: c.id, organization_id: row.id, number: c.phone }] : [],
    ),
    attributes: [verificationAttribute(row.id, row.verification_state)],
    dateModified: parseTimestamp(row.updated_at).toISOString(),
  };
  if (row.name_ar && row.name_en) organization.alternate_name = row.name_en;
  const email = row.contacts?.find((c) => c.email)?.email;
  if (email) organization.email = email;
  if (row.website) organization.website = row.website;
  if (row.founding_year !== null) organization.year_incorporated = row.founding_year;
  return organization;
}

const BATCH = 1000;

/** Every public organisation, in id order, as HSDS objects, read in batches from one snapshot. */
export async function* hsdsOrganizations(em: EntityManager, portalUrl: string): AsyncGenerator<HsdsOrganization> {
  // public data from one snapshot, from a read replica when the caller allowed it (export.routes.ts)
  const knex = knexFor(em);
  const trx: Knex.Transaction = await knex.transaction(null, { isolationLevel: 'repeatable read', readOnly: true });
  // a backstop for a process that stalls between batches: the server ends the session rather than keep it forever
  await trx.raw(`set local idle_in_transaction_session_timeout = '120s'`);
  let complete = false;
  try {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const { rows } = await trx.raw<{ rows: ExportRow[] }>(
        `select o.id, o.slug, o.name_ar, o.name_en, o.mission_ar, o.mission_en, o.website, o.founding_year, o.updated_at, o.verification_state,
                lf.name_en as legal_form_en, g.name_en as governorate_en,
                (select json_agg(json_build_object('id', i.id, 'scheme', i.scheme, 'identifier', i.identifier) order by i.scheme, i.identifier)
                   from organization_identifier i where i.organization_id = o.id) as identifiers,
                (select json_agg(json_build_object('id', c.id, 'email', c.email, 'phone', c.phone) order by c.position, c.id)
                   from organization_contact c where c.organization_id = o.id and c.visibility = 'PUBLIC') as contacts
         from organization o
         join legal_form lf on lf.code = o.legal_form_code
         join governorate g on g.code = o.governorate_code
         where o.id > ? order by o.id limit ?`,
        [after, BATCH],
      );
      for (const row of rows) yield toHsds(row, portalUrl);
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.id;
    }
    complete = true;
  } finally {
    // also when the reader stops early (the generator is closed): the snapshot ends and the connection is freed
    if (complete) await trx.commit();
    else await trx.rollback();
  }
}

/** The JSON document, streamed as text chunks: a header with the licence, then the organisations. */
export async function* hsdsJson(
  em: EntityManager,
  portalUrl: string,
  generatedAt = new Date(),
): AsyncGenerator<string> {
  const header = {
    title: 'Shabaka: directory of civil society organisations in Jordan',
    description:
      'Public records of the directory as Open Referral HSDS 3.0 organization objects. Fictional in demo deployments.',
    hsds_version: '3.0',
    license: EXPORT_LICENSE,
    generated_at: generatedAt.toISOString(),
  };
  yield `${JSON.stringify(header).slice(0, -1)},"organizations":[`;
  let first = true;
  for await (const organization of hsdsOrganizations(em, portalUrl)) {
    yield `${first ? '' : ','}\n${JSON.stringify(organization)}`;
    first = false;
  }
  yield '\n]}\n';
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'alternate_name',
  'description',
  'email',
  'website',
  'year_incorporated',
  'legal_status',
  'uri',
  'organization_identifiers',
  'phones',
  'verification_state',
  'dateModified',
  'license',
] as const;

/** The CSV file (HSDS organizations.csv columns; identifiers as scheme:identifier, `;`-separated). */
export function hsdsCsv(em: EntityManager, portalUrl: string): AsyncGenerator<string> {
  return csvDocument(CSV_COLUMNS, csvRows(em, portalUrl));
}

async function* csvRows(em: EntityManager, portalUrl: string): AsyncGenerator<string[]> {
  for await (const o of hsdsOrganizations(em, portalUrl)) {
    const values: Partial<Record<(typeof CSV_COLUMNS)[number], string | number>> = {
      ...o,
      organization_identifiers: o.organization_identifiers
        .map((i) => `${i.identifier_scheme}:${i.identifier}`)
        .join(';'),
      phones: o.phones.map((p) => p.number).join(';'),
      verification_state: o.attributes[0]?.value,
      license: EXPORT_LICENSE.id,
    };
    yield CSV_COLUMNS.map((c) => (values[c] === undefined ? '' : String(values[c])));
  }
}
