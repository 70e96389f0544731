/**
 * Import of an MoSD-style registry extract (CSV, UTF-8 with or without BOM, Arabic or English headers).
 *
 * The file is read as a stream, one record at a time (a 100,000-row file is never held in memory): its lines are cut
 * into records by their quotes, so a quote that is never closed spoils its own row only (reported, and reading goes
 * on with the next line), and each record is parsed by csv-parse.
 *
 * Every row is checked before anything is written; the report names the row, the column and the problem. Rows are
 * matched to the directory by official identifier (JO-MSD national number, or JO-CCD number): a known organisation is
 * updated only where a value differs (so a second run of the same file changes nothing), an unknown one is added.
 * Everything is written in one transaction: a file with invalid rows changes nothing, unless the caller chooses to
 * skip them.
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
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

/** A quote opened in a field may hold line breaks, but not more than this many lines: past them it is a broken row. */
const MAX_RECORD_LINES = 20;

interface Line {
  /** Line number in the file (from 1). */
  line: number;
  text: string;
}

type CsvRecord = { line: number; cells: string[] } | { line: number; problem: string };

const quotesIn = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count += 1;
  return count;
};

/**
 * Cuts lines into CSV records: a record ends at a line end outside quotes (an even count of quote characters, as
 * doubled quotes inside a field come in pairs). A quote still open after MAX_RECORD_LINES lines, or at the end of
 * the file, is a broken row: it is reported on its first line, and the lines after it are read again as rows.
 */
class RecordSplitter {
  private pending: Line[] = [];
  private quotes = 0;

  *push(line: Line): Generator<CsvRecord> {
    const queue = [line];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (this.pending.length === 0 && next.text.trim() === '') continue;
      this.pending.push(next);
      this.quotes += quotesIn(next.text);
      if (this.quotes % 2 === 0) {
        yield this.take();
      } else if (this.pending.length >= MAX_RECORD_LINES) {
        const [first, ...rest] = this.pending;
        this.pending = [];
        this.quotes = 0;
        yield broken(first!);
        queue.unshift(...rest);
      }
    }
  }

  *end(): Generator<CsvRecord> {
    while (this.pending.length > 0) {
      const [first, ...rest] = this.pending;
      this.pending = [];
      this.quotes = 0;
      yield broken(first!);
      for (const line of rest) yield* this.push(line);
    }
  }

  private take(): CsvRecord {
    const lines = this.pending;
    this.pending = [];
    this.quotes = 0;
    const line = lines[0]!.line;
    try {
      const rows: string[][] = parse(lines.map((l) => l.text).join('\n'), {
        relax_column_count: true,
        relax_quotes: true,
      });
      const cells = rows[0];
      return { line, cells: cells ?? [] };
    } catch (error) {
      return { line, problem: `not a readable CSV row: ${(error as Error).message}` };
    }
  }
}

function broken(first: Line): CsvRecord {
  const start = first.text.length > 60 ? `${first.text.slice(0, 60)}…` : first.text;
  return {
    line: first.line,
    problem: `a quote opened on this line is never closed (within ${MAX_RECORD_LINES} lines): ${start}`,
  };
}

/** The records of a file given whole (small files, tests). */
function* recordsOf(content: string): Generator<CsvRecord> {
  const splitter = new RecordSplitter();
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, text] of lines.entries()) yield* splitter.push({ line: index + 1, text });
  yield* splitter.end();
}

/** The records of a stream (a file being read), line by line. */
async function* streamRecords(input: Readable): AsyncGenerator<CsvRecord> {
  const splitter = new RecordSplitter();
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    yield* splitter.push({ line, text: line === 1 ? text.replace(/^\uFEFF/, '') : text });
  }
  yield* splitter.end();
}

/**
 * Checks rows one at a time against the header and the code lists: a record, or the row's problems. It keeps only
 * the identifiers seen (to report a duplicate row), never the rows.
 */
