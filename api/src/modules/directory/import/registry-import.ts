/**
 * Import of an MoSD-style registry extract (CSV, UTF-8 with or without BOM, Arabic or English headers).
 *
 * Every row is checked before anything is written; the report names the row, the column and the problem. Rows are
 * matched to the directory by official identifier (JO-MSD national number, or JO-CCD number): a known organisation is
 * updated only where a value differs (so a second run of the same file changes nothing), an unknown one is added.
 * Everything is written in one transaction: a file with invalid rows changes nothing, unless the caller chooses to
 * skip them.
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { insertOrganizations, latinSlug, newOrganization, type NewOrganization } from '../organization.bulk.js';
import type { CodeLists } from '../code-lists.js';
import { normalizeForSearch } from '../search-normalize.js';

/** Accepted headers for each field, Arabic and English (compared after normalisation). */
const HEADERS: Record<ImportField, string[]> = {
  nationalNumber: ['national_number', 'msd_number', 'الرقم الوطني', 'رقم التسجيل', 'الرقم الوطني للجمعية'],
  ccdNumber: ['ccd_number', 'company_number', 'رقم الشركة', 'رقم تسجيل الشركة'],
  nameAr: ['name_ar', 'arabic_name', 'اسم الجمعية', 'الاسم بالعربية', 'الاسم'],
  nameEn: ['name_en', 'english_name', 'الاسم بالإنجليزية', 'الاسم بالانجليزية'],
  legalForm: ['legal_form', 'الشكل القانوني', 'نوع الجمعية'],
  governorate: ['governorate', 'المحافظة'],
  district: ['district', 'اللواء', 'المديرية'],
  foundingYear: ['founding_year', 'year_founded', 'سنة التأسيس', 'سنة التسجيل'],
  status: ['status', 'الحالة', 'حالة الجمعية'],
  address: ['address', 'العنوان'],
  phone: ['phone', 'الهاتف', 'رقم الهاتف'],
  email: ['email', 'البريد الإلكتروني', 'البريد الالكتروني'],
  missionAr: ['mission_ar', 'objectives', 'الأهداف', 'غايات الجمعية'],
  targetGroups: ['target_groups', 'الفئات المستهدفة'],
  sectors: ['sectors', 'القطاعات', 'مجالات العمل'],
};
type ImportField =
  | 'nationalNumber'
  | 'ccdNumber'
  | 'nameAr'
  | 'nameEn'
  | 'legalForm'
  | 'governorate'
  | 'district'
  | 'foundingYear'
  | 'status'
  | 'address'
  | 'phone'
  | 'email'
  | 'missionAr'
  | 'targetGroups'
  | 'sectors';

/** Status words as written, keyed by their normalised form (the same folding as a search). */
const STATUS_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries({
    active: 'ACTIVE',
    قائمة: 'ACTIVE',
    عاملة: 'ACTIVE',
    فعالة: 'ACTIVE',
    suspended: 'SUSPENDED',
    موقوفة: 'SUSPENDED',
    dissolved: 'DISSOLVED',
    منحلة: 'DISSOLVED',
    محلولة: 'DISSOLVED',
  }).map(([word, status]) => [normalizeForSearch(word), status]),
);

export interface ImportProblem {
  /** Line of the file (the header is line 1). */
  row: number;
  column: string;
  problem: string;
}

export interface ImportRecord {
  row: number;
  scheme: 'JO-MSD' | 'JO-CCD';
  identifier: string;
  nameAr: string | null;
  nameEn: string | null;
  legalFormCode: string;
  governorateCode: string;
  district: string | null;
  foundingYear: number | null;
  status: string;
  addressAr: string | null;
  phone: string | null;
  email: string | null;
  missionAr: string | null;
  targetGroups: string[];
  sectors: string[];
}

