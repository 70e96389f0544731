/**
 * The awarded grants in the 360Giving Data Standard (1.4): a JSON package `{ grants: [...] }` and the flat CSV of
 * the same grants with the standard's column titles. Recipients are named by their org-id `JO-MSD-<national number>`
 * (MoSD's register of associations), the funder is the programme; amounts in the call's currency (EUR), major units.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { csvDocument, type CsvCell } from '../../../common/csv/csv-writer.js';
import { awardedGrantRows, type AwardedGrantRow } from './awarded-grants.repository.js';
import { msdOrgId } from './awarded-grants.graphql.js';

export const THREE_SIXTY_GIVING_LICENSE = {
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The programme as funder: its 360Giving prefix names its grants, its org-id names it. */
export const PROGRAMME_FUNDER = {
  id: 'XI-EORI-SHABAKA-PROGRAMME',
  name: 'Shabaka programme for civil society in social protection (Jordan)',
  grantIdPrefix: '360G-shabaka',
} as const;

const MINOR_DIGITS: Record<string, number> = { EUR: 2, JOD: 3 };
const major = (minor: number, currency: string): number => minor / 10 ** (MINOR_DIGITS[currency] ?? 2);
const text = (ar: string | null, en: string | null): string => en ?? ar ?? '';

function recipientOrgId(row: AwardedGrantRow): string {
  // an organisation without an MoSD national number is named by its id on the platform, under the funder's prefix
  return msdOrgId(row.msdNumber) ?? `${PROGRAMME_FUNDER.grantIdPrefix}-org-${row.organizationId}`;
}

export function toThreeSixtyGivingGrant(row: AwardedGrantRow, portalUrl: string | null) {
  const title = text(row.titleAr, row.titleEn).slice(0, 140) || 'Grant';
  return {
    id: `${PROGRAMME_FUNDER.grantIdPrefix}-${row.awardId}`,
    title,
    description: text(row.summaryAr, row.summaryEn) || title,
    currency: row.currency,
    amountAwarded: major(row.amountMinor, row.currency),
    awardDate: row.awardedAt.toISOString().slice(0, 10),
    ...(portalUrl ? { url: `${portalUrl.replace(/\/$/, '')}/grants/awarded/${row.awardId}` } : {}),
    ...(row.durationMonths ? { plannedDates: [{ duration: row.durationMonths }] } : {}),
    recipientOrganization: [
      {
        id: recipientOrgId(row),
        name: text(row.organizationNameAr, row.organizationNameEn) || 'Organisation',
        addressCountry: 'Jordan',
      },
    ],
    fundingOrganization: [{ id: PROGRAMME_FUNDER.id, name: PROGRAMME_FUNDER.name }],
    grantProgramme: [{ code: row.callId, title: text(row.callTitleAr, row.callTitleEn) || 'Call for proposals' }],
    beneficiaryLocation: row.governorateCodes.map((code) => ({
      name: code,
      countryCode: 'JO',
      geoCode: code,
      geoCodeType: 'ISO 3166-2',
    })),
    dateModified: row.updatedAt.toISOString(),
  };
}

export async function* threeSixtyGivingJson(em: EntityManager, portalUrl: string | null): AsyncGenerator<string> {
  const rows = await awardedGrantRows(em);
  yield '{"version":"1.4","grants":[';
  let first = true;
  for (const row of rows) {
    yield `${first ? '' : ','}${JSON.stringify(toThreeSixtyGivingGrant(row, portalUrl))}`;
    first = false;
  }
  yield ']}';
}

/** The 360Giving column titles of the flat (spreadsheet) form, the required ones first. */
export const THREE_SIXTY_GIVING_CSV_HEADER = [
  'Identifier',
  'Title',
  'Description',
  'Currency',
  'Amount Awarded',
  'Award Date',
  'Recipient Org:Identifier',
  'Recipient Org:Name',
  'Funding Org:Identifier',
  'Funding Org:Name',
  'Grant Programme:Code',
  'Grant Programme:Title',
  'Planned Dates:Duration (months)',
  'Beneficiary Location:Geographic Code',
  'Last modified',
] as const;

export async function* threeSixtyGivingCsv(em: EntityManager, portalUrl: string | null): AsyncGenerator<string> {
  const rows = await awardedGrantRows(em);
  const records = rows.map((row): CsvCell[] => {
    const g = toThreeSixtyGivingGrant(row, portalUrl);
    return [
      g.id,
      g.title,
      g.description,
      g.currency,
      g.amountAwarded,
      g.awardDate,
      g.recipientOrganization[0]!.id,
      g.recipientOrganization[0]!.name,
      g.fundingOrganization[0]!.id,
      g.fundingOrganization[0]!.name,
      g.grantProgramme[0]!.code,
      g.grantProgramme[0]!.title,
      row.durationMonths,
      row.governorateCodes.join(';'),
      g.dateModified,
    ];
  });
  yield* csvDocument(THREE_SIXTY_GIVING_CSV_HEADER, records);
}