class RowChecker {
  readonly problems: ImportProblem[] = [];
  rows = 0;
  valid = 0;
  private header: string[] | undefined;
  private readonly columns = new Map<ImportField, number>();
  private readonly seen = new Map<string, number>();
  private readonly thisYear = new Date().getUTCFullYear();
  private readonly governorate;
  private readonly legalForm;
  private readonly targetGroup;
  private readonly sector;
  /** The header is wrong: no row can be read. */
  fatal = false;

  constructor(lists: CodeLists) {
    this.governorate = codeLookup(lists.governorates);
    this.legalForm = codeLookup(lists.legalForms);
    this.targetGroup = codeLookup(lists.targetGroups);
    this.sector = codeLookup(lists.sectors);
  }

  /** One record of the file: the header first, then rows. */
  check(record: CsvRecord): ImportRecord | undefined {
    if (!this.header) {
      if ('problem' in record) {
        this.problems.push({ row: record.line, column: '', problem: record.problem });
        this.fatal = true;
        this.header = [];
        return undefined;
      }
      this.readHeader(record.cells);
      return undefined;
    }
    this.rows += 1;
    if (this.fatal) return undefined;
    if ('problem' in record) {
      this.problems.push({ row: record.line, column: '', problem: record.problem });
      return undefined;
    }
    const checked = this.checkRow(record.line, record.cells);
    if (checked) this.valid += 1;
    return checked;
  }

  /** After the last record. */
  finish(): void {
    if (!this.header) {
      this.problems.push({ row: 1, column: '', problem: 'the file is empty' });
      this.fatal = true;
    }
  }

  private readHeader(header: string[]): void {
    this.header = header;
    header.forEach((name, index) => {
      const normalized = normalizeForSearch(name).replace(/\s+/g, ' ');
      for (const [field, aliases] of Object.entries(HEADERS) as [ImportField, string[]][]) {
        if (aliases.some((alias) => normalizeForSearch(alias) === normalized)) this.columns.set(field, index);
      }
    });
    const columns = this.columns;
    const problems: ImportProblem[] = [];
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
    this.problems.push(...problems);
    this.fatal = problems.length > 0;
  }

  private checkRow(row: number, cells: string[]): ImportRecord | undefined {
    const header = this.header!;
    const columns = this.columns;
    const seen = this.seen;
    const thisYear = this.thisYear;
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
    const governorateCode = governorateText ? this.governorate(governorateText) : undefined;
    if (!governorateCode)
      report('governorate', governorateText ? `unknown governorate "${governorateText}"` : 'required');
    const legalFormText = get('legalForm');
    const legalFormCode = legalFormText ? this.legalForm(legalFormText) : undefined;
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
    const targetGroups = codes('targetGroups', this.targetGroup);
    const sectors = codes('sectors', this.sector);

    if (rowProblems.length > 0) {
      this.problems.push(...rowProblems);
      return undefined;
    }
    return {
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
    };
  }
}

/** Reads and checks a whole file given as text; writes nothing. */
export function planImport(content: string, lists: CodeLists): ImportPlan {
  const checker = new RowChecker(lists);
  const records: ImportRecord[] = [];
  for (const record of recordsOf(content)) {
    const checked = checker.check(record);
    if (checked) records.push(checked);
  }
  checker.finish();
  return { records: checker.fatal ? [] : records, problems: checker.problems, rows: checker.rows };
}

export interface ImportCheck {
  problems: ImportProblem[];
  rows: number;
  valid: number;
  /** The header was wrong: no row could be read. */
  fatal: boolean;
}

/**
 * Reads and checks a file as a stream, handing the valid records to `onBatch` by `batchSize` (when given); holds no
 * more than one batch and the problems.
 */