export interface ImportPlan {
  records: ImportRecord[];
  problems: ImportProblem[];
  rows: number;
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

function clean(value: string | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** A code-list value written as its code, its Arabic or English label (any case, diacritics or letter forms). */
function codeLookup(list: Map<string, { code: string; nameAr: string; nameEn: string; dosCode?: number }>) {
  const byText = new Map<string, string>();
  for (const entry of list.values()) {
    for (const text of [entry.code, entry.nameAr, entry.nameEn, entry.dosCode?.toString()]) {
      if (text) byText.set(normalizeForSearch(text), entry.code);
    }
  }
  return (text: string): string | undefined => byText.get(normalizeForSearch(text));
}

/** Reads and checks a whole file; writes nothing. */
export function planImport(content: string, lists: CodeLists): ImportPlan {
  const problems: ImportProblem[] = [];
  let table: string[][];
  try {
    const rows: unknown = parse(content.replace(/^\uFEFF/, ''), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    table = rows as string[][];
  } catch (error) {
    return {
      records: [],
      rows: 0,
      problems: [{ row: 0, column: '', problem: `not a readable CSV file: ${(error as Error).message}` }],
    };
  }
  const [header, ...rows] = table;
  if (!header) return { records: [], rows: 0, problems: [{ row: 1, column: '', problem: 'the file is empty' }] };

  const columns = new Map<ImportField, number>();
  header.forEach((name, index) => {
    const normalized = normalizeForSearch(name).replace(/\s+/g, ' ');
    for (const [field, aliases] of Object.entries(HEADERS) as [ImportField, string[]][]) {
      if (aliases.some((alias) => normalizeForSearch(alias) === normalized)) columns.set(field, index);
    }
  });
  if (!columns.has('nationalNumber') && !columns.has('ccdNumber')) {
    problems.push({
      row: 1,
      column: '',
      problem: `no identifier column: expected one of ${[...HEADERS.nationalNumber, ...HEADERS.ccdNumber].join(', ')}`,
    });
  }
  for (const required of ['governorate', 'legalForm'] as const) {
    if (!columns.has(required))
      problems.push({ row: 1, column: '', problem: `missing column: one of ${HEADERS[required].join(', ')}` });
  }
  if (!columns.has('nameAr') && !columns.has('nameEn')) {
    problems.push({
      row: 1,
      column: '',
      problem: `missing column: a name (${[...HEADERS.nameAr, ...HEADERS.nameEn].join(', ')})`,
    });
  }
  if (problems.length > 0) return { records: [], rows: rows.length, problems };

  const governorate = codeLookup(lists.governorates);
  const legalForm = codeLookup(lists.legalForms);
  const targetGroup = codeLookup(lists.targetGroups);
  const sector = codeLookup(lists.sectors);
  const seen = new Map<string, number>();
  const records: ImportRecord[] = [];
  const thisYear = new Date().getUTCFullYear();

  rows.forEach((cells, index) => {
    const row = index + 2;
    const rowProblems: ImportProblem[] = [];
    const get = (field: ImportField): string | null => {
      const column = columns.get(field);
      return column === undefined ? null : clean(cells[column]);
    };
    const report = (field: ImportField, problem: string): void => {
      rowProblems.push({ row, column: header[columns.get(field)!] ?? field, problem });
    };

    const msd = get('nationalNumber')?.replace(/[\s-]/g, '') ?? null;
    const ccd = get('ccdNumber')?.replace(/[\s-]/g, '') ?? null;
    let scheme: ImportRecord['scheme'] = 'JO-MSD';
    let identifier = '';
    if (msd) {
      if (!/^\d{13}$/.test(msd)) report('nationalNumber', `must be 13 digits (got "${msd}")`);
      identifier = msd;
    } else if (ccd) {
      if (!/^\d{1,10}$/.test(ccd)) report('ccdNumber', `must be 1 to 10 digits (got "${ccd}")`);
      scheme = 'JO-CCD';
      identifier = ccd;
    } else {
      rowProblems.push({
        row,
        column: header[columns.get('nationalNumber') ?? columns.get('ccdNumber')!] ?? '',
        problem: 'no national number or CCD number',
      });
    }
    const key = `${scheme}:${identifier}`;
    if (identifier && seen.has(key))
      report(scheme === 'JO-MSD' ? 'nationalNumber' : 'ccdNumber', `also on row ${seen.get(key)}`);
    else if (identifier) seen.set(key, row);

    const nameAr = get('nameAr');
    const nameEn = get('nameEn');
    if (!nameAr && !nameEn)
      rowProblems.push({
        row,
        column: header[columns.get('nameAr') ?? columns.get('nameEn')!] ?? '',
        problem: 'a name in Arabic or English is required',
      });
    for (const [field, value] of [
      ['nameAr', nameAr],
      ['nameEn', nameEn],
    ] as const) {
      if (value && value.length > 300) report(field, 'longer than 300 characters');
    }

    const governorateText = get('governorate');
    const governorateCode = governorateText ? governorate(governorateText) : undefined;
    if (!governorateCode)
      report('governorate', governorateText ? `unknown governorate "${governorateText}"` : 'required');
    const legalFormText = get('legalForm');
    const legalFormCode = legalFormText ? legalForm(legalFormText) : undefined;
    if (!legalFormCode) report('legalForm', legalFormText ? `unknown legal form "${legalFormText}"` : 'required');

    const yearText = get('foundingYear');
    let foundingYear: number | null = null;
    if (yearText) {
      foundingYear = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
      if (!Number.isInteger(foundingYear) || foundingYear < 1900 || foundingYear > thisYear) {
        report('foundingYear', `must be a year from 1900 to ${thisYear} (got "${yearText}")`);
      }
    }
    const statusText = get('status');
    const status = statusText
      ? (STATUS_WORDS[normalizeForSearch(statusText)] ?? STATUS_WORDS[statusText.toLowerCase()])
      : 'ACTIVE';
    if (!status)
      report('status', `unknown status "${statusText}" (active, suspended, dissolved; قائمة، موقوفة، منحلة)`);

    const email = get('email');
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) report('email', `not an email address: "${email}"`);
    const phone = get('phone');
    if (phone && !/^\+?[0-9 ]{6,20}$/.test(phone)) report('phone', `not a phone number: "${phone}"`);

    const codes = (field: 'targetGroups' | 'sectors', lookup: (t: string) => string | undefined): string[] => {
      const text = get(field);
      if (!text) return [];
      const found: string[] = [];
      for (const part of text
        .split(/[;؛،,|]/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const code = lookup(part);
        if (code) found.push(code);
        else report(field, `unknown value "${part}"`);
      }
      return [...new Set(found)];
    };
    const targetGroups = codes('targetGroups', targetGroup);
    const sectors = codes('sectors', sector);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      return;
    }
    records.push({
      row,
      scheme,
      identifier,
      nameAr,
      nameEn,
      legalFormCode: legalFormCode!,
      governorateCode: governorateCode!,
      district: get('district'),
      foundingYear,
      status: status!,
      addressAr: get('address'),
      phone,
      email,
      missionAr: get('missionAr'),
      targetGroups,
      sectors,
    });
  });
  return { records, problems, rows: rows.length };
}

function slugFor(record: ImportRecord): string {
  const latin = latinSlug(record.nameEn);
  return `${latin ? `${latin}-` : 'org-'}${record.identifier}`;
}

interface ExistingRow {
  id: string;
  scheme: string;
  identifier: string;
  name_ar: string | null;
  name_en: string | null;
  legal_form_code: string;
  governorate_code: string;
  district: string | null;
  founding_year: number | null;
  status: string;
  address_ar: string | null;
  mission_ar: string | null;
  target_groups: string[];
  sectors: string[];
}

/** Applies checked records in one transaction; `onProgress` gets the number of records handled. */
export async function applyImport(
  em: EntityManager,
  records: ImportRecord[],
  onProgress: (done: number) => void = () => undefined,
): Promise<Omit<ImportResult, 'skipped'>> {
  const result = { added: 0, updated: 0, unchanged: 0 };
  await em.getKnex().transaction(async (trx: Knex.Transaction) => {
    for (let start = 0; start < records.length; start += 1000) {
      const batch = records.slice(start, start + 1000);
      const { rows: existing } = await trx.raw<{ rows: ExistingRow[] }>(
        `select o.id, i.scheme, i.identifier, o.name_ar, o.name_en, o.legal_form_code, o.governorate_code, o.district,
                o.founding_year, o.status, o.address_ar, o.mission_ar,
                coalesce((select array_agg(target_group_code order by target_group_code) from organization_target_group where organization_id = o.id), '{}') as target_groups,
                coalesce((select array_agg(sector_code order by sector_code) from organization_sector where organization_id = o.id), '{}') as sectors
         from organization_identifier i join organization o on o.id = i.organization_id
         where (i.scheme || ':' || i.identifier) = any(?)`,
        [batch.map((r) => `${r.scheme}:${r.identifier}`)],
      );
      const byKey = new Map(existing.map((e) => [`${e.scheme}:${e.identifier}`, e]));
      const additions: NewOrganization[] = [];
      for (const record of batch) {
        const current = byKey.get(`${record.scheme}:${record.identifier}`);
        if (!current) {
          additions.push(toNewOrganization(record));
          continue;
        }
        const changes: Record<string, unknown> = {};
        const compare = (column: keyof ExistingRow, value: unknown): void => {
          if ((current[column] ?? null) !== (value ?? null)) changes[column] = value;
        };
        // a registry extract does not erase what the organisation added itself: empty cells keep the current value
        if (record.nameAr) compare('name_ar', record.nameAr);
        if (record.nameEn) compare('name_en', record.nameEn);
        compare('legal_form_code', record.legalFormCode);
        compare('governorate_code', record.governorateCode);
        if (record.district) compare('district', record.district);
        if (record.foundingYear !== null) compare('founding_year', record.foundingYear);
        compare('status', record.status);
        if (record.addressAr) compare('address_ar', record.addressAr);
        if (record.missionAr) compare('mission_ar', record.missionAr);
        const sameSet = (a: string[], b: string[]): boolean => [...a].sort().join() === [...b].sort().join();
        const groupsChange = record.targetGroups.length > 0 && !sameSet(current.target_groups, record.targetGroups);
        const sectorsChange = record.sectors.length > 0 && !sameSet(current.sectors, record.sectors);
        if (Object.keys(changes).length === 0 && !groupsChange && !sectorsChange) {
          result.unchanged += 1;
          continue;
        }
        await trx('organization')
          .where({ id: current.id })
          .update({ ...changes, updated_at: trx.fn.now() });
        if (groupsChange) {
          await trx('organization_target_group').where({ organization_id: current.id }).delete();
          await trx('organization_target_group').insert(
            record.targetGroups.map((code) => ({ organization_id: current.id, target_group_code: code })),
          );
        }
        if (sectorsChange) {
          await trx('organization_sector').where({ organization_id: current.id }).delete();
          await trx('organization_sector').insert(
            record.sectors.map((code) => ({ organization_id: current.id, sector_code: code })),
          );
        }
        result.updated += 1;
      }
      await insertOrganizations(trx, additions);
      result.added += additions.length;
      onProgress(start + batch.length);
    }
  });
  return result;
}

function toNewOrganization(record: ImportRecord): NewOrganization {
  return newOrganization({
    slug: slugFor(record),
    nameAr: record.nameAr,
    nameEn: record.nameEn,
    legalFormCode: record.legalFormCode,
    foundingYear: record.foundingYear,
    status: record.status,
    governorateCode: record.governorateCode,
    district: record.district,
    addressAr: record.addressAr,
    missionAr: record.missionAr,
    identifiers: [{ scheme: record.scheme, identifier: record.identifier }],
    sectors: record.sectors,
    targetGroups: record.targetGroups,
    // registry contact details are the organisation's official ones: public
    contacts:
      record.email || record.phone
        ? [{ visibility: 'PUBLIC', name: null, role: null, email: record.email, phone: record.phone }]
        : [],
  });
}
