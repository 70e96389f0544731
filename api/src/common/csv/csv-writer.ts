/**
 * Every CSV the platform writes goes through here: csv-stringify quotes and escapes the cells, and a cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe
 * first, as OWASP recommends against CSV injection: a name typed as `=HYPERLINK(...)` is shown, never run.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV record (CRLF-terminated), its text cells neutralised. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return stringify([cells.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell))], {
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

/** A CSV document, streamed: a byte-order mark (spreadsheets then read UTF-8 Arabic right), the header, the records. */
export async function* csvDocument(
  header: readonly string[],
  records: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>,
): AsyncGenerator<string> {
  yield `\uFEFF${csvRecord(header)}`;
  for await (const record of records) yield csvRecord(record);
}