export async function checkImportStream(
  input: Readable,
  lists: CodeLists,
  onBatch?: (records: ImportRecord[]) => Promise<void>,
  batchSize = 1000,
): Promise<ImportCheck> {
  const checker = new RowChecker(lists);
  let batch: ImportRecord[] = [];
  for await (const record of streamRecords(input)) {
    const checked = checker.check(record);
    if (!checked || !onBatch) continue;
    batch.push(checked);
    if (batch.length >= batchSize) {
      await onBatch(batch);
      batch = [];
    }
  }
  checker.finish();
  if (onBatch && batch.length > 0 && !checker.fatal) await onBatch(batch);
  return { problems: checker.problems, rows: checker.rows, valid: checker.valid, fatal: checker.fatal };
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

/**
 * The search rows are refreshed by the import itself, once per batch, instead of by the triggers on every statement
 * (an update of one organisation and of its target groups and sectors fired three refreshes of its row, and each
 * batch's inserts two more): the transaction's `shabaka.defer_search_refresh` turns the triggers off
 * (migration DeferredSearchRefresh), and the batch's organisations are refreshed in one set-based statement.
 */
async function deferSearchRefresh(trx: Knex.Transaction): Promise<void> {
  await trx.raw("set local shabaka.defer_search_refresh = 'on'");
}

/** Applies one batch of checked records in the caller's transaction, adding to `result`. */
async function applyBatch(
  trx: Knex.Transaction,
  batch: ImportRecord[],
  result: Omit<ImportResult, 'skipped'>,
): Promise<void> {
  // matched through the (scheme, identifier) unique index: one statement per batch
  const { rows: existing } = await trx.raw<{ rows: ExistingRow[] }>(
    `select o.id, i.scheme, i.identifier, o.name_ar, o.name_en, o.legal_form_code, o.governorate_code, o.district,
            o.founding_year, o.status, o.address_ar, o.mission_ar,
            coalesce((select array_agg(target_group_code order by target_group_code) from organization_target_group where organization_id = o.id), '{}') as target_groups,
            coalesce((select array_agg(sector_code order by sector_code) from organization_sector where organization_id = o.id), '{}') as sectors
     from organization_identifier i join organization o on o.id = i.organization_id
     where (i.scheme, i.identifier) in (select * from unnest(?::text[], ?::text[]))`,
    [batch.map((r) => r.scheme), batch.map((r) => r.identifier)],
  );
  const byKey = new Map(existing.map((e) => [`${e.scheme}:${e.identifier}`, e]));
  const additions: NewOrganization[] = [];
  const updatedIds: string[] = [];
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
      .update({ ...changes, updated_at: trx.fn.now(), version: trx.raw('version + 1') });
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
    updatedIds.push(current.id);
  }
  await insertOrganizations(trx, additions);
  result.added += additions.length;
  // the batch's search rows in one statement (the triggers are off for this transaction: deferSearchRefresh)
  const touched = [...updatedIds, ...additions.map((o) => o.id)];
  if (touched.length > 0) await trx.raw('select shabaka_refresh_organization_search(?::uuid[])', [touched]);
}

/** Applies checked records in one transaction; `onProgress` gets the number of records handled. */
export async function applyImport(
  em: EntityManager,
  records: ImportRecord[],
  onProgress: (done: number) => void = () => undefined,
): Promise<Omit<ImportResult, 'skipped'>> {
  const result = { added: 0, updated: 0, unchanged: 0 };
  await em.getKnex().transaction(async (trx: Knex.Transaction) => {
    await deferSearchRefresh(trx);
    for (let start = 0; start < records.length; start += 1000) {
      await applyBatch(trx, records.slice(start, start + 1000), result);
      onProgress(Math.min(records.length, start + 1000));
    }
  });
  return result;
}

/**
 * Reads the file again as a stream and applies its valid rows by batches of 1000, in one transaction (checked first
 * with `checkImportStream`: the invalid rows are skipped). `onProgress` gets the number of records handled.
 */
export async function importStream(
  em: EntityManager,
  input: Readable,
  lists: CodeLists,
  onProgress: (done: number) => void = () => undefined,
): Promise<Omit<ImportResult, 'skipped'>> {
  const result = { added: 0, updated: 0, unchanged: 0 };
  let done = 0;
  await em.getKnex().transaction(async (trx: Knex.Transaction) => {
    await deferSearchRefresh(trx);
    await checkImportStream(input, lists, async (batch) => {
      await applyBatch(trx, batch, result);
      done += batch.length;
      onProgress(done);
    });
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
